import type { ExportLegendEntry, ExportPicture } from '../charts/shared/exportLayout'
import type { UtlaSvgMapArea } from '../schema/geo'
import type { LegendItem } from './MapLegend'
import { escapeXml, PATTERN_DEFS } from './mapPicture'
import { BOUNDARY_COLOUR } from './palette'

/**
 * The pre-projected England map (geo/utla.svg.json) as an exportable picture: each area's path filled as on screen,
 * the legend's classes (with their counts) as legend entries, the view the box around the areas drawn. Pure.
 */
export function buildSvgMapPicture(
  areas: readonly UtlaSvgMapArea[],
  fillOf: (code: string) => string | undefined,
  legend: readonly LegendItem[],
  description: string,
): ExportPicture {
  const paths = areas
    .map(
      (a) =>
        `<path d="${escapeXml(a.d)}" fill="${escapeXml(fillOf(a.code) ?? '#ffffff')}" fill-rule="evenodd" stroke="${BOUNDARY_COLOUR}" stroke-width="0.15" stroke-linejoin="round"><title>${escapeXml(a.name)}</title></path>`,
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
    markup: `${PATTERN_DEFS}${paths}`,
    viewBox: { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad },
    legend: entries,
    description,
  }
}
