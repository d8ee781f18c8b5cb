import type { Area } from '../schema/areas'
import { existedThroughout, type YearType } from '../schema/yearPeriods'

/** The part of an authority that says when it reported: areas.json `firstYear` and `lastYear`. */
export type Lifetime = Pick<Area, 'firstYear' | 'lastYear'>

/**
 * Whether an authority existed for what a figure of `year` describes under the indicator's year type: on the day for a
 * figure at a date (Bournemouth, Christchurch and Poole at 30 September 2019: yes; at 31 March 2019: no), throughout
 * it for a year or a period. Former authorities stop at `lastYear`, ones created by a reorganisation start at
 * `firstYear` (reporting years ending 31 March). Nothing is shown for a year an authority did not exist.
 */
export function existedIn(area: Lifetime, year: number, yearType: YearType): boolean {
  return existedThroughout(area, yearType, year)
}

/** Whether an authority existed at any point from `from` to `to` (inclusive). */
export function existedDuring(area: Lifetime, from: number, to: number): boolean {
  return (area.firstYear ?? -Infinity) <= to && (area.lastYear ?? Infinity) >= from
}

/** The years, of those given, in which the authority existed under the year type (order kept). */
export function yearsExisted(area: Lifetime, years: readonly number[], yearType: YearType): number[] {
  return years.filter((y) => existedIn(area, y, yearType))
}

/** The last year a chart of the authority runs to: its last reporting year if it was abolished first, else `latest`. */
export function lastYearShown(area: Lifetime, latest: number): number {
  return area.lastYear !== undefined && area.lastYear < latest ? area.lastYear : latest
}

/** Former authorities grouped with the authorities that replaced them (one group per reorganisation). */
export function reorganisationGroups(
  areasByCode: ReadonlyMap<string, Area>,
): { formers: string[]; successors: string[] }[] {
  const groups: { formers: Set<string>; successors: Set<string> }[] = []
  for (const area of areasByCode.values()) {
    if (area.status !== 'former' || !area.successors?.length) continue
    const existing = groups.find((g) => area.successors?.some((s) => g.successors.has(s)))
    const group = existing ?? { formers: new Set<string>(), successors: new Set<string>() }
    group.formers.add(area.code)
    for (const s of area.successors) group.successors.add(s)
    if (!existing) groups.push(group)
  }
  return groups.map((g) => ({ formers: [...g.formers].sort(), successors: [...g.successors].sort() }))
}

/**
 * Where a reorganisation's generation in `chosen` (the one the reporting year says) has no figures at all but the
 * other generation has, swaps it for the other, in place: a series published on other boundaries (IoD2019, an edition
 * year, for Bournemouth, Christchurch and Poole) is read on the boundaries it has figures for.
 */
export function preferGenerationWithFigures(
  chosen: Set<string>,
  groups: readonly { formers: readonly string[]; successors: readonly string[] }[],
  hasFigure: (code: string) => boolean,
): void {
  for (const { formers, successors } of groups) {
    if (formers.length === 0 || successors.length === 0) continue
    const [shown, other] = formers.some((c) => chosen.has(c)) ? [formers, successors] : [successors, formers]
    if (!shown.some((c) => chosen.has(c))) continue
    if (!shown.some(hasFigure) && other.some(hasFigure)) {
      for (const c of shown) chosen.delete(c)
      for (const c of other) chosen.add(c)
    }
  }
}

/**
 * The authorities a year's figures are read across, for ranks and quartile bands: those that existed that year, or
 * for a reorganisation the generation that has figures (see preferGenerationWithFigures). The England map draws the
 * same authorities, so its table and the profile agree.
 */
export function authoritiesOfYear(
  areas: readonly Area[],
  year: number,
  yearType: YearType,
  hasFigure: (code: string) => boolean,
): Area[] {
  const chosen = new Set(areas.filter((a) => existedIn(a, year, yearType)).map((a) => a.code))
  preferGenerationWithFigures(chosen, reorganisationGroups(new Map(areas.map((a) => [a.code, a]))), hasFigure)
  return areas.filter((a) => chosen.has(a.code))
}

/** Authorities by code, with the questions every view asks of them. */
export interface AreaIndex {
  get: (code: string) => Area | undefined
  /** The authority's name, or the code itself when areas.json does not know it. */
  nameOf: (code: string) => string
  /** Whether the authority with this code existed in the year (under the year type); false for an unknown code. */
  existedIn: (code: string, year: number, yearType: YearType) => boolean
}

export function buildAreaIndex(areas: readonly Area[]): AreaIndex {
  const byCode = new Map(areas.map((a) => [a.code, a]))
  return {
    get: (code) => byCode.get(code),
    nameOf: (code) => byCode.get(code)?.name ?? code,
    existedIn: (code, year, yearType) => {
      const area = byCode.get(code)
      return area !== undefined && existedIn(area, year, yearType)
    },
  }
}
