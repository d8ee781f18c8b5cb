import { queryOptions } from '@tanstack/react-query'
import { areasFileSchema } from '../schema/areas'
import { deflatorsFileSchema } from '../schema/deflators'
import { lsoaDecilesFileSchema, lsoaFileSchema, utlaTopologySchema } from '../schema/geo'
import { indicatorsFileSchema } from '../schema/indicators'
import { manifestSchema } from '../schema/manifest'
import { neighboursFileSchema } from '../schema/neighbours'
import { seriesSchema } from '../schema/series'
import { fetchJson } from './fetchJson'

// Published JSON never changes while the page is open, so nothing is refetched.
const forever = { staleTime: Infinity, gcTime: Infinity } as const

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => fetchJson('manifest.json', manifestSchema, signal),
    ...forever,
  })

export const areasQuery = () =>
  queryOptions({
    queryKey: ['areas'],
    queryFn: ({ signal }) => fetchJson('areas.json', areasFileSchema, signal),
    ...forever,
  })

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => fetchJson('indicators.json', indicatorsFileSchema, signal),
    ...forever,
  })

export const neighboursQuery = () =>
  queryOptions({
    queryKey: ['neighbours'],
    queryFn: ({ signal }) => fetchJson('neighbours.json', neighboursFileSchema, signal),
    ...forever,
  })

/** One indicator's series file; ids come from indicators.json, so the path is never user-controlled text. */
export const seriesQuery = (indicatorId: string) =>
  queryOptions({
    queryKey: ['series', indicatorId],
    queryFn: ({ signal }) => fetchJson(`series/${encodeURIComponent(indicatorId)}.json`, seriesSchema, signal),
    ...forever,
  })

/** Price indices (GDP deflator, SPPI) for real-terms figures; only the spending view needs them. */
export const deflatorsQuery = () =>
  queryOptions({
    queryKey: ['deflators'],
    queryFn: ({ signal }) => fetchJson('deflators.json', deflatorsFileSchema, signal),
    ...forever,
  })

// Boundary files are loaded lazily, only by the views that draw maps.
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
