import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { utlaTopologyQuery } from '../../../data/queries'
import { ChoroplethMap } from '../../../map/ChoroplethMap'
import { buildMapPicture } from '../../../map/mapPicture'
import { boundsOfFeatures, topologyToFeatures, type CodedFeature } from '../../../map/topology'
import type { UtlaTopology } from '../../../schema/geo'
import { loadOf } from '../pageLoad'
import { isLondonBorough, type DrawnMapProps, type MapDrawing } from './mapDrawing'

type UtlaFeature = CodedFeature<UtlaTopology['objects']['utla']['geometries'][number]['properties']>

function LeafletEnglandMap({ features, ...props }: DrawnMapProps & { features: ReadonlyMap<string, UtlaFeature> }) {
  const drawn = useMemo(
    () => props.codes.map((c) => features.get(c)).filter((f): f is UtlaFeature => f !== undefined),
    [props.codes, features],
  )
  const england = useMemo(() => boundsOfFeatures(drawn), [drawn])
  const london = useMemo(() => boundsOfFeatures(drawn.filter((f) => isLondonBorough(f.properties.code))), [drawn])
  // Keyed by the authorities drawn, not the indicator: a switch of indicator or year recolours the same polygons.
  const layerKey = useMemo(() => drawn.map((f) => f.properties.code).join(' '), [drawn])
  const view = props.zoom === 'london' && london ? london : england
  if (!view) return null
  return (
    <ChoroplethMap
      features={drawn}
      layerKey={layerKey}
      describe={props.describe}
      onActivate={props.onActivate}
      view={view}
      label={props.label}
      height={props.height}
    />
  )
}

/**
 * The England map drawn with Leaflet from geo/utla.topo.json: pan and zoom, for /map. Its file is fetched only while
 * `enabled` (not while the hex cartogram is shown instead).
 */
export function useLeafletDrawing(enabled: boolean): MapDrawing {
  const geo = useQuery({ ...utlaTopologyQuery(), enabled })
  const features = useMemo(
    () =>
      new Map(
        (geo.data ? topologyToFeatures<UtlaFeature['properties']>(geo.data, 'utla') : []).map((f) => [
          f.properties.code,
          f,
        ]),
      ),
    [geo.data],
  )
  return {
    boundaries: geo.data ? [...features.values()].map((f) => f.properties) : undefined,
    load: loadOf([geo]),
    render: (props) => <LeafletEnglandMap features={features} {...props} />,
    picture: (codes, fillOf, legend, description) =>
      buildMapPicture(
        codes.map((c) => features.get(c)).filter((f): f is UtlaFeature => f !== undefined),
        fillOf,
        legend,
        description,
      ),
  }
}
