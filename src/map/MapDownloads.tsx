import type { Feature, Geometry } from 'geojson'
import { ChartDownloads, type ChartCsv, type ExportName } from '../charts/shared/ChartDownloads'
import type { ExportFrame } from '../charts/shared/exportLayout'
import { buildMapPicture } from './mapPicture'
import type { LegendItem } from './MapLegend'

/**
 * PNG and SVG downloads of a choropleth, drawn from its boundaries with its legend, source and attribution; the map's
 * figures as CSV when given.
 */
export function MapDownloads({
  features,
  fillOf,
  legend,
  frame,
  name,
  description,
  csv,
}: {
  features: readonly Feature<Geometry, { code: string; name: string }>[]
  fillOf: (code: string) => string | undefined
  legend: readonly LegendItem[]
  frame: ExportFrame
  name: ExportName
  /** What the map shows, for alt text. */
  description: string
  csv?: ChartCsv | undefined
}) {
  return (
    <ChartDownloads
      kind="map"
      picture={() => buildMapPicture(features, fillOf, legend, description)}
      frame={frame}
      name={name}
      csv={csv}
    />
  )
}
