/**
 * The layout of every exported picture (charts and maps): a fixed canvas with the title, subtitle and legend above the
 * picture and the source, licence, vintage and link below it. Text is wrapped by measured width and the picture is
 * scaled to the space left, so nothing overlaps or is cut off whatever the title, authority name or year range.
 * Pure: the caller supplies the text measure (the browser's canvas in the app, an estimate in unit tests).
 */

/** Slides are 16:9; documents (Word, print) are 4:3. PNGs are drawn at twice these sizes. */
export const EXPORT_CANVASES = {
  slide: { width: 1200, height: 675 },
  document: { width: 1200, height: 900 },
  /**
   * A present-mode slide's picture: small and wide, so drawn as large as a 1920 × 1080 slide leaves room for between
   * its title and headline (about 1,260 × 680 px) a trend's legend and chart text come out at 20 px or more.
   */
  deck: { width: 1000, height: 540 },
} as const
export type ExportCanvas = keyof typeof EXPORT_CANVASES

/** What goes around a chart in an exported picture, so the picture stands alone when shared. */
export interface ExportFrame {
  title: string
  /** Authority and year or years when the title does not already say them. */
  subtitle?: string | undefined
  /** "Source: DfE, Children looked after in England 2025" etc.; it carries the data's vintage (publication, years). */
  sourceLine: string
  licenceLine: string
  /** The view that made the picture, so a reader can open it. */
  link?: string | undefined
}

/** One legend entry as exported pictures draw it. */
export interface ExportLegendEntry {
  label: string
  colour: string
  /** Line (solid or dashed) for trends, block for bars and map classes, dot for points. */
  mark: 'line' | 'dashed' | 'block' | 'dot'
}

/** Width of `text` in pixels at a font size, bold or not. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number

export interface PlacedText {
  text: string
  x: number
  /** Baseline. */
  y: number
  size: number
  bold: boolean
  colour: string
}

export interface PlacedLegendEntry extends ExportLegendEntry {
  /** Left edge of the mark and the label's baseline. */
  x: number
  y: number
  /** Label font size. */
  size: number
}

export interface ExportLayout {
  width: number
  height: number
  texts: PlacedText[]
  legend: PlacedLegendEntry[]
  /** Where the picture goes; it is scaled to fit, keeping its proportions. */
  picture: { x: number; y: number; width: number; height: number }
}

const PAD = 32
const INK = '#0b0c0c'
const SECONDARY = '#505a5f'
const TITLE_STYLE = { size: 28, bold: true, lead: 34 }
const SUBTITLE_STYLE = { size: 20, bold: false, lead: 26 }
const LEGEND_STYLE = { size: 17, lead: 26 }
const FOOT_STYLE = { size: 15, bold: false, lead: 20 }
/** Legend mark width, gap to its label and space between entries. */
const MARK = { width: 24, gap: 8, between: 28 }
/** Space between blocks (title, legend, picture, footer). */
const GAP = 14

