import type { Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'
import type { Series } from '../schema/series'
import { adjustForDeprivation, type AdjustmentInput, type DeprivationAdjustment } from '../stats/deprivationAdjustment'
import { areasForAverages } from './averageMembers'
import { indicatorsWithRole } from './indicators'
import { valueAt } from './series'

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
 * The IMD edition to pair with a year: the latest published at or before it (IMD 2019 for 2019 to 2025, IMD 2015
 * for 2015 to 2018); before the first edition, the first, and the note says so.
 */
export function pickEdition(editions: readonly number[], year: number): { edition: number; note: string } | null {
  const before = editions.filter((e) => e <= year)
  const edition = before.at(-1) ?? editions[0]
  if (edition === undefined) return null
  return {
    edition,
    note:
      edition <= year
        ? `Deprivation: the ${edition} edition, the latest published by ${year}.`
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
): AdjustmentInput[] {
  return areasForAverages(areas, year)
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
  meanOfAreas: number | null
}

/** Runs the deprivation adjustment year by year (each year its own regression) and picks out one authority. */
export function buildAdjustedTrend(
  series: Series,
  deprivation: Series,
  areas: readonly Area[],
  areaCode: string,
): AdjustedYear[] {
  return series.years.flatMap((year) => {
    const picked = pickEdition(deprivation.years, year)
    if (!picked) return []
    const adjustment = adjustForDeprivation(buildAdjustmentInputs(series, deprivation, year, picked.edition, areas))
    const own = adjustment?.values.find((v) => v.areaCode === areaCode)
    return [
      {
        year,
        edition: picked.edition,
        value: valueAt(series, areaCode, year).value,
        expected: own?.expected ?? null,
        adjusted: own?.adjusted ?? null,
        adjustedLower: own && adjustment ? adjustment.meanOfAreas + own.value - own.upper : null,
        adjustedUpper: own && adjustment ? adjustment.meanOfAreas + own.value - own.lower : null,
        meanOfAreas: adjustment?.meanOfAreas ?? null,
      },
    ]
  })
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
  const gap = format(Math.abs(own.residual))
  const direction = own.residual >= 0 ? 'higher' : 'lower'
  const inside = own.value >= own.lower && own.value <= own.upper
  return (
    `Given its deprivation, ${name} would be expected to have about ${format(own.expected)}; its figure is ` +
    `${format(own.value)}, ${gap} ${direction} than expected. ` +
    (inside
      ? `That is inside the range of 19 in 20 authorities as deprived (${format(own.lower)} to ${format(own.upper)}), so it is not unusual for its deprivation.`
      : `That is outside the range of 19 in 20 authorities as deprived (${format(own.lower)} to ${format(own.upper)}), so it is unusually ${direction} for its deprivation.`)
  )
}
