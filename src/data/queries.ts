import { queryOptions, type QueryFunctionContext } from '@tanstack/react-query'
import type { z } from 'zod'
import { areasFileSchema } from '../schema/areas'
import { deflatorsFileSchema } from '../schema/deflators'
import {
  hexCartogramSchema,
  lsoa21FileSchema,
  lsoaFileSchema,
  utlaTopologySchema,
  utlaSvgMapSchema,
} from '../schema/geo'
import { indicatorsFileSchema } from '../schema/indicators'
import { manifestSchema } from '../schema/manifest'
import { neighboursFileSchema } from '../schema/neighbours'
import { seriesSchema } from '../schema/series'
import { DataFileError, fetchJson, MANIFEST_MAX_BYTES, maxBytesFor } from './fetchJson'

// Published JSON never changes while the page is open, so nothing is refetched.
export const forever = { staleTime: Infinity, gcTime: Infinity } as const

/**
 * Fetches a file the manifest lists, refusing one larger than the manifest says before parsing it. Exported for the
 * queries a lazily loaded page keeps beside itself (so their schemas stay out of the main bundle).
 */
export async function fetchListed<S extends z.ZodType>(
  { signal, client }: QueryFunctionContext,
  path: string,
  schema: S,
): Promise<z.infer<S>> {
  const maxBytes = maxBytesFor(await client.ensureQueryData(manifestQuery()), path)
  if (maxBytes === null) throw new DataFileError(path, 'the file is not listed in manifest.json')
  return fetchJson(path, schema, { signal, maxBytes })
}

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => fetchJson('manifest.json', manifestSchema, { signal, maxBytes: MANIFEST_MAX_BYTES }),
    ...forever,
  })

export const areasQuery = () =>
  queryOptions({
    queryKey: ['areas'],
    queryFn: (context) => fetchListed(context, 'areas.json', areasFileSchema),
    ...forever,
  })

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: (context) => fetchListed(context, 'indicators.json', indicatorsFileSchema),
    ...forever,
  })

export const neighboursQuery = () =>
  queryOptions({
    queryKey: ['neighbours'],
    queryFn: (context) => fetchListed(context, 'neighbours.json', neighboursFileSchema),
    ...forever,
  })

/** One indicator's series file; ids come from indicators.json, so the path is never user-controlled text. */
export const seriesQuery = (indicatorId: string) =>
  queryOptions({
    queryKey: ['series', indicatorId],
    queryFn: (context) => fetchListed(context, `series/${encodeURIComponent(indicatorId)}.json`, seriesSchema),
    ...forever,
  })

/** Price indices (GDP deflator, SPPI) for real-terms figures; only the spending view needs them. */
export const deflatorsQuery = () =>
  queryOptions({
    queryKey: ['deflators'],
    queryFn: (context) => fetchListed(context, 'deflators.json', deflatorsFileSchema),
    ...forever,
  })

// Boundary files are loaded lazily, only by the views that draw maps.
export const utlaTopologyQuery = () =>
  queryOptions({
    queryKey: ['geo', 'utla'],
    queryFn: (context) => fetchListed(context, 'geo/utla.topo.json', utlaTopologySchema),
    ...forever,
  })

/** The England map pre-projected as SVG paths, for the home page (no map library). */
export const utlaSvgMapQuery = () =>
  queryOptions({
    queryKey: ['geo', 'utla-svg'],
    queryFn: (context) => fetchListed(context, 'geo/utla.svg.json', utlaSvgMapSchema),
    ...forever,
  })

/** Every authority as one hexagon of the hex cartogram, for the England map's cartogram view. */
export const hexCartogramQuery = () =>
  queryOptions({
    queryKey: ['geo', 'hex-cartogram'],
    queryFn: (context) => fetchListed(context, 'geo/hex-cartogram.json', hexCartogramSchema),
    ...forever,
  })

/** LSOA polygons and IMD 2019 ranks for one authority; the code is checked against areas.json before this runs. */
export const lsoaFileQuery = (areaCode: string) =>
  queryOptions({
    queryKey: ['lsoa', areaCode],
    queryFn: (context) => fetchListed(context, `lsoa/${encodeURIComponent(areaCode)}.json`, lsoaFileSchema),
    ...forever,
  })

/** 2021 LSOA polygons with IoD2025 scores, ranks, deciles and ward names for one authority (neighbourhood view only). */
export const lsoa21FileQuery = (areaCode: string) =>
  queryOptions({
    queryKey: ['lsoa21', areaCode],
    queryFn: (context) => fetchListed(context, `lsoa/2021/${encodeURIComponent(areaCode)}.json`, lsoa21FileSchema),
    ...forever,
  })