/** Greedy word wrap by measured width; a single word wider than the line (a long link) is broken by characters. */
export function wrapByWidth(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  const pushWord = (word: string) => {
    let rest = word
    while (width(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && width(rest.slice(0, cut)) > maxWidth) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (width(candidate) <= maxWidth) line = candidate
    else {
      if (line) lines.push(line)
      pushWord(word)
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Text sizes are tried in this order until the picture gets at least half the canvas height. */
const TEXT_SCALES = [1, 0.9, 0.8, 0.7, 0.6]

/**
 * Places the frame's text and legend on the canvas and gives the picture the rest of the space. When long text would
 * leave the picture less than half the height, the text is set smaller (down to 60%) rather than the picture squeezed.
 */
export function layoutExport(
  frame: ExportFrame,
  legend: readonly ExportLegendEntry[],
  canvas: ExportCanvas,
  measure: MeasureText,
): ExportLayout {
  let layout = layoutAtScale(frame, legend, canvas, measure, 1)
  for (const scale of TEXT_SCALES.slice(1)) {
    if (layout.picture.height >= layout.height / 2) break
    layout = layoutAtScale(frame, legend, canvas, measure, scale)
  }
  return layout
}

function layoutAtScale(
  frame: ExportFrame,
  legend: readonly ExportLegendEntry[],
  canvas: ExportCanvas,
  measure: MeasureText,
  scale: number,
): ExportLayout {
  const { width, height } = EXPORT_CANVASES[canvas]
  const sized = <T extends { size: number; lead: number }>(style: T): T => ({
    ...style,
    size: Math.round(style.size * scale),
    lead: Math.round(style.lead * scale),
  })
  const TITLE = sized(TITLE_STYLE)
  const SUBTITLE = sized(SUBTITLE_STYLE)
  const FOOT = sized(FOOT_STYLE)
  const LEGEND = sized(LEGEND_STYLE)
  const inner = width - 2 * PAD
  const texts: PlacedText[] = []
  let y = PAD

  const block = (text: string, style: { size: number; bold: boolean; lead: number }, colour: string) => {
    for (const line of wrapByWidth(text, inner, (s) => measure(s, style.size, style.bold))) {
      // The baseline sits about 0.8 em below the top of the line box.
      texts.push({
        text: line,
        x: PAD,
        y: y + Math.round(style.size * 0.8),
        size: style.size,
        bold: style.bold,
        colour,
      })
      y += style.lead
    }
  }
  if (frame.title) block(frame.title, TITLE, INK)
  if (frame.subtitle) block(frame.subtitle, SUBTITLE, SECONDARY)

  // Legend entries flow left to right and wrap; a label too long for a line is shortened with an ellipsis.
  const placed: PlacedLegendEntry[] = []
  if (legend.length) {
    y += GAP / 2
    let x = PAD
    const labelRoom = inner - MARK.width - MARK.gap
    for (const entry of legend) {
      const label = fitLabel(entry.label, labelRoom, (s) => measure(s, LEGEND.size, false))
      const entryWidth = MARK.width + MARK.gap + measure(label, LEGEND.size, false)
      if (x > PAD && x + entryWidth > PAD + inner) {
        x = PAD
        y += LEGEND.lead
      }
      placed.push({ ...entry, label, x, y: y + Math.round(LEGEND.size * 0.8), size: LEGEND.size })
      x += entryWidth + MARK.between
    }
    y += LEGEND.lead
  }
  const pictureTop = y + GAP

  // The footer is laid out from the bottom up so the picture gets exactly the space in between.
  // A picture cannot be clicked, so its link stops before any '#': state kept there (a council's own gradient keeps
  // its results so) would print as lines of code no one could type.
  const printedLink = frame.link?.split('#')[0]
  const footLines = [frame.sourceLine, frame.licenceLine, printedLink ? `Made with CSC Explorer: ${printedLink}` : '']
    .filter(Boolean)
    .flatMap((t) => wrapByWidth(t, inner, (s) => measure(s, FOOT.size, FOOT.bold)))
  const footTop = height - PAD - footLines.length * FOOT.lead
  footLines.forEach((line, i) =>
    texts.push({
      text: line,
      x: PAD,
      y: footTop + i * FOOT.lead + Math.round(FOOT.size * 0.8),
      size: FOOT.size,
      bold: false,
      colour: SECONDARY,
    }),
  )
  const pictureHeight = Math.max(0, footTop - GAP - pictureTop)
  return {
    width,
    height,
    texts,
    legend: placed,
    picture: { x: PAD, y: pictureTop, width: inner, height: pictureHeight },
  }
}

/**
 * The widest a slide map's canvas grows (its height stays the deck's 540): about the shape of the space a 1920 × 1080
 * slide leaves between its title and headline (some 1,670 × 720 px), so a wide authority's map can fill it too.
 */
export const BESIDE_MAX_WIDTH = 1250
/** Room around a slide map: the slide's own margins already frame it. */
const BESIDE_PAD = 10

/**
 * A map on a present-mode slide (the deck canvas): the map as tall as the canvas allows and its legend in a column
 * beside it, on the right, with a note under the legend (which colour scale is used). A map is about as tall as it is
 * wide, so a legend above it would take height the map needs; beside it, it uses the slide's spare width. The canvas is
 * as wide as map and legend need (up to BESIDE_MAX_WIDTH), so a slide scaling the picture to its free height gives the
 * map nearly all of that height. `aspect` is the map's width over its height. Pure.
 */
export function layoutBeside(
  legend: readonly ExportLegendEntry[],
  note: string,
  aspect: number,
  measure: MeasureText,
): ExportLayout {
  const height = EXPORT_CANVASES.deck.height
  const inner = height - 2 * BESIDE_PAD
  let layout: ExportLayout | null = null
  for (const scale of TEXT_SCALES) {
    const size = Math.round(LEGEND_STYLE.size * scale)
    const lead = Math.round(LEGEND_STYLE.lead * scale)
    // The legend column takes at most 40% of the widest canvas; longer labels are shortened with an ellipsis.
    const labelRoom = BESIDE_MAX_WIDTH * 0.4 - MARK.width - MARK.gap
    const labels = legend.map((e) => fitLabel(e.label, labelRoom, (s) => measure(s, size, false)))
    const labelWidth = Math.max(0, ...labels.map((l) => measure(l, size, false)))
    const noteWidth = Math.max(labelRoom * 0.7, MARK.width + MARK.gap + labelWidth)
    const noteLines = note ? wrapByWidth(note, noteWidth, (s) => measure(s, size, false)) : []
    const columnWidth = Math.ceil(
      Math.max(MARK.width + MARK.gap + labelWidth, ...noteLines.map((l) => measure(l, size, false))),
    )
    const columnHeight = (legend.length + noteLines.length) * lead + (noteLines.length ? GAP : 0)
    if (columnHeight > inner && scale !== TEXT_SCALES[TEXT_SCALES.length - 1]) continue
    // The map as tall as the canvas, unless that would make the canvas wider than it may be.
    const room = BESIDE_MAX_WIDTH - 2 * BESIDE_PAD - 2 * GAP - columnWidth
    const mapWidth = Math.min(inner * aspect, room)
    const mapHeight = mapWidth / aspect
    const width = Math.ceil(2 * BESIDE_PAD + mapWidth + 2 * GAP + columnWidth)
    const columnX = BESIDE_PAD + mapWidth + 2 * GAP
    let y = BESIDE_PAD + Math.max(0, (inner - columnHeight) / 2)
    const placed = legend.map((entry, i) => {
      const at = { ...entry, label: labels[i] ?? entry.label, x: columnX, y: y + Math.round(size * 0.8), size }
      y += lead
      return at
    })
    y += GAP
    const texts = noteLines.map((text) => {
      const at = { text, x: columnX, y: y + Math.round(size * 0.8), size, bold: false, colour: SECONDARY }
      y += lead
      return at
    })
    layout = {
      width,
      height,
      texts,
      legend: placed,
      picture: { x: BESIDE_PAD, y: BESIDE_PAD + (inner - mapHeight) / 2, width: mapWidth, height: mapHeight },
    }
    break
  }
  return layout as ExportLayout
}

/** The label, shortened with an ellipsis if it is wider than `room`. */
export function fitLabel(label: string, room: number, width: (s: string) => number): string {
  if (width(label) <= room) return label
  let cut = label.length
  while (cut > 1 && width(`${label.slice(0, cut)}…`) > room) cut--
  return `${label.slice(0, cut)}…`
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The chart or map being exported: its SVG content and the box of its own coordinates that holds all of it. */
export interface ExportPicture {
  /** Inner markup in the picture's own coordinates. */
  markup: string
  viewBox: { x: number; y: number; width: number; height: number }
  legend: readonly ExportLegendEntry[]
  /** Says what the picture shows, for alt text in documents and slides. */
  description?: string
  /** Where its years are, for a chart present mode can play through the years (pictureTimeline.ts). */
  timeline?: PictureTimeline
  /** A map: on a present-mode slide its legend stands beside it (layoutBeside), the map filling the height. */
  legendBeside?: boolean
  /** Said under the legend where it stands beside the picture (which colour scale a year's map uses). */
  legendNote?: string
  /**
   * A map present mode can play through the years: the map at each year with figures, ascending, every one on the
   * same colour scale (englandMap/mapYearPictures.ts), each with the map's title at that year. Only on the deck canvas.
   */
  yearPictures?: readonly { label: string; title: string; picture: ExportPicture }[]
}

/**
 * Where a chart's years are, in its picture's coordinates, so present mode can play it through the years: the plot's
 * top and bottom, and the x of each year in order. Only charts with a year axis (trends) have one.
 */
export interface PictureTimeline {
  top: number
  bottom: number
  steps: readonly { label: string; x: number }[]
}

const FONT = 'Arial, Helvetica, sans-serif'

/** Where a legend entry's label starts. */
export const legendLabelX = (entry: PlacedLegendEntry) => entry.x + MARK.width + MARK.gap

function legendMark(entry: PlacedLegendEntry): string {
  const midY = entry.y - entry.size * 0.32
  const c = escapeXml(entry.colour)
  switch (entry.mark) {
    case 'line':
    case 'dashed':
      return `<line x1="${entry.x}" x2="${entry.x + MARK.width}" y1="${midY}" y2="${midY}" stroke="${c}" stroke-width="4"${entry.mark === 'dashed' ? ' stroke-dasharray="6 4"' : ''}/>`
    case 'block':
      return `<rect x="${entry.x + 2}" y="${midY - 9}" width="20" height="18" fill="${c}" stroke="#505a5f" stroke-width="1"/>`
    case 'dot':
      return `<circle cx="${entry.x + MARK.width / 2}" cy="${midY}" r="8" fill="${c}"/>`
  }
}

/** The standalone SVG document of a laid-out export. Pure. */
export function renderExportSvg(layout: ExportLayout, picture: ExportPicture): string {
  const { width, height } = layout
  const text = (t: PlacedText) =>
    `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''} fill="${t.colour}">${escapeXml(t.text)}</text>`
  const vb = picture.viewBox
  const p = layout.picture
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" `,
    `font-family="${FONT}">`,
    picture.description ? `<desc>${escapeXml(picture.description)}</desc>` : '',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...layout.texts.map(text),
    ...layout.legend.map(
      (e) =>
        `${legendMark(e)}<text x="${legendLabelX(e)}" y="${e.y}" font-size="${e.size}" fill="${INK}">${escapeXml(e.label)}</text>`,
    ),
    `<svg x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" viewBox="${vb.x} ${vb.y} ${vb.width} ${vb.height}" `,
    `preserveAspectRatio="xMidYMid meet" font-family="${FONT}">${picture.markup}</svg>`,
    `</svg>`,
  ].join('')
}

/**
 * A rough Arial measure for places without a canvas (unit tests, the server): average glyph widths by class. It
 * errs wide so layouts made with it never overflow when drawn with the real font.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let units = 0
  for (const ch of text) {
    if (/[ilI.,:;'|!()[\]\s]/.test(ch)) units += 0.3
    else if (/[mwMW@%]/.test(ch)) units += 0.9
    else if (/[A-Z0-9£&#]/.test(ch)) units += 0.68
    else units += 0.56
  }
  return units * fontSize * (bold ? 1.08 : 1)
}
