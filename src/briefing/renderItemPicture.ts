import type { ExportCanvas } from '../charts/shared/exportLayout'
import { buildExportSvg } from '../charts/shared/exportPicture'
import type { BriefingItem } from './model'

/** How long a view may take to load and draw the item before the briefing says it could not. */
const TIMEOUT_MS = 30_000

/** An item drawn afresh from the data: its export SVG on the given canvas, with the text that describes it. */
export interface ItemPicture {
  markup: string
  width: number
  height: number
  description: string
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Draws a chart or map item from the data by opening its view (the item's URL) in a hidden frame of this same site
 * and taking the picture the view registers under the item's title. The frame runs the view's own code, so the item
 * looks exactly as the view draws it today; one view at a time, so the browser is never loading many at once.
 */
export function renderItemPicture(item: BriefingItem, canvas: ExportCanvas): Promise<ItemPicture> {
  const run = () => drawInFrame(item, canvas)
  const result = queue.then(run, run)
  queue = result.catch(() => undefined)
  return result
}

async function drawInFrame(item: BriefingItem, canvas: ExportCanvas): Promise<ItemPicture> {
  if (!item.view) throw new Error(`“${item.title}” has no view to draw it from`)
  const frame = document.createElement('iframe')
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.title = 'Drawing a briefing item'
  Object.assign(frame.style, { position: 'absolute', left: '-10000px', top: '0', width: '1100px', height: '900px' })
  frame.src = item.view
  document.body.append(frame)
  try {
    const started = Date.now()
    for (;;) {
      const entry = frame.contentWindow?.cscExports?.get(item.title)
      const picture = entry?.picture()
      if (entry && picture) {
        const link = new URL(item.view, window.location.href).href
        const svg = buildExportSvg(picture, { ...entry.frame, link }, canvas)
        return { ...svg, description: picture.description ?? item.title }
      }
      if (Date.now() - started > TIMEOUT_MS)
        throw new Error(`“${item.title}” could not be drawn: its view no longer shows it (the data may have changed)`)
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  } finally {
    frame.remove()
  }
}
