import { queryOptions } from '@tanstack/react-query'
import { areasFileSchema } from '../schema/areas'
import { manifestSchema } from '../schema/manifest'
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
