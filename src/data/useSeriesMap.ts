import { useQueries } from '@tanstack/react-query'
import { seriesQuery } from './queries'
import type { Series } from '../schema/series'

/** Loads several series files at once (ids must come from indicators.json); ready when every one is in. */
export function useSeriesMap(ids: readonly string[]) {
  const results = useQueries({ queries: ids.map((id) => seriesQuery(id)) })
  const failed = results.filter((r) => r.error)
  const map = new Map<string, Series>()
  results.forEach((r, i) => {
    const id = ids[i]
    if (r.data && id) map.set(id, r.data)
  })
  return {
    map,
    pending: results.some((r) => r.isPending),
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const r of failed) void r.refetch()
    },
  }
}
