import { queryOptions, type QueryFunctionContext } from '@tanstack/react-query'
import { DataFileError, fetchJson, maxBytesFor } from '../../data/fetchJson'
import { manifestQuery } from '../../data/queries'
import { cwipGradientFileSchema, lsoaIndexFileSchema, lsoaPopulationFileSchema } from '../../schema/lsoaPopulation'
import type { z } from '../../schema/zod'

// Published reference data for /gradient only, loaded when the page is visited. None of it is the user's.
const forever = { staleTime: Infinity, gcTime: Infinity } as const

/** A file the manifest lists, refused before parsing when larger than the manifest says (as every data request). */
async function fetchListed<S extends z.ZodType>(
  { signal, client }: QueryFunctionContext,
  path: string,
  schema: S,
): Promise<z.infer<S>> {
  const maxBytes = maxBytesFor(await client.ensureQueryData(manifestQuery()), path)
  if (maxBytes === null) throw new DataFileError(path, 'the file is not listed in manifest.json')
  return fetchJson(path, schema, { signal, maxBytes })
}

/** Children of one authority's 2011 and 2021 LSOAs; the code is checked against areas.json first. */
export const lsoaPopulationQuery = (areaCode: string) =>
  queryOptions({
    queryKey: ['lsoa-population', areaCode],
    queryFn: (context) =>
      fetchListed(context, `lsoa-population/${encodeURIComponent(areaCode)}.json`, lsoaPopulationFileSchema),
    ...forever,
  })

export const lsoaIndexQuery = () =>
  queryOptions({
    queryKey: ['lsoa-population', 'index'],
    queryFn: (context) => fetchListed(context, 'lsoa-population/index.json', lsoaIndexFileSchema),
    ...forever,
  })

export const cwipGradientQuery = () =>
  queryOptions({
    queryKey: ['reference', 'cwip'],
    queryFn: (context) => fetchListed(context, 'reference/cwip_gradient.json', cwipGradientFileSchema),
    ...forever,
  })
