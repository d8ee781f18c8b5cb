import { queryOptions } from '@tanstack/react-query'
import { fetchListed, forever } from '../../data/queries'
import {
  neighbourhoodCatalogueSchema,
  neighbourhoodIndexSchema,
  neighbourhoodValuesSchema,
} from '../../schema/neighbourhoodVariables'

// The neighbourhood analysis's own files, kept beside the page so their schemas load with it, not with every page.

export const neighbourhoodIndexQuery = () =>
  queryOptions({
    queryKey: ['neighbourhood-index'],
    queryFn: (context) => fetchListed(context, 'neighbourhoods/index.json', neighbourhoodIndexSchema),
    ...forever,
  })

export const neighbourhoodCatalogueQuery = () =>
  queryOptions({
    queryKey: ['neighbourhood-catalogue'],
    queryFn: (context) => fetchListed(context, 'neighbourhoods/catalogue.json', neighbourhoodCatalogueSchema),
    ...forever,
  })

/** One variable's values for every authority's neighbourhoods (England); the id is checked against the catalogue first. */
export const neighbourhoodValuesQuery = (id: string) =>
  queryOptions({
    queryKey: ['neighbourhood-values', id],
    queryFn: (context) =>
      fetchListed(context, `neighbourhoods/values/${encodeURIComponent(id)}.json`, neighbourhoodValuesSchema),
    ...forever,
  })
