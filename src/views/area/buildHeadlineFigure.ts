import { FLAG_LABELS, type Flag } from '../../schema/flags'
import type { Indicator } from '../../schema/indicators'
import type { ManifestSource } from '../../schema/manifest'
import { isComputedFigure, type Series } from '../../schema/series'
import { describeChange } from '../../stats/describeChange'
import { type GroupSummary } from '../../stats/groupSummary'
import type { Area } from '../../schema/areas'
import { existedIn, yearsExisted, type Lifetime } from '../../model/lifetimes'
import { bandWithinEngland, type EnglandQuartileBand } from '../../model/quartileBands'
import { rankWithinEngland, type EnglandRank } from '../../model/ranks'
import { valueAt } from '../../model/series'
import { summariseMembersAt } from '../../model/summaries'
import type { YearType } from '../../schema/yearPeriods'

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
  /**
   * Rank among English authorities with a figure that year, polarity-aware as in DfE's LAIT; null
   * for counts and ranks (a count ranks size, not the service) and when the authority has no rank.
   */
  englandRank: EnglandRank | null
  /** Quartile band among English authorities as LAIT computes it (see src/model/quartileBands); null as englandRank. */
  englandBand: EnglandQuartileBand | null
  /** Publication the year's figures come from (manifest source), and whether the ETL computed them. */
  source: ManifestSource | null
  computed: boolean
}

/** The latest year of the series in which the area existed (an abolished one stops at its last); null if none. */
export function headlineYear(series: Series, area: Lifetime, yearType: YearType): number | null {
  return yearsExisted(area, series.years, yearType).at(-1) ?? null
}

/** Builds a headline figure for an area; neighbourCodes are the DfE statistical neighbours, closest first. */
export function buildHeadlineFigure(input: {
  indicator: Indicator
  series: Series
  area: Lifetime & { code: string }
  neighbourCodes: readonly string[]
  sources: readonly ManifestSource[]
  /** Every authority in the catalogue, to rank among. */
  areas: readonly Area[]
}): HeadlineFigure | null {
  const { indicator, series, area, neighbourCodes } = input
  const areaCode = area.code
  const year = headlineYear(series, area, indicator.yearType)
  if (year === null) return null
  const i = series.years.indexOf(year)
  const { value, flag } = valueAt(series, areaCode, year)
  const neighbours = summariseMembersAt({ series }, neighbourCodes, year, 'mean')
  const change = (fromYear: number) =>
    series.years.includes(fromYear) && existedIn(area, fromYear, indicator.yearType)
      ? describeChange({
          from: valueAt(series, areaCode, fromYear).value,
          to: value,
          fromYear,
          toYear: year,
          decimals: indicator.decimals,
          // A rank moves towards one end or the other rather than up or down; the catalogue words the ends.
          ...(indicator.unit === 'rank' && {
            rankEnds: indicator.rankEnds ?? { first: 'rank 1', last: 'the last place' },
          }),
        })
      : null
  const previousYear = series.years[i - 1]
  const isAnnual = indicator.yearType !== 'edition'
  const sourceId = series.yearSources[i]
  const ranked = indicator.unit !== 'count' && indicator.unit !== 'rank'
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
    englandRank: ranked ? rankWithinEngland(series, year, areaCode, input.areas, indicator) : null,
    englandBand: ranked ? bandWithinEngland(series, year, areaCode, input.areas, indicator) : null,
    source: input.sources.find((s) => s.id === sourceId) ?? null,
    computed: isComputedFigure(series, areaCode, i),
  }
}
