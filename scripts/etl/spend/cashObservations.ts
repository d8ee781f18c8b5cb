import type { Flag } from '../../../src/schema/flags'
import type { SourceLocation } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { ENGLAND_CODE, type Observation, type SourceReport } from '../types'
import { cashIndicatorId, SPEND_CATEGORIES, type SpendPart } from './categories'
import type { HighlightsRow } from './parseHighlights'
import type { A1LaSpend, A1Year } from './parseA1'

export const A1_SOURCE = 's251-a1'
export const HIGHLIGHTS_SOURCE = 's251-highlights'
/** The highlights summary v1.2 of "LA and school expenditure 2019-20" (spring 2021; day approximate). */
export const HIGHLIGHTS_RELEASE = 20210325

function observation(
  part: SpendPart,
  areaCode: string,
  year: number,
  value: number | null,
  flag: Flag | null,
  source: { sourceId: string; release: number },
  provenance: Observation['provenance'],
  origin: SourceLocation,
): Observation {
  return {
    indicatorId: cashIndicatorId(part),
    areaCode,
    year,
    value: value === null ? null : Math.round(value),
    flag: value === null ? (flag ?? 'x') : null,
    sourceId: source.sourceId,
    release: source.release,
    provenance,
    origin,
  }
}

/**
 * Whether an authority made no return: every line of its Table A1 block is 0, total included (Stockton-on-Tees in FY
 * 2009-10). Spending nothing on children's services is impossible, so these zeros are a missing return, not £0.
 */
export function isMissingReturn(la: Pick<A1LaSpend, 'total' | 'categories'>): boolean {
  return la.total === 0 && Object.values(la.categories).every((v) => v === 0)
}

/**
 * Cash observations from one year of Table A1: each authority's published total (excluding CERA) and its category
 * sums, and England as the sum of the authorities (the workbooks have no England line). `extra` adds categories the
 * year's A1 lacks (FY 2009-10 services for young people from Table A); a category in neither is a gap flagged 'x'.
 * An authority that made no return (isMissingReturn) has every figure null with flag 'x', and England's sums, which
 * lack it, carry the flag 'incomplete'.
 */
export function buildA1Observations(
  a1: A1Year,
  release: number,
  areas: AreaRegistry,
  extra: Partial<Record<SpendPart, Map<number, number | null>>> = {},
): Observation[] {
  const source = { sourceId: A1_SOURCE, release }
  const out: Observation[] = []
  const england = new Map<SpendPart, number | null>()
  const addToEngland = (part: SpendPart, value: number | null) => {
    const sum = england.has(part) ? (england.get(part) ?? null) : 0
    england.set(part, sum === null || value === null ? null : sum + value)
  }
  const missing = a1.las.filter(isMissingReturn)
  for (const la of a1.las) {
    const areaCode = areas.requireLaNumber(la.laNumber, { file: a1.file, row: la.row, column: 'LA' }).code
    // The authority's block starts at la.row; its figures are in the amount column.
    const origin = { file: a1.file, row: la.row, column: a1.amountColumn }
    if (missing.includes(la)) {
      for (const part of ['cyp', ...SPEND_CATEGORIES] as const)
        out.push(
          observation(part, areaCode, a1.year, null, 'x', source, part === 'cyp' ? 'published' : 'computed', origin),
        )
      continue
    }
    out.push(observation('cyp', areaCode, a1.year, la.total, null, source, 'published', origin))
    addToEngland('cyp', la.total)
    for (const category of SPEND_CATEGORIES) {
      const fromA1 = la.categories[category]
      const fromExtra = extra[category]
      let value: number | null = null
      let flag: Flag | null = 'x'
      if (fromA1 !== undefined) value = fromA1
      else if (fromExtra) {
        value = fromExtra.get(la.laNumber) ?? null
        flag = '-'
      }
      out.push(observation(category, areaCode, a1.year, value, flag, source, 'computed', origin))
      addToEngland(category, value)
    }
  }
  for (const [part, sum] of england) {
    const hasGap =
      part !== 'cyp' &&
      a1.las.every((la) => la.categories[part as keyof typeof la.categories] === undefined) &&
      !extra[part]
    const england = observation(part, ENGLAND_CODE, a1.year, sum, hasGap ? 'x' : '-', source, 'computed', {
      file: a1.file,
      column: a1.amountColumn,
    })
    out.push(missing.length && england.value !== null ? { ...england, flag: 'incomplete' } : england)
  }
  return out
}

/**
 * Highlights summary observations (CYP total only). Where Table A1 has the same authority and year and agrees within
 * the summary's rounding (one unit of its last digit: 6 significant figures of £ million), the summary adds nothing and the unrounded A1 figure is
 * kept; a figure that differs by more is a revision and is kept, so that it wins as the later publication.
 */
export function buildHighlightsObservations(
  rows: readonly HighlightsRow[],
  a1Totals: ReadonlyMap<string, number>,
  areas: AreaRegistry,
  report: SourceReport,
  file: string,
): Observation[] {
  const source = { sourceId: HIGHLIGHTS_SOURCE, release: HIGHLIGHTS_RELEASE }
  const out: Observation[] = []
  let agreed = 0
  const revised: string[] = []
  for (const row of rows) {
    report.rowsRead += 1
    let areaCode: string
    if (row.level === 'National') areaCode = ENGLAND_CODE
    else if (row.level === 'Regional') areaCode = row.regionCode
    else areaCode = areas.requireLaNumber(row.laNumber ?? -1, { file, row: row.row, column: 'old_la_code' }).code
    const a1 = a1Totals.get(`${areaCode}|${row.year}`)
    if (row.level === 'Local authority' && a1 !== undefined && row.value !== null) {
      // Within one unit of the last published digit: about 20 summary figures are 1 unit off a plain rounding of the
      // A1 total (a few pounds apart before rounding), which is noise, not a revision.
      if (Math.abs(a1 - row.value) <= 2 * row.halfUnit) {
        agreed += 1
        report.dropped['same as Table A1 within rounding (unrounded A1 kept)'] =
          (report.dropped['same as Table A1 within rounding (unrounded A1 kept)'] ?? 0) + 1
        continue
      }
      revised.push(`${areaCode} ${row.year}: A1 ${Math.round(a1)}, highlights ${row.value}`)
    }
    report.rowsKept += 1
    out.push(
      observation('cyp', areaCode, row.year, row.value, row.flag, source, 'published', {
        file,
        row: row.row,
        column: 'cyps_spend',
      }),
    )
  }
  report.notes.push(
    `highlights vs Table A1 (FY 2014-15 to 2018-19): ${agreed} authority totals agree within rounding; ${revised.length} differ (highlights kept as the later publication)${revised.length ? ': ' + revised.slice(0, 8).join('; ') : ''}`,
  )
  return out
}
