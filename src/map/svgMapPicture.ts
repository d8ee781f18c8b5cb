import type { ExportLegendEntry, ExportPicture } from '../charts/shared/exportLayout'
import type { UtlaSvgMapArea } from '../schema/geo'
import type { LegendItem } from './MapLegend'
import { labelColourOn } from './labelColour'
import { escapeXml, PATTERN_DEFS } from './mapPicture'
import { BOUNDARY_COLOUR } from './palette'
import type { SvgMapLabel } from './SvgChoroplethMap'

/** Shapes to export: an authority's name, outline and the box around it, on the drawing's grid. */
export type PictureShape = Pick<UtlaSvgMapArea, 'code' | 'name' | 'box' | 'd'>

/** How the shapes are drawn, in grid units: the geographic map's thin boundaries by default. */
export interface PictureDrawing {
  /** Names written on the shapes (the hex cartogram's tile labels), as on screen. */
  labels?: readonly SvgMapLabel[]
  labelSize?: number
  strokeWidth?: number
}

/**
 * The pre-projected England map (geo/utla.svg.json) as an exportable picture: each area's path filled as on screen,
 * the legend's classes (with their counts) as legend entries, the view the box around the areas drawn. The hex
 * cartogram exports the same way, its tiles' labels written on them as on screen. Pure.
 */
export function buildSvgMapPicture(
  areas: readonly PictureShape[],
  fillOf: (code: string) => string | undefined,
  legend: readonly LegendItem[],
  description: string,
  drawing: PictureDrawing = {},
): ExportPicture {
  const { labels = [], labelSize = 0, strokeWidth = 0.15 } = drawing
  const paths = areas
    .map(
      (a) =>
        `<path d="${escapeXml(a.d)}" fill="${escapeXml(fillOf(a.code) ?? '#ffffff')}" fill-rule="evenodd" stroke="${BOUNDARY_COLOUR}" stroke-width="${strokeWidth}" stroke-linejoin="round"><title>${escapeXml(a.name)}</title></path>`,
    )
    .join('')
  const texts = labels
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" text-anchor="middle" dominant-baseline="central" font-size="${labelSize}" font-weight="700" fill="${labelColourOn(fillOf(l.code) ?? '#ffffff')}">${escapeXml(l.text)}</text>`,
    )
    .join('')
  const x0 = Math.min(...areas.map((a) => a.box[0]))
  const y0 = Math.min(...areas.map((a) => a.box[1]))
  const x1 = Math.max(...areas.map((a) => a.box[2]))
  const y1 = Math.max(...areas.map((a) => a.box[3]))
  const pad = 4
  const entries: ExportLegendEntry[] = legend.map((item) => ({
    label: item.count === undefined ? item.label : `${item.label} (${item.count})`,
    colour: item.fill,
    mark: 'block',
  }))
  return {
    markup: `${PATTERN_DEFS}${paths}${texts}`,
    viewBox: { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad },
    legend: entries,
    description,
    legendBeside: true,
  }
}
