import type { Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'
import type { Series } from '../schema/series'
import {
  adjustForDeprivation,
  type AdjustedValue,
  type AdjustmentInput,
  type DeprivationAdjustment,
} from '../stats/deprivationAdjustment'
import type { FunnelPosition } from '../stats/funnel'
import { areasForAverages } from './averageMembers'
import { existedIn } from './lifetimes'
import { indicatorsWithRole } from './indicators'
import { valueAt } from './series'
import type { YearType } from '../schema/yearPeriods'

/** The deprivation measures offered on /deprivation's x axis (the catalogue's deprivationMeasure role), in order. */
export function deprivationMeasures(indicators: readonly Indicator[]): Indicator[] {
  return indicatorsWithRole(indicators, 'deprivationMeasure')
}

/** The measure to plot against: the one asked for if it is a deprivation measure, else the first; null if none. */
export function resolveMeasure(indicators: readonly Indicator[], wanted: string | null): Indicator | null {
  const measures = deprivationMeasures(indicators)
  return measures.find((m) => m.id === wanted) ?? measures[0] ?? null
}

/**
 * The IMD edition to pair with a year: the latest at or before it (IMD 2015 for 2015 to 2018, IMD 2019 for 2019 to
 * 2024, IMD 2025 from 2025); before the first edition, the first, and the note says so.
 */
export function pickEdition(editions: readonly number[], year: number): { edition: number; note: string } | null {
  const before = editions.filter((e) => e <= year)
  const edition = before.at(-1) ?? editions[0]
  if (edition === undefined) return null
  return {
    edition,
    note:
      edition <= year
        ? `Deprivation: the English Indices of Deprivation ${edition} (IoD${edition}), the edition in force for ${year}.`
        : `Deprivation: the ${edition} edition (no edition was published by ${year}; this is the earliest).`,
  }
}

/**
 * Each authority's value and deprivation score for authorities that existed that year, City of London and Isles of
 * Scilly left out (docs/architecture.md, "Authorities and geography"). An authority lacking one of the two stays in (the charts list it as missing).
 */
export function buildAdjustmentInputs(
  series: Series,
  deprivation: Series,
  year: number,
  edition: number,
  areas: readonly Area[],
  yearType: YearType,
): AdjustmentInput[] {
  return areasForAverages(areas, year, yearType)
    .map((a) => ({
      areaCode: a.code,
      value: valueAt(series, a.code, year).value,
      deprivation: valueAt(deprivation, a.code, edition).value,
    }))
    .filter((i) => i.value !== null || i.deprivation !== null)
}

/** One year of an authority's adjusted trend. */
export interface AdjustedYear {
  year: number
  edition: number
  value: number | null
  expected: number | null
  adjusted: number | null
  /** The adjusted value's 95% range: where it would lie if the value sat at either end of its prediction interval. */
  adjustedLower: number | null
  adjustedUpper: number | null
  /** The year's curve at average deprivation, the level adjusted figures are relative to. */
  reference: number | null
}

/**
 * Runs the deprivation adjustment year by year (each year its own regression) and picks out one authority, over the
 * years it existed: an abolished council's trend stops at its last year, a new one's starts at its first.
 */
export function buildAdjustedTrend(
  series: Series,
  deprivation: Series,
  areas: readonly Area[],
  areaCode: string,
  yearType: YearType,
): AdjustedYear[] {
  const lifetime = areas.find((a) => a.code === areaCode)
  return series.years.flatMap((year) => {
    if (lifetime && !existedIn(lifetime, year, yearType)) return []
    const picked = pickEdition(deprivation.years, year)
    if (!picked) return []
    const adjustment = adjustForDeprivation(
      buildAdjustmentInputs(series, deprivation, year, picked.edition, areas, yearType),
    )
    const own = adjustment?.values.find((v) => v.areaCode === areaCode)
    return [
      {
        year,
        edition: picked.edition,
        value: valueAt(series, areaCode, year).value,
        expected: own?.expected ?? null,
        adjusted: own?.adjusted ?? null,
        adjustedLower: own?.adjustedLower ?? null,
        adjustedUpper: own?.adjustedUpper ?? null,
        reference: adjustment?.reference ?? null,
      },
    ]
  })
}

/** Whether an authority's figure lies inside the 95% range for authorities as deprived. */
export function isUnusualForDeprivation(own: AdjustedValue): boolean {
  return own.value < own.lower || own.value > own.upper
}

/** Plain English for an authority's figure against the one expected from its deprivation. */
export function describeAgainstExpected(
  name: string,
  adjustment: DeprivationAdjustment,
  areaCode: string,
  format: (value: number) => string,
): string | null {
  const own = adjustment.values.find((v) => v.areaCode === areaCode)
  if (!own) return null
  const percent = Math.round(Math.abs(own.ratio - 1) * 100)
  const direction = own.ratio >= 1 ? 'higher' : 'lower'
  const gap = percent === 0 ? 'about the same as expected' : `${percent}% ${direction} than expected`
  const range = `${format(own.lower)} to ${format(own.upper)}`
  return (
    `Given its deprivation, ${name} would be expected to have about ${format(own.expected)}; its figure is ` +
    `${format(own.value)}, ${gap}. ` +
    (isUnusualForDeprivation(own)
      ? `That is outside the range of 19 in 20 authorities as deprived (${range}), so it is unusually ${own.ratio >= 1 ? 'high' : 'low'} for its deprivation.`
      : `That is inside the range of 19 in 20 authorities as deprived (${range}), so it is not unusual for its deprivation.`)
  )
}

/**
 * The deprivation range and the funnel answer different questions, and can disagree for a deprived authority: say
 * both answers side by side and why, so a reader does not take one for a contradiction of the other.
 */
export function describeBothComparisons(
  name: string,
  own: AdjustedValue,
  funnel: FunnelPosition,
  englandRate: string,
): string {
  const unusual = isUnusualForDeprivation(own)
  const againstDeprivation = unusual
    ? `unusually ${own.ratio >= 1 ? 'high' : 'low'} for an authority as deprived`
    : 'not unusual for an authority as deprived'
  const outsideFunnel = funnel !== 'within'
  const limit = funnel.endsWith('99.8%') ? '99.8%' : '95%'
  const againstEngland = outsideFunnel
    ? `${funnel.startsWith('above') ? 'higher' : 'lower'} than England's ${englandRate} by more than chance and the usual differences between councils would explain (outside the ${limit} funnel limits)`
    : `within the range expected around England's ${englandRate} (inside the 95% funnel limits)`
  return (
    `${name} is ${againstDeprivation}, and ${againstEngland}. ` +
    (unusual === outsideFunnel && (!unusual || own.ratio >= 1 === funnel.startsWith('above'))
      ? 'The two comparisons agree.'
      : `These answer different questions: the first compares ${name} with authorities as deprived as it is; the funnel compares it with England as a whole and takes no account of deprivation, so a deprived authority can stand out against England yet be typical for its deprivation (and a less deprived one the reverse).`)
  )
}
