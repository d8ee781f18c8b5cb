import type { ExportFrame, ExportPicture } from './exportLayout'

/** A picture a view can export, with its frame: what a briefing asks a view for when it draws an item. */
export interface RegisteredExport {
  picture: () => ExportPicture | null
  frame: ExportFrame
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
