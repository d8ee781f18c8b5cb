import { composeExportSvg, type ExportFrame } from './composeExportSvg'

/** Saves text or a blob as a file through a temporary object URL (no server, no external service). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadText(text: string, fileName: string, type: string): void {
  // A byte-order mark lets Excel read UTF-8 (£, accents) correctly.
  downloadBlob(new Blob([type.startsWith('text/csv') ? '\ufeff' : '', text], { type }), fileName)
}

/** Serialises a rendered chart SVG with its title, source and licence into a standalone SVG document. */
export function buildStandaloneSvg(
  svg: SVGSVGElement,
  frame: ExportFrame,
): { markup: string; width: number; height: number } {
  const viewBox = svg.viewBox.baseVal
  const width = viewBox && viewBox.width ? viewBox.width : svg.clientWidth
  const height = viewBox && viewBox.height ? viewBox.height : svg.clientHeight
  const clone = svg.cloneNode(true) as SVGSVGElement
  // Focus rings and the hover guide are interaction state, not part of the picture.
  for (const el of clone.querySelectorAll('[data-export="omit"]')) el.remove()
  const inner = new XMLSerializer().serializeToString(clone)
  const markup = composeExportSvg(inner, width, height, frame)
  const outer = /width="(\d+)" height="(\d+)"/.exec(markup)
  return { markup, width: Number(outer?.[1] ?? width), height: Number(outer?.[2] ?? height) }
}

export function downloadSvg(svg: SVGSVGElement, frame: ExportFrame, fileName: string): void {
  downloadText(buildStandaloneSvg(svg, frame).markup, fileName, 'image/svg+xml')
}

/** Draws the standalone SVG onto a canvas at 2× and saves it as PNG (img-src blob: is allowed by the CSP). */
export async function downloadPng(svg: SVGSVGElement, frame: ExportFrame, fileName: string): Promise<void> {
  const { markup, width, height } = buildStandaloneSvg(svg, frame)
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
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = width * scale
    canvas.height = height * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw images')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('This browser could not make a PNG')
    downloadBlob(blob, fileName)
  } finally {
    URL.revokeObjectURL(url)
  }
}
