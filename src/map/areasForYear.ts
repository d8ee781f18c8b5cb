import { existedIn, preferGenerationWithFigures, reorganisationGroups } from '../model/lifetimes'
import type { Area } from '../schema/areas'
import type { YearType } from '../schema/yearPeriods'

/** The part of a boundary feature's properties that says when it applies. */
export interface BoundaryProperties {
  code: string
  name: string
  /** First reporting year the polygon applies to; absent = from the start. */
  firstYear?: number | undefined
  /** Last reporting year the polygon applies to; absent = still current. */
  lastYear?: number | undefined
}

/**
 * Whether a polygon applies to a figure of `year` under the year type: its own years first, else the authority's years
 * in areas.json.
 */
export function isBoundaryInYear(
  props: BoundaryProperties,
  year: number,
  area: Area | undefined,
  yearType: YearType,
): boolean {
  const firstYear = props.firstYear ?? area?.firstYear
  const lastYear = props.lastYear ?? area?.lastYear
  return existedIn(
    { ...(firstYear !== undefined && { firstYear }), ...(lastYear !== undefined && { lastYear }) },
    year,
    yearType,
  )
}

/**
 * The boundaries to draw for a year: current and former authorities overlap, so for each reorganisation only one
 * generation is drawn. By default that is the one the reporting year says (former authorities up to their lastYear,
 * successors from their firstYear). When that generation has no figures at all but the other generation has
 * (a series on a different geography, e.g. IMD 2019 published for Bournemouth, Christchurch and Poole), the
 * generation with figures is drawn instead, so a map never shows grey where the data exist.
 */
export function selectBoundariesForYear<P extends BoundaryProperties>(
  boundaries: readonly P[],
  year: number,
  areasByCode: ReadonlyMap<string, Area>,
  hasFigure: (areaCode: string) => boolean = () => false,
  yearType: YearType = '31 March',
): P[] {
  const byCode = new Map(boundaries.map((b) => [b.code, b]))
  const drawn = new Set(
    boundaries.filter((b) => isBoundaryInYear(b, year, areasByCode.get(b.code), yearType)).map((b) => b.code),
  )
  const groups = reorganisationGroups(areasByCode).map((g) => ({
    formers: g.formers.filter((c) => byCode.has(c)),
    successors: g.successors.filter((c) => byCode.has(c)),
  }))
  preferGenerationWithFigures(drawn, groups, hasFigure)
  return boundaries.filter((b) => drawn.has(b.code))
}

/**
 * Maps a boundary's code to the code its series is kept under: a recoded authority (Buckinghamshire E10000002,
 * North Yorkshire E10000023, …) keeps one series under its current code, listed in areas.json `formerCodes`.
 */
export function buildSeriesCodeLookup(areas: Iterable<Area>): (boundaryCode: string) => string {
  const current = new Map<string, string>()
  for (const a of areas) for (const f of [...(a.formerCodes ?? []), ...(a.laterCodes ?? [])]) current.set(f, a.code)
  return (code) => current.get(code) ?? code
}
