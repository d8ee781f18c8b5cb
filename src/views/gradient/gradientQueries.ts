import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../../data/fetchJson'
import { cwipGradientFileSchema, lsoaIndexFileSchema, lsoaPopulationFileSchema } from '../../schema/lsoaPopulation'

// Published reference data for /gradient only, loaded when the page is visited. None of it is the user's.
const forever = { staleTime: Infinity, gcTime: Infinity } as const

/** Children of one authority's 2011 and 2021 LSOAs; the code is checked against areas.json first. */
export const lsoaPopulationQuery = (areaCode: string) =>
  queryOptions({
    queryKey: ['lsoa-population', areaCode],
    queryFn: ({ signal }) =>
      fetchJson(`lsoa-population/${encodeURIComponent(areaCode)}.json`, lsoaPopulationFileSchema, signal),
    ...forever,
  })

export const lsoaIndexQuery = () =>
  queryOptions({
    queryKey: ['lsoa-population', 'index'],
    queryFn: ({ signal }) => fetchJson('lsoa-population/index.json', lsoaIndexFileSchema, signal),
    ...forever,
  })

export const cwipGradientQuery = () =>
  queryOptions({
    queryKey: ['reference', 'cwip'],
    queryFn: ({ signal }) => fetchJson('reference/cwip_gradient.json', cwipGradientFileSchema, signal),
    ...forever,
  })
