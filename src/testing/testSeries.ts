import type { Series } from '../schema/series'

/** A synthetic published series for unit tests: the given authority values, no England figure. */
export const testSeries = (years: number[], values: Record<string, (number | null)[]>): Series => ({
  id: 'x',
  years,
  values,
  england: years.map(() => null),
  yearSources: years.map(() => 's'),
  yearProvenance: years.map(() => 'published' as const),
})
