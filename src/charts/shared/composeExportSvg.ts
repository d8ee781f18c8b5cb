/** What goes around a chart in a downloaded image, so the picture stands alone when shared. */
export interface ExportFrame {
  title: string
  /** "Source: DfE, Children looked after in England 2025" etc. */
  sourceLine: string
  licenceLine: string
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Greedy word wrap by character count: the export has no layout engine, and Arial's widths are close enough. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Wraps a chart's serialised SVG body (its inner markup, at width × height) in a standalone SVG document with the
 * title above and the source and licence below, on a white background. Pure: the caller serialises the DOM.
 */
export function composeExportSvg(innerMarkup: string, width: number, height: number, frame: ExportFrame) {
  const pad = 16
  const titleLines = wrapText(frame.title, Math.floor(width / 10))
  const footLines = [...wrapText(frame.sourceLine, Math.floor(width / 6.5)), frame.licenceLine]
  const titleHeight = titleLines.length * 24 + pad
  const footHeight = footLines.length * 16 + pad
  const total = titleHeight + height + footHeight + pad
  const text = (lines: string[], y0: number, step: number, attrs: string) =>
    lines.map((l, i) => `<text x="${pad}" y="${y0 + i * step}" ${attrs}>${escapeXml(l)}</text>`).join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * pad}" height="${total}" `,
    `viewBox="0 0 ${width + 2 * pad} ${total}" font-family="Arial, Helvetica, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(titleLines, pad + 18, 24, 'font-size="19" font-weight="700" fill="#0b0c0c"'),
    `<g transform="translate(${pad} ${titleHeight})">${innerMarkup}</g>`,
    text(footLines, titleHeight + height + pad + 12, 16, 'font-size="12" fill="#505a5f"'),
    `</svg>`,
  ].join('')
}
