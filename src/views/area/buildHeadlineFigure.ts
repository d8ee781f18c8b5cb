import { FLAG_LABELS, type Flag } from '../../schema/flags'
import type { Indicator } from '../../schema/indicators'
import type { ManifestSource } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { describeChange } from '../../stats/describeChange'
import { summariseGroup, type GroupSummary } from '../../stats/groupSummary'

/** One headline figure on the profile, with everything needed to read it honestly. */
export interface HeadlineFigure {
  indicator: Indicator
  year: number
  value: number | null
  flag: Flag | null
  /** Why value is null, in words; null when there is a value. */
  missingReason: string | null
  england: number | null
  /** Mean of the statistical neighbours with data for the year (LAIT's method), with how many had data. */
  neighbours: GroupSummary
  /** Change since the previous year (or edition), and over five years for annual series; null if not applicable. */
  changeSincePrevious: string | null
  changeOverFive: string | null
  /** Publication the year's figures come from (manifest source), and whether the ETL computed them. */
  source: ManifestSource | null
  computed: boolean
}

/** Value and flag of an area in a series for a year (null/null when the area or year is absent). */
export function valueAt(series: Series, areaCode: string, year: number): { value: number | null; flag: Flag | null } {
  const i = series.years.indexOf(year)
  if (i < 0) return { value: null, flag: null }
  return { value: series.values[areaCode]?.[i] ?? null, flag: series.flags?.[areaCode]?.[i] ?? null }
}

/**
 * The latest year an area can have a figure: the series' last year, or the area's last year if it was abolished.
 * Null when the series has no year at or before that.
 */
export function headlineYear(series: Series, lastYear: number | undefined): number | null {
  const years = series.years.filter((y) => lastYear === undefined || y <= lastYear)
  return years[years.length - 1] ?? null
}

/** Builds a headline figure for an area; neighbourCodes are the DfE statistical neighbours, closest first. */
export function buildHeadlineFigure(input: {
  indicator: Indicator
  series: Series
  areaCode: string
  lastYear?: number
  neighbourCodes: readonly string[]
  sources: readonly ManifestSource[]
}): HeadlineFigure | null {
  const { indicator, series, areaCode, neighbourCodes } = input
  const year = headlineYear(series, input.lastYear)
  if (year === null) return null
  const i = series.years.indexOf(year)
  const { value, flag } = valueAt(series, areaCode, year)
  const neighbours = summariseGroup(
    neighbourCodes.map((code) => ({ value: valueAt(series, code, year).value })),
    'mean',
  )
  const isRank = indicator.unit === 'rank'
  const change = (fromYear: number) =>
    series.years.includes(fromYear)
      ? describeChange({
          from: valueAt(series, areaCode, fromYear).value,
          to: value,
          fromYear,
          toYear: year,
          decimals: indicator.decimals,
          isRank,
        })
      : null
  const previousYear = series.years[i - 1]
  const isAnnual = indicator.yearType !== 'edition'
  const sourceId = series.yearSources[i]
  return {
    indicator,
    year,
    value,
    flag,
    missingReason: value === null ? (flag ? FLAG_LABELS[flag] : 'no figure published') : null,
    england: series.england[i] ?? null,
    neighbours,
    changeSincePrevious: previousYear === undefined ? null : change(previousYear),
    changeOverFive: isAnnual ? change(year - 5) : null,
    source: input.sources.find((s) => s.id === sourceId) ?? null,
    computed: series.yearProvenance[i] === 'computed',
  }
}
