import {
  layoutBeside,
  layoutExport,
  renderExportSvg,
  type ExportCanvas,
  type ExportFrame,
  type ExportLegendEntry,
  type ExportPicture,
  type MeasureText,
} from './exportLayout'

let measureContext: CanvasRenderingContext2D | null | undefined
/** Text widths from the browser's own font metrics, so wrapping matches what the exported SVG draws. */
export const measureInBrowser: MeasureText = (text, fontSize, bold) => {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d')
  if (!measureContext) return text.length * fontSize * 0.6
  measureContext.font = `${bold ? '700 ' : ''}${fontSize}px Arial, Helvetica, sans-serif`
  // A little slack for the difference between canvas and SVG text rendering.
  return measureContext.measureText(text).width * 1.02
}

/** A legend entry read from the chart's on-screen legend list (ChartLegend), so the export shows the same key. */
function legendEntryOf(item: Element): ExportLegendEntry | null {
  const label = (item.textContent ?? '').replace(/\s+/g, ' ').trim()
  if (!label) return null
  const swatch = item.querySelector<HTMLElement>('.chart__swatch')
  if (swatch) {
    const colour = swatch.style.color || getComputedStyle(swatch).color
    const mark = swatch.classList.contains('chart__swatch--block')
      ? 'block'
      : swatch.classList.contains('chart__swatch--dashed')
        ? 'dashed'
        : 'line'
    return { label, colour, mark }
  }
  const block = item.querySelector<HTMLElement>('.chart__block')
  if (block) return { label, colour: block.style.background || getComputedStyle(block).backgroundColor, mark: 'block' }
  const dot = item.querySelector('circle')
  if (dot) return { label, colour: dot.getAttribute('fill') ?? '#0b0c0c', mark: 'dot' }
  return null
}

export function readChartLegend(root: Element | null): ExportLegendEntry[] {
  if (!root) return []
  return [...root.querySelectorAll('.chart__legend > li')].flatMap((li) => legendEntryOf(li) ?? [])
}

/**
 * The picture of a rendered chart: its SVG content without interaction marks, and a box that holds all of it (the
 * viewBox grown to any label drawn past its edge, so nothing is cut off).
 */
export function pictureFromChartSvg(svg: SVGSVGElement, legend: readonly ExportLegendEntry[]): ExportPicture {
  const vb = svg.viewBox.baseVal
  const box = { x: vb.x, y: vb.y, width: vb.width || svg.clientWidth, height: vb.height || svg.clientHeight }
  try {
    const content = svg.getBBox()
    if (content.width > 0 && content.height > 0) {
      const left = Math.min(box.x, content.x - 2)
      const top = Math.min(box.y, content.y - 2)
      const right = Math.max(box.x + box.width, content.x + content.width + 2)
      const bottom = Math.max(box.y + box.height, content.y + content.height + 2)
      Object.assign(box, { x: left, y: top, width: right - left, height: bottom - top })
    }
  } catch {
    // getBBox throws for an SVG that is not rendered; the viewBox alone is then the best there is.
  }
  const clone = svg.cloneNode(true) as SVGSVGElement
  // Focus rings and the hover guide are interaction state, not part of the picture.
  for (const el of clone.querySelectorAll('[data-export="omit"]')) el.remove()
  const serializer = new XMLSerializer()
  const markup = [...clone.childNodes].map((n) => serializer.serializeToString(n)).join('')
  return { markup, viewBox: box, legend, description: svg.getAttribute('aria-label') ?? undefined }
}

/** The standalone SVG document of a picture on a fixed canvas, with its width and height. */
export function buildExportSvg(picture: ExportPicture, frame: ExportFrame, canvas: ExportCanvas) {
  // A present-mode slide sets a briefing item's title and source itself, so a map there is only map and legend.
  const beside = canvas === 'deck' && picture.legendBeside && !frame.title && !frame.sourceLine
  const layout = beside
    ? layoutBeside(
        picture.legend,
        picture.legendNote ?? '',
        picture.viewBox.width / picture.viewBox.height,
        measureInBrowser,
      )
    : layoutExport(frame, picture.legend, canvas, measureInBrowser)
  return { markup: renderExportSvg(layout, picture), width: layout.width, height: layout.height }
}

/** Draws an SVG document onto a canvas at `scale` and returns the PNG (img-src blob: is allowed by the CSP). */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.width = width
    image.height = height
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('The chart image could not be drawn'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = width * scale
    canvas.height = height * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw images')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('This browser could not make a PNG')
    return blob
  } finally {
    URL.revokeObjectURL(url)
  }
}
