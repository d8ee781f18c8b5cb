import type { ExportCanvas, ExportFrame, ExportPicture } from './exportLayout'

/** A picture a view can export, with its frame: what a briefing asks a view for when it draws an item. */
export interface RegisteredExport {
  /** The picture for a canvas: the chart as the view draws it, or a layout of its own for a slide where it has one. */
  picture: (canvas: ExportCanvas) => ExportPicture | null
  frame: ExportFrame
  kind: 'chart' | 'map'
  /** The indicator part of the download's file name (the series id, or a name for a chart of several). */
  indicator?: string | undefined
}

declare global {
  interface Window {
    /** Exportable pictures on the page, by title: read by /briefing from the view it loads (same origin). */
    cscExports?: Map<string, RegisteredExport>
  }
}

/** Makes a picture findable by its title while it is on the page; returns the function that removes it. */
export function registerExport(title: string, entry: RegisteredExport): () => void {
  const registry = (window.cscExports ??= new Map())
  registry.set(title, entry)
  return () => {
    if (registry.get(title) === entry) registry.delete(title)
  }
}

/**
 * The indicator part of the deprivation-adjusted ranking's file name follows the indicator id with this, so the
 * local-picture briefing can find that chart on /deprivation.
 */
export const ADJUSTED_SUFFIX = '-adjusted'
/** The same for /deprivation's trend adjusted for deprivation, so a briefing can say what that chart shows. */
export const ADJUSTED_TREND_SUFFIX = `${ADJUSTED_SUFFIX}-trend`
