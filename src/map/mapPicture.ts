import type { Feature, Geometry } from 'geojson'
import { geoPath, geoTransform } from 'd3'
import type { ExportLegendEntry, ExportPicture } from '../charts/shared/exportLayout'
import type { LegendItem } from './MapLegend'
import { BOUNDARY_COLOUR, SUPPRESSED_PATTERN_ID } from './palette'

/** Degrees are multiplied by this so paths keep their detail at d3's three decimal places. */
const UNITS_PER_DEGREE = 1000

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The suppressed-figure hatch, as MapPatterns draws it on screen, for pictures that stand alone. */
export const PATTERN_DEFS =
  `<defs><pattern id="${SUPPRESSED_PATTERN_ID}" width="6" height="6" patternUnits="userSpaceOnUse" ` +
  `patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>` +
  `<line x1="0" y1="0" x2="0" y2="6" stroke="#505a5f" stroke-width="2.5"/></pattern></defs>`

/**
 * A choropleth as an exportable picture, drawn from the same boundaries as the on-screen map (no tiles): each feature
 * filled as the map fills it, and the legend's classes (with their counts) as legend entries. Pure.
 */
export function buildMapPicture(
  features: readonly Feature<Geometry, { code: string; name: string }>[],
  fillOf: (code: string) => string | undefined,
  legend: readonly LegendItem[],
  description: string,
): ExportPicture {
  const collection = { type: 'FeatureCollection' as const, features: [...features] }
  // A planar projection (no spherical clipping, so ring winding does not matter): longitude shrunk by the cosine of
  // the middle latitude, as on the Leaflet map at England's scale, and north up. The viewBox does the scaling.
  const [[, south], [, north]] = geoPath().bounds(collection)
  const squash = Math.cos(((south + north) / 2) * (Math.PI / 180))
  const path = geoPath(
    geoTransform({
      point(lon, lat) {
        this.stream.point(lon * squash * UNITS_PER_DEGREE, -lat * UNITS_PER_DEGREE)
      },
    }),
  ).digits(1)
  const [[x0, y0], [x1, y1]] = path.bounds(collection)
  const paths = features
    .map((f) => {
      const d = path(f)
      return d
        ? `<path d="${d}" fill="${escapeXml(fillOf(f.properties.code) ?? '#ffffff')}" stroke="${BOUNDARY_COLOUR}" stroke-width="0.6" stroke-linejoin="round"><title>${escapeXml(f.properties.name)}</title></path>`
        : ''
    })
    .join('')
  const entries: ExportLegendEntry[] = legend.map((item) => ({
    label: item.count === undefined ? item.label : `${item.label} (${item.count})`,
    colour: item.fill,
    mark: 'block',
  }))
  const pad = 4
  return {
    markup: `${PATTERN_DEFS}${paths}`,
    viewBox: { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad },
    legend: entries,
    description,
    legendBeside: true,
  }
}
