import { scaleLinear } from 'd3'
import { formatTick } from '../shared/ChartAxes'
import { escapeXml, type ExportLegendEntry, type ExportPicture, type MeasureText } from '../shared/exportLayout'
import { formatNumber, unitHeading, type FormatSpec } from '../shared/format'
import { AREA_COLOURS, ENGLAND_COLOUR, GROUP_COLOUR } from '../shared/palette'
import type { RankingModel } from './buildRankingModel'
import { compactRanking, placeReferenceLabels, referenceName } from './compactRanking'

/**
 * The ranking laid out for a present-mode slide, not the screen chart scaled: names beside the bars instead of above
 * them, so the rows are shallow and the text large. Drawn in the deck canvas's picture box (about 936 × 420 units,
 * shown about 1.26 times larger on a 1920 × 1080 slide), its 17-unit text comes out above 20 px on the projector.
 * Pure: the caller measures text (the browser's canvas in the app).
 */
export const SLIDE_RANKING = { width: 936, height: 420, fontSize: 17 } as const
/** More bars than this and the slide keeps the top and bottom five and the selected authority (the table has all). */
export const SLIDE_MAX_BARS = 14

const TOP = 30
const AXIS = 54
const GAP = 12
const INK = '#0b0c0c'
const SECONDARY = '#505a5f'
const GRID = '#d8dadb'
const SELECTED = AREA_COLOURS[0]
const MEMBER = '#8fb4d1'
const DASH = { england: '2 3', group: '6 4' } as const
/** White behind value figures, so a reference line never runs through them (as on screen). */
const HALO = ' stroke="#ffffff" stroke-width="4" paint-order="stroke"'

export function rankingSlidePicture(
  model: RankingModel,
  spec: FormatSpec,
  legend: readonly ExportLegendEntry[],
  measure: MeasureText,
  description?: string,
): ExportPicture {
  const { width, height, fontSize: F } = SLIDE_RANKING
  const rows = compactRanking(model.bars, 5, SLIDE_MAX_BARS)
  const rowHeight = Math.min(40, (height - TOP - AXIS) / Math.max(1, rows.length))
  const name = (bar: (typeof model.bars)[number]) => `${bar.rank !== null ? `${bar.rank}. ` : ''}${bar.label}`
  const labelWidth = Math.max(0, ...rows.map((r) => (r.kind === 'bar' ? measure(name(r.bar), F, r.bar.isSelected) : 0)))
  const valueWidth = Math.max(
    measure('0', F, false),
    ...model.bars.map((b) => (b.value === null ? 0 : measure(formatNumber(b.value, spec.decimals), F, false))),
  )
  const left = Math.ceil(labelWidth + GAP)
  const right = width - Math.ceil(valueWidth + GAP)
  const x = scaleLinear()
    .domain(model.extent ?? [0, 1])
    .nice()
    .range([left, right])
  const zero = x(0)
  const bottom = TOP + rows.length * rowHeight
  const parts: string[] = []
  // Figures go on top of everything, reference lines included.
  const figures: string[] = []
  const text = (tx: number, ty: number, content: string, extra = '') =>
    `<text x="${round(tx)}" y="${round(ty)}" font-size="${F}"${extra}>${escapeXml(content)}</text>`

  for (const tick of x.ticks(5)) {
    parts.push(
      `<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${TOP}" y2="${round(bottom)}" stroke="${GRID}"/>`,
    )
    parts.push(text(x(tick), bottom + F + 6, formatTick(tick), ` text-anchor="middle" fill="${INK}"`))
  }
  parts.push(text((left + right) / 2, bottom + 2 * F + 14, unitHeading(spec), ` text-anchor="middle" fill="${INK}"`))

  rows.forEach((row, i) => {
    const top = TOP + i * rowHeight
    const baseline = top + rowHeight / 2 + F * 0.35
    if (row.kind === 'gap') {
      parts.push(text(left, baseline, `… ${row.hidden} not drawn (in the table) …`, ` fill="${SECONDARY}"`))
      return
    }
    const { bar } = row
    const weight = bar.isSelected ? ' font-weight="700"' : ''
    parts.push(text(left - GAP, baseline, name(bar), ` text-anchor="end" fill="${INK}"${weight}`))
    if (bar.value === null) {
      figures.push(text(zero + 4, baseline, bar.missingReason ?? 'no figure', ` fill="${SECONDARY}"${HALO}`))
      return
    }
    const end = x(bar.value)
    const barHeight = rowHeight * 0.62
    parts.push(
      `<rect x="${round(Math.min(zero, end))}" y="${round(top + (rowHeight - barHeight) / 2)}" width="${round(Math.max(1, Math.abs(end - zero)))}" height="${round(barHeight)}" fill="${bar.isSelected ? SELECTED : MEMBER}"/>`,
    )
    figures.push(
      text(Math.max(zero, end) + 6, baseline, formatNumber(bar.value, spec.decimals), ` fill="${INK}"${HALO}`),
    )
  })

  const labelAt = placeReferenceLabels(
    model.references.map((r) => ({ key: r.key, x: x(r.value), width: measure(referenceName(r), F, false) })),
  )
  for (const r of model.references) {
    const colour = r.kind === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR
    const at = round(x(r.value))
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${TOP - 4}" y2="${round(bottom)}" stroke="${colour}" stroke-width="2.5" stroke-dasharray="${DASH[r.kind]}"/>`,
    )
    const labelX = Math.min(width - measure(referenceName(r), F, false) / 2, labelAt.get(r.key) ?? x(r.value))
    parts.push(text(labelX, TOP - 10, referenceName(r), ` text-anchor="middle" fill="${colour}"`))
  }

  return {
    markup: [...parts, ...figures].join(''),
    viewBox: { x: 0, y: 0, width, height: Math.ceil(bottom + AXIS) },
    legend,
    ...(description ? { description } : {}),
  }
}

const round = (n: number) => Math.round(n * 10) / 10
