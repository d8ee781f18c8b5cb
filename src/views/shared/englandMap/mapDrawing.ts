import type { ReactNode } from 'react'
import type { ExportPicture } from '../../../charts/shared/exportLayout'
import type { BoundaryProperties } from '../../../map/areasForYear'
import type { MapFeatureInfo } from '../../../map/ChoroplethMap'
import type { LegendItem } from '../../../map/MapLegend'
import type { PageLoad } from '../pageLoad'

/** What the England map asks of whatever draws it. */
export interface DrawnMapProps {
  /** Boundary codes to draw, in keyboard (tab) order. */
  codes: readonly string[]
  describe: (code: string) => MapFeatureInfo | undefined
  onActivate: (code: string) => void
  zoom: 'england' | 'london'
  /** Accessible name of the map region. */
  label: string
  /** Height in px to end on the first screen; null: the stylesheet's. */
  height: number | null
}

/**
 * How the England map is drawn: with Leaflet from the topology on /map (pan and zoom), or as pre-projected SVG paths on
 * the home page (no map library, so it paints sooner). Both give the same boundaries, colours and interactions.
 */
export interface MapDrawing {
  /** The boundaries' properties (current and former authorities); undefined until loaded. */
  boundaries: readonly BoundaryProperties[] | undefined
  load: PageLoad
  render: (props: DrawnMapProps) => ReactNode
  /** The map as an exportable picture (PNG and SVG downloads). */
  picture: (
    codes: readonly string[],
    fillOf: (code: string) => string | undefined,
    legend: readonly LegendItem[],
    description: string,
  ) => ExportPicture
}

/** London boroughs (E09) are too small to read at England scale; the map can zoom to them. */
export const isLondonBorough = (code: string) => code.startsWith('E09')
