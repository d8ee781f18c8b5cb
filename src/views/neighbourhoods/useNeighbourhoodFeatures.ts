import { useMemo } from 'react'
import { boundsOfFeatures, topologyToFeatures, type CodedFeature } from '../../map/topology'
import type { Lsoa21File, Lsoa21Properties } from '../../schema/geo'

/** The neighbourhood polygons of every authority shown, ordered by name for the keyboard, with their ward names. */
export function useNeighbourhoodFeatures(boundaries: readonly Lsoa21File[]) {
  return useMemo(() => {
    const features = boundaries
      .flatMap((file) => topologyToFeatures<Lsoa21Properties>(file.topology, 'lsoa'))
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en-GB'))
    const wardOf = new Map(features.map((f) => [f.properties.code, f.properties.ward]))
    const nameOf = new Map(features.map((f) => [f.properties.code, f.properties.name]))
    return { features: features as CodedFeature[], wardOf, nameOf, bounds: boundsOfFeatures(features) }
  }, [boundaries])
}
