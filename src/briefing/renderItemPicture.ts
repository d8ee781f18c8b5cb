import type { ExportCanvas, ExportFrame } from '../charts/shared/exportLayout'
import { buildExportSvg } from '../charts/shared/exportPicture'
import { pictureUpTo, titleUpTo } from '../charts/shared/pictureTimeline'
import type { RegisteredExport } from '../charts/shared/exportRegistry'
import type { BriefingItem } from './model'

/** How long a view may take to load and draw the item before the briefing says it could not. */
const TIMEOUT_MS = 30_000
/** How often a loading view is looked at. */
const POLL_MS = 150
/** A view's list of pictures counts as complete once it has not changed for this long with nothing loading. */
const SETTLED_MS = 800

/** An item drawn afresh from the data: its export SVG on the given canvas, with the text that describes it. */
export interface ItemPicture {
  markup: string
  width: number
  height: number
  description: string
  /**
   * On a present-mode slide, a chart with a year axis as it stands at each year (the last is the whole chart), or a
   * map drawn at each year on one colour scale, for playing it through the years. Each year has its own title: a
   * map's as its view titles it at that year (the item's title names the year the map was added at), a chart's with
   * its span of years ending at that year.
   */
  years?: { label: string; markup: string; description?: string; title: string }[]
  /** A chart's last year is the whole chart, so playing ends on it; a map's years end on the last year's map. */
  lastYearIsWhole?: boolean
}

/** A picture a view offers for export, as the local-picture briefing chooses among them. */
export interface ViewExport {
  title: string
  kind: RegisteredExport['kind']
  indicator: string | undefined
  sourceLine: string
  licenceLine: string
}

let queue: Promise<unknown> = Promise.resolve()

/** Runs one frame job at a time, so the browser is never loading many views at once. */
function queued<T>(job: () => Promise<T>): Promise<T> {
  const result = queue.then(job, job)
  queue = result.catch(() => undefined)
  return result
}

/**
 * Opens a view (path and query) in a hidden frame of this same site, hands its window to `poll` every 150 ms until
 * `poll` returns a result, and removes the frame. The frame runs the view's own code, so what is read from it is
 * exactly what the view draws today.
 */
function inViewFrame<T>(view: string, what: string, poll: (win: Window) => T | null): Promise<T> {
  return queued(async () => {
    const frame = document.createElement('iframe')
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    frame.title = 'Drawing a briefing item'
    Object.assign(frame.style, { position: 'absolute', left: '-10000px', top: '0', width: '1100px', height: '900px' })
    frame.src = view
    document.body.append(frame)
    try {
      const started = Date.now()
      for (;;) {
        const win = frame.contentWindow
        const result = win ? poll(win) : null
        if (result !== null) return result
        if (Date.now() - started > TIMEOUT_MS)
          throw new Error(`${what} could not be drawn: its view no longer shows it (the data may have changed)`)
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    } finally {
      frame.remove()
    }
  })
}

/**
 * A briefing sets an item's title, sentence, source and licence as text beside its picture (on /briefing, the slide,
 * the Word page), so the picture carries only the legend and the chart: no title or footer said twice.
 */
const ITEM_FRAME: ExportFrame = { title: '', sourceLine: '', licenceLine: '' }

/** Draws a chart or map item from the data, through its view, taking the picture the view registers under its title. */
export function renderItemPicture(item: BriefingItem, canvas: ExportCanvas): Promise<ItemPicture> {
  const view = item.view
  if (!view) return Promise.reject(new Error(`“${item.title}” has no view to draw it from`))
  return inViewFrame(view, `“${item.title}”`, (win) => {
    const entry = win.cscExports?.get(item.title)
    const picture = entry?.picture(canvas)
    if (!entry || !picture) return null
    const svg = buildExportSvg(picture, ITEM_FRAME, canvas)
    const description = picture.description ?? item.title
    const chartYears = (picture.timeline?.steps ?? []).map((step, i) => ({
      label: step.label,
      title: titleUpTo(item.title, step.label),
      picture: { ...pictureUpTo(picture, i), description: `${description} Shown up to ${step.label}.` },
    }))
    const steps = canvas !== 'deck' ? [] : picture.timeline ? chartYears : (picture.yearPictures ?? [])
    const years = steps.map((step) => ({
      label: step.label,
      markup: buildExportSvg(step.picture, ITEM_FRAME, canvas).markup,
      description: step.picture.description ?? description,
      title: step.title,
    }))
    return {
      ...svg,
      description,
      ...(years.length > 1 ? { years, lastYearIsWhole: !!picture.timeline } : {}),
    }
  })
}

/** Every picture a view offers for export, once it has finished loading (in the order the view registers them). */
export function listViewExports(view: string): Promise<ViewExport[]> {
  let seen = ''
  let since = 0
  return inViewFrame(view, `The pictures of ${view}`, (win) => {
    const entries = [...(win.cscExports?.entries() ?? [])]
    const loading = win.document.querySelector('.loading') !== null
    const key = entries.map(([title]) => title).join('\n')
    if (loading || entries.length === 0 || key !== seen) {
      seen = key
      since = Date.now()
      return null
    }
    if (Date.now() - since < SETTLED_MS) return null
    return entries.map(([title, entry]) => ({
      title,
      kind: entry.kind,
      indicator: entry.indicator,
      sourceLine: entry.frame.sourceLine,
      licenceLine: entry.frame.licenceLine,
    }))
  })
}
