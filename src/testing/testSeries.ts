import type { Series } from '../schema/series'

/** A synthetic published series for unit tests: the given authority values, no England figure unless `extra` says. */
export const testSeries = (
  years: number[],
  values: Record<string, (number | null)[]>,
  extra: Partial<Series> = {},
): Series => ({
  id: 'x',
  years,
  values,
  england: years.map(() => null),
  yearSources: years.map(() => 's'),
  yearProvenance: years.map(() => 'published' as const),
  ...extra,
})
