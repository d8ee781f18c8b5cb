import type { Area } from '../schema/areas'

/** The part of an authority that says when it reported: areas.json `firstYear` and `lastYear`. */
export type Lifetime = Pick<Area, 'firstYear' | 'lastYear'>

/**
 * Whether an authority existed (reported) in a year ending 31 March: former authorities stop at `lastYear`, ones
 * created by a reorganisation start at `firstYear`. Nothing is shown for a year an authority did not exist.
 */
export function existedIn(area: Lifetime, year: number): boolean {
  return (
    (area.firstYear === undefined || area.firstYear <= year) && (area.lastYear === undefined || area.lastYear >= year)
  )
}

/** Whether an authority existed at any point from `from` to `to` (inclusive). */
export function existedDuring(area: Lifetime, from: number, to: number): boolean {
  return (area.firstYear ?? -Infinity) <= to && (area.lastYear ?? Infinity) >= from
}

/** The years, of those given, in which the authority existed (order kept). */
export function yearsExisted(area: Lifetime, years: readonly number[]): number[] {
  return years.filter((y) => existedIn(area, y))
}

/** The last year a chart of the authority runs to: its last reporting year if it was abolished first, else `latest`. */
export function lastYearShown(area: Lifetime, latest: number): number {
  return area.lastYear !== undefined && area.lastYear < latest ? area.lastYear : latest
}

/** Authorities by code, with the questions every view asks of them. */
export interface AreaIndex {
  get: (code: string) => Area | undefined
  /** The authority's name, or the code itself when areas.json does not know it. */
  nameOf: (code: string) => string
  /** Whether the authority with this code existed in the year; false for a code areas.json does not know. */
  existedIn: (code: string, year: number) => boolean
}

export function buildAreaIndex(areas: readonly Area[]): AreaIndex {
  const byCode = new Map(areas.map((a) => [a.code, a]))
  return {
    get: (code) => byCode.get(code),
    nameOf: (code) => byCode.get(code)?.name ?? code,
    existedIn: (code, year) => {
      const area = byCode.get(code)
      return area !== undefined && existedIn(area, year)
    },
  }
}
