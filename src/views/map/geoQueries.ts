import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../../data/fetchJson'
import { lsoaDecilesFileSchema, lsoaFileSchema, utlaTopologySchema } from '../../schema/geo'

// Boundary files are loaded lazily, only by the views that draw maps. Published JSON never changes while the page is
// open, so nothing is refetched. (TODO(map): move to src/data/queries.ts when its owner next edits it.)
const forever = { staleTime: Infinity, gcTime: Infinity } as const

export const utlaTopologyQuery = () =>
  queryOptions({
    queryKey: ['geo', 'utla'],
    queryFn: ({ signal }) => fetchJson('geo/utla.topo.json', utlaTopologySchema, signal),
    ...forever,
  })

/** LSOA polygons and IMD 2019 ranks for one authority; the code is checked against areas.json before this runs. */
export const lsoaFileQuery = (areaCode: string) =>
  queryOptions({
    queryKey: ['lsoa', areaCode],
    queryFn: ({ signal }) => fetchJson(`lsoa/${encodeURIComponent(areaCode)}.json`, lsoaFileSchema, signal),
    ...forever,
  })

export const lsoaDecilesQuery = () =>
  queryOptions({
    queryKey: ['deprivation', 'lsoa_deciles'],
    queryFn: ({ signal }) => fetchJson('deprivation/lsoa_deciles.json', lsoaDecilesFileSchema, signal),
    ...forever,
  })
