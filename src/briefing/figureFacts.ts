import { ranksHighestFirst } from '../model/ranks'
import { FLAG_LABELS } from '../schema/flags'
import type { Indicator } from '../schema/indicators'
import type { Series } from '../schema/series'
import { summariseGroup } from '../stats/groupSummary'
import { rankValues } from '../stats/ranks'
import type { FigureFacts } from './sentences'

/** How far back a sentence looks for the change it describes. */
const CHANGE_SPAN = 5

/**
 * The facts about one authority's latest figure (or a given year's) that a briefing sentence states, from the
 * published series: neighbours' mean as LAIT takes it (those with data), England as published, the change over up to
 * five years and the rank among the authorities that can be ranked. Pure.
 */
export function buildFigureFacts(input: {
  indicator: Indicator
  series: Series
  areaCode: string
  areaName: string
  neighbourCodes: readonly string[]
  /** Authorities ranked against each other (current ones, without the very small ones left out of averages). */
  rankableCodes: readonly string[]
  year?: number | undefined
  lastYear?: number | undefined
  deprivation?: FigureFacts['deprivation']
}): FigureFacts | null {
  const { indicator, series, areaCode } = input
  const years = series.years.filter((y) => input.lastYear === undefined || y <= input.lastYear)
  const year = input.year !== undefined && years.includes(input.year) ? input.year : years[years.length - 1]
  if (year === undefined) return null
  const i = series.years.indexOf(year)
  const at = (code: string, index: number) => series.values[code]?.[index] ?? null
  const value = at(areaCode, i)
  const flag = series.flags?.[areaCode]?.[i] ?? null
  const neighbours = summariseGroup(
    input.neighbourCodes.map((code) => ({ value: at(code, i) })),
    'mean',
  )
  const earlierYear = series.years.find((y) => y >= year - CHANGE_SPAN && y < year)
  const highestFirst = ranksHighestFirst(indicator.polarity)
  const rankable = input.rankableCodes.filter((c) => series.values[c] !== undefined)
  const ranks = rankValues(
    rankable.map((c) => at(c, i)),
    highestFirst ? 'highest-first' : 'lowest-first',
  )
  const own = rankable.indexOf(areaCode)
  const rank = own >= 0 ? (ranks[own] ?? null) : null
  return {
    areaName: input.areaName,
    indicator,
    year,
    value,
    missingReason: value === null && flag ? FLAG_LABELS[flag] : value === null ? 'not published' : null,
    neighboursMean: neighbours.withData > 0 ? neighbours.value : null,
    england: series.england[i] ?? null,
    earlier:
      earlierYear === undefined ? null : { year: earlierYear, value: at(areaCode, series.years.indexOf(earlierYear)) },
    rank:
      rank === null || indicator.unit === 'rank'
        ? null
        : { rank, of: ranks.filter((r) => r !== null).length, highestFirst },
    deprivation: input.deprivation ?? null,
  }
}
