import type { Flag } from '../schema/flags'
import type { Series } from '../schema/series'
import type { YearType } from '../schema/yearPeriods'
import { existedIn, yearsExisted, type Lifetime } from './lifetimes'

/** An authority's figure for one year: the value and, when it is null or caveated, the flag. */
export interface Figure {
  value: number | null
  flag: Flag | null
}

const NO_FIGURE: Figure = { value: null, flag: null }

/** The figure of an area in a series for a year ({ null, null } when the series has no such area or year). */
export function valueAt(series: Series, areaCode: string, year: number): Figure {
  const i = series.years.indexOf(year)
  if (i < 0) return NO_FIGURE
  return { value: series.values[areaCode]?.[i] ?? null, flag: series.flags?.[areaCode]?.[i] ?? null }
}

/** Whether an authority has a figure for the year, or a flag saying why not (suppressed, not applicable, …). */
export function hasFigureIn(series: Series, year: number): (areaCode: string) => boolean {
  return (areaCode) => {
    const { value, flag } = valueAt(series, areaCode, year)
    return value !== null || flag !== null
  }
}

/** England's published figure for a year (not a mean of authorities); null when it has none. */
export function englandAt(series: Series, year: number): number | null {
  const i = series.years.indexOf(year)
  return i < 0 ? null : (series.england[i] ?? null)
}

/** The years in which at least one authority has a figure: a year column of nothing but nulls is not offered. */
export function yearsWithFigures(series: Series): number[] {
  return series.years.filter((_, i) => Object.values(series.values).some((v) => v[i] !== null && v[i] !== undefined))
}

/** The year a view shows: the one asked for if it has figures, else the latest that has; null when none has. */
export function chooseYear(yearsWithData: readonly number[], wanted: number | null): number | null {
  return wanted !== null && yearsWithData.includes(wanted) ? wanted : (yearsWithData.at(-1) ?? null)
}

/**
 * The year a view of one authority shows: the one its link asks for if it has figures; else the latest with figures in
 * which the authority existed, so a former council (Poole) opens on its last year, not on a year after it was
 * abolished. Without an authority, or if it existed in none of them, the latest with figures; null if there are none.
 */
export function chooseYearFor(
  area: Lifetime | null,
  yearsWithData: readonly number[],
  wanted: number | null,
  yearType: YearType,
): number | null {
  const own = area ? yearsExisted(area, yearsWithData, yearType) : []
  return chooseYear(yearsWithData, wanted ?? own.at(-1) ?? null)
}

/** The latest of `years` at or before `year`, else the earliest (so editions and lagged data line up); null if none. */
export function pickYearAtOrBefore(years: readonly number[], year: number): number | null {
  const before = years.filter((y) => y <= year)
  return before.at(-1) ?? years[0] ?? null
}

/**
 * An authority's values aligned with `series.years`, null in the years it did not exist (a file may carry figures for
 * an authority before areas.json starts it; nothing is shown for a year an authority did not exist), and their flags.
 */
export function lifetimeLine(
  series: Series,
  area: Lifetime & { code: string },
  yearType: YearType,
): { values: (number | null)[]; flags: (Flag | null)[] } {
  const values = series.values[area.code]
  const flags = series.flags?.[area.code]
  const alive = series.years.map((y) => existedIn(area, y, yearType))
  return {
    values: alive.map((ok, i) => (ok ? (values?.[i] ?? null) : null)),
    flags: alive.map((ok, i) => (ok ? (flags?.[i] ?? null) : null)),
  }
}
