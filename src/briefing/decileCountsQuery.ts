import { queryOptions } from '@tanstack/react-query'
import { fetchListed, forever } from '../data/queries'
import { lsoa21DecilesFileSchema, lsoaDecilesFileSchema } from '../schema/geo'

/** Per authority, its neighbourhoods and how many lie in each decile (index 0 = decile 1, the most deprived). */
export type DecileCounts = Record<string, { total: number; byDecile: number[] }>

/**
 * How many of each authority's neighbourhoods fall in each national IMD decile: IoD2025 on 2021 LSOAs or IoD2019 on
 * 2011 LSOAs, as the neighbourhood map colours them. Kept beside the briefing so its schemas stay out of the main bundle.
 */
export const decileCountsQuery = (edition: 2019 | 2025) =>
  queryOptions({
    queryKey: ['lsoa-decile-counts', edition],
    queryFn: async (context): Promise<DecileCounts> =>
      edition === 2025
        ? (await fetchListed(context, 'deprivation/lsoa21_deciles.json', lsoa21DecilesFileSchema)).areas
        : (await fetchListed(context, 'deprivation/lsoa_deciles.json', lsoaDecilesFileSchema)).areas,
    ...forever,
  })
