import { buildAdjustedTrend, buildAdjustmentInputs, isUnusualForDeprivation, pickEdition } from '../model/deprivation'
import { lastYearShown } from '../model/lifetimes'
import { rankOrderOf, ranksHighestFirst } from '../model/ranks'
import { chooseYearFor, valueAt, yearsWithFigures } from '../model/series'
import type { Area } from '../schema/areas'
import { FLAG_LABELS } from '../schema/flags'
import type { Indicator } from '../schema/indicators'
import type { Series } from '../schema/series'
import { summariseGroup } from '../stats/groupSummary'
import { adjustForDeprivation } from '../stats/deprivationAdjustment'
import { rankValues } from '../stats/ranks'
import type { AdjustedPositionFacts, AdjustedTrendFacts, FigureFacts } from './sentences'

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

/** Figures that depend on an authority's size or are orderings, for which "expected from its deprivation" is no measure. */
const NOT_ADJUSTED_UNITS: ReadonlySet<Indicator['unit']> = new Set(['count', 'number', 'rank'])

/**
 * The /deprivation verdict on one authority's figure for a year: what its deprivation predicts and the range of 19 in
 * 20 authorities as deprived, from that year's fit on the edition in force (model/deprivation, as the view runs it).
 * Null for counts and ranks, for the deprivation measures themselves, and where no fit can be made. Pure.
 */
export function buildDeprivationFacts(input: {
  indicator: Indicator
  series: Series
  measure: Indicator
  deprivation: Series
  areas: readonly Area[]
  areaCode: string
  year: number
}): FigureFacts['deprivation'] {
  const { indicator, measure } = input
  const roles = indicator.roles ?? {}
  if (NOT_ADJUSTED_UNITS.has(indicator.unit) || roles.deprivationMeasure || roles.deprivationHeadline) return null
  const fit = fitOnEditionInForce(input.series, input.deprivation, input.year, input.areas, indicator.yearType)
  const own = fit?.adjustment.values.find((v) => v.areaCode === input.areaCode)
  if (!fit || !own) return null
  return {
    expected: own.expected,
    lower: own.lower,
    upper: own.upper,
    unusual: isUnusualForDeprivation(own),
    measure: `${measure.shortLabel}, IoD${fit.edition}`,
  }
}

/** A year's fit of a figure on deprivation, on the IoD edition in force that year, as /deprivation fits it. Pure. */
function fitOnEditionInForce(
  series: Series,
  deprivation: Series,
  year: number,
  areas: readonly Area[],
  yearType: Indicator['yearType'],
) {
  const picked = pickEdition(deprivation.years, year)
  if (!picked) return null
  const adjustment = adjustForDeprivation(
    buildAdjustmentInputs(series, deprivation, year, picked.edition, areas, yearType),
  )
  return adjustment ? { edition: picked.edition, adjustment } : null
}

/** What /deprivation works its adjusted figures out from, for one authority: the figure, its measure of deprivation. */
interface AdjustedFactsInput {
  indicator: Indicator
  series: Series
  measure: Indicator
  deprivation: Series
  areas: readonly Area[]
  areaCode: string
  areaName: string
}

/**
 * What /deprivation's ranking adjusted for deprivation shows for one authority, worked out as the view works it out:
 * the year asked for if it has figures (else the latest, or a former authority's last), that year's fit on the edition in force, the authority's
 * adjusted value and its 95% range, and its rank by adjusted value among its DfE statistical neighbours (May 2025
 * list) or among all authorities. Null where the view draws no ranking. Pure.
 */
export function buildAdjustedPositionFacts(
  input: AdjustedFactsInput & {
    /** The view's DfE statistical neighbours (the May 2025 list), as its ranking takes them. */
    neighbourCodes: readonly string[]
    scope: 'neighbours' | 'all'
    /** The year the view was asked for (null: the latest). */
    year: number | null
  },
): AdjustedPositionFacts | null {
  const { indicator, series, areaCode } = input
  const area = input.areas.find((a) => a.code === areaCode) ?? null
  const year = chooseYearFor(area, yearsWithFigures(series), input.year, indicator.yearType)
  const fit =
    year === null ? null : fitOnEditionInForce(series, input.deprivation, year, input.areas, indicator.yearType)
  if (year === null || !fit) return null
  const shown = fit.adjustment.values.filter(
    (v) => input.scope === 'all' || v.areaCode === areaCode || input.neighbourCodes.includes(v.areaCode),
  )
  const ranks = rankValues(
    shown.map((v) => v.adjusted),
    rankOrderOf(indicator.polarity),
  )
  const own = shown.findIndex((v) => v.areaCode === areaCode)
  const ownValue = shown[own]
  const rank = ranks[own] ?? null
  const published = valueAt(series, areaCode, year)
  return {
    areaName: input.areaName,
    indicator,
    year,
    measure: `${input.measure.shortLabel}, IoD${fit.edition}`,
    scope: input.scope,
    adjusted:
      ownValue && rank !== null
        ? {
            value: ownValue.adjusted,
            lower: ownValue.adjustedLower,
            upper: ownValue.adjustedUpper,
            published: ownValue.value,
            expected: ownValue.expected,
            rank: { rank, of: ranks.filter((r) => r !== null).length },
          }
        : null,
    missingReason: ownValue
      ? null
      : published.value === null
        ? published.flag
          ? FLAG_LABELS[published.flag]
          : 'not published'
        : 'no deprivation score',
    highestFirst: ranksHighestFirst(indicator.polarity),
  }
}

/**
 * What /deprivation's trend adjusted for deprivation shows for one authority, worked out as the view works it out
 * (buildAdjustedTrend: each year its own fit on the edition in force, the chart running from the first year to the
 * authority's last): its latest adjusted figure with its 95% range, and its earliest one on the chart for comparison.
 * Null where the chart has no adjusted figure (the view then draws no chart). Pure.
 */
export function buildAdjustedTrendFacts(input: AdjustedFactsInput): AdjustedTrendFacts | null {
  const { indicator, areaCode } = input
  const area = input.areas.find((a) => a.code === areaCode)
  const trend = buildAdjustedTrend(input.series, input.deprivation, input.areas, areaCode, indicator.yearType)
  const first = trend[0]
  const last = trend.at(-1)
  if (!area || !first || !last) return null
  const lastShown = lastYearShown(area, last.year)
  const points = trend.flatMap((t) =>
    t.year <= lastShown &&
    t.adjusted !== null &&
    t.adjustedLower !== null &&
    t.adjustedUpper !== null &&
    t.value !== null
      ? [
          {
            year: t.year,
            edition: t.edition,
            adjusted: t.adjusted,
            lower: t.adjustedLower,
            upper: t.adjustedUpper,
            published: t.value,
          },
        ]
      : [],
  )
  const latest = points.at(-1)
  const earliest = points[0]
  if (!latest || !earliest) return null
  return {
    areaName: input.areaName,
    indicator,
    measure: input.measure.shortLabel,
    firstYearShown: first.year,
    latest,
    earliest: earliest === latest ? null : earliest,
  }
}
