import type { Series } from '../schema/series'
import { summariseGroup, type GroupSummary, type SummaryMethod } from '../stats/groupSummary'
import { valueAt } from './series'

/** The series a group summary needs: the indicator, and for a pooled rate its counts and denominator. */
export interface SummarySeries {
  series: Series
  counts?: Series | undefined
  population?: Series | undefined
}

/** Summarises a group's members for one year by mean, median or pooled rate, counting members with data. */
export function summariseMembersAt(
  data: SummarySeries,
  memberCodes: readonly string[],
  year: number,
  method: SummaryMethod,
): GroupSummary {
  return summariseGroup(
    memberCodes.map((code) => ({
      value: valueAt(data.series, code, year).value,
      count: data.counts ? valueAt(data.counts, code, year).value : null,
      population: data.population ? valueAt(data.population, code, year).value : null,
    })),
    method,
  )
}

/** The group's summary for every year of its series, in order. */
export function summariseMembersByYear(
  data: SummarySeries,
  memberCodes: readonly string[],
  method: SummaryMethod,
): GroupSummary[] {
  return data.series.years.map((year) => summariseMembersAt(data, memberCodes, year, method))
}

/** "mean of the 9 of 10 neighbours with a figure" etc. */
export function describeSummary(summary: GroupSummary): string {
  const base = `${summary.withData} of ${summary.members} had data`
  switch (summary.method) {
    case 'mean':
      return `mean of the authorities with a figure (${base})`
    case 'median':
      return `median of the authorities with a figure (${base})`
    case 'pooled':
      return `pooled rate: their counts added up over their child populations added up (${base})`
  }
}
