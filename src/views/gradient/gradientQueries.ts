import { queryOptions } from '@tanstack/react-query'
import { fetchListed, forever } from '../../data/queries'
import { cwipGradientFileSchema, lsoaIndexFileSchema, lsoaPopulationFileSchema } from '../../schema/lsoaPopulation'

// Published reference data for /gradient only, loaded when the page is visited. None of it is the user's.

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
