import type { CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { emptyReport, type SourceReport } from '../types'
import { parseDfeOnsPopulation, parsePre2013Population, type PopulationEstimate } from './parse'

/**
 * The ONS 0-17 series DfE divided by. Which one a reporting year uses was established by reproducing DfE's published
 * CLA rates (LAIT, April 2026, and the EES 2022 and 2025 releases) from the published counts:
 * - 2010-2012: the `Mid<N-1>Pop0-17` columns of the CIN underlying data (rounded to 100 for mid-2009 and mid-2011).
 * - 2013-2018: the pre-Census-2021 ONS series (DfE copy shipped with the CIN 2022 release). LAIT 2016-2018 CLA rates
 *   reproduce for every authority and England with it, and for only about a third of authorities with the rebased one.
 * - 2019-2025: the ONS series rebased after Census 2021 (DfE copy shipped with the CIN 2025 release). LAIT 2019-2025
 *   and the CLA 2025 release (2021-2025) reproduce for every authority with it. The CLA 2022 release had used the
 *   older series for 2019-2021 (and an unbundled mid-2021 estimate for 2022); those rates were revised since.
 */
export const POPULATION_SERIES = {
  cinPre2013: {
    sourceId: 'cin-pre-2013',
    firstReportingYear: 2010,
    lastReportingYear: 2012,
    // The latest of the three CIN statistical releases (SFR27/2012, October 2012; day approximate).
    release: 20121025,
    label: '0-17 denominators in DfE CIN underlying data (ONS mid-2009 to mid-2011)',
  },
  onsPreCensus2021: {
    sourceId: 'population-0-17',
    file: 'population/dfe-ons-0-17/ons_mid-year_population_estimates.csv',
    firstReportingYear: 2013,
    lastReportingYear: 2018,
    // Shipped with the CIN 2022 release (27 October 2022).
    release: 20221027,
    label: 'ONS mid-year estimates mid-2012 to mid-2017, pre-Census-2021 series',
  },
  onsCensus2021Rebased: {
    sourceId: 'population-0-17',
    file: 'population/dfe-ons-0-17/ons_mid-year_population_estimates_2012_to_2024.csv',
    firstReportingYear: 2019,
    lastReportingYear: 2025,
    // Shipped with the CIN 2025 release (autumn 2025; day approximate).
    release: 20251030,
    label: 'ONS mid-year estimates mid-2018 to mid-2024, rebased after Census 2021',
  },
} as const
export type PopulationSeriesId = keyof typeof POPULATION_SERIES

/** The series DfE's most recent publication divided by for a reporting year, or undefined outside 2010-2025. */
export function denominatorSeriesFor(reportingYear: number): PopulationSeriesId | undefined {
  for (const [id, series] of Object.entries(POPULATION_SERIES)) {
    if (reportingYear >= series.firstReportingYear && reportingYear <= series.lastReportingYear)
      return id as PopulationSeriesId
  }
  return undefined
}

/** One denominator: the 0-17 estimate for mid-(reportingYear - 1) in the series DfE used for that reporting year. */
export interface Denominator {
  areaCode: string
  reportingYear: number
  value: number
  sourceId: string
  /** The series the value comes from: the one DfE used for the year, or the pre-Census-2021 fallback. */
  series: PopulationSeriesId
}

/** An area and reporting year whose denominator comes from the older series because the rebased one has none. */
export interface PopulationFallback {
  areaCode: string
  reportingYear: number
  value: number
}

export interface ChildPopulation {
  /**
   * The 0-17 population DfE divided by for a reporting year (year ending 31 March): the ONS estimate for
   * mid-(reportingYear - 1). For authority series codes, region codes (from 2013) and ENGLAND_CODE.
   */
  denominatorFor(areaCode: string, reportingYear: number): { value: number; sourceId: string } | undefined
  /** The estimate for a mid-year in a named series (e.g. to reproduce an older release that used another series). */
  estimateFor(areaCode: string, midYear: number, series: PopulationSeriesId): number | undefined
  /** Every denominator, sorted by area then year. */
  denominators(): Denominator[]
  /** The denominators taken from the pre-Census-2021 series for lack of a rebased estimate, sorted by area then year. */
  fallbacks: PopulationFallback[]
  reports: SourceReport[]
}

function indexEstimates(estimates: readonly PopulationEstimate[], file: string): Map<string, number> {
  const index = new Map<string, number>()
  for (const e of estimates) {
    const key = `${e.areaCode}|${e.midYear}`
    if (index.has(key))
      throw new SourceError(
        { file },
        `two estimates for ${e.areaCode} mid-${e.midYear} (two LA numbers on one series?)`,
      )
    index.set(key, e.value)
  }
  return index
}

/** The population files as read from the raw bundle: one table per pre-2013 CIN file (in file order), two ONS copies. */
export interface ChildPopulationTables {
  pre2013: readonly { table: CsvTable; midYear: number }[]
  onsPreCensus2021: CsvTable
  onsCensus2021Rebased: CsvTable
}

/** The three 0-17 series from their tables, indexed for the rate computations. */
export function buildChildPopulation(tables: ChildPopulationTables, areas: AreaRegistry): ChildPopulation {
  const preReport = emptyReport('cin-pre-2013')
  const onsReport = emptyReport('population-0-17')
  const pre2013 = indexEstimates(
    tables.pre2013.flatMap(({ table, midYear }) => parsePre2013Population(table, midYear, areas, preReport)),
    'cin/pre-2013',
  )
  const { onsPreCensus2021: older, onsCensus2021Rebased: rebased } = tables
  const bySeries: Record<PopulationSeriesId, Map<string, number>> = {
    cinPre2013: pre2013,
    onsPreCensus2021: indexEstimates(parseDfeOnsPopulation(older, areas, onsReport), older.file),
    onsCensus2021Rebased: indexEstimates(parseDfeOnsPopulation(rebased, areas, onsReport), rebased.file),
  }

  const estimateFor = (areaCode: string, midYear: number, series: PopulationSeriesId) =>
    bySeries[series].get(`${areaCode}|${midYear}`)

  const fallbacks = findRebasedFallbacks(bySeries)
  const fallbackIndex = new Map(fallbacks.map((f) => [`${f.areaCode}|${f.reportingYear}`, f.value]))

  const denominatorFor = (areaCode: string, reportingYear: number) => {
    const series = denominatorSeriesFor(reportingYear)
    if (!series) return undefined
    const value = estimateFor(areaCode, reportingYear - 1, series) ?? fallbackIndex.get(`${areaCode}|${reportingYear}`)
    return value === undefined ? undefined : { value, sourceId: POPULATION_SERIES[series].sourceId }
  }

  const denominators = (): Denominator[] => {
    const out: Denominator[] = []
    for (const [series, index] of Object.entries(bySeries) as [PopulationSeriesId, Map<string, number>][]) {
      const { firstReportingYear, lastReportingYear, sourceId } = POPULATION_SERIES[series]
      for (const [key, value] of index) {
        const [areaCode = '', mid = ''] = key.split('|')
        const reportingYear = Number(mid) + 1
        if (reportingYear < firstReportingYear || reportingYear > lastReportingYear) continue
        out.push({ areaCode, reportingYear, value, sourceId, series })
      }
    }
    for (const f of fallbacks)
      out.push({ ...f, sourceId: POPULATION_SERIES.onsPreCensus2021.sourceId, series: 'onsPreCensus2021' })
    return out.sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.reportingYear - b.reportingYear)
  }

  onsReport.notes.push(
    'denominators: reporting years 2013-2018 from the pre-Census-2021 series, 2019-2025 from the rebased series',
    `denominators from the pre-Census-2021 series where the rebased series has no estimate: ${
      fallbacks.map((f) => `${f.areaCode} ${f.reportingYear} (mid-${f.reportingYear - 1})`).join(', ') || 'none'
    }`,
  )
  return { denominatorFor, estimateFor, denominators, fallbacks, reports: [preReport, onsReport] }
}

const AUTHORITY = /^E(06|07|08|09|10)\d{6}$/

/**
 * The reporting years of the rebased series (2019-2025) for which it has no estimate of an area but the
 * pre-Census-2021 series has one for the same mid-year. In the bundle these are the former Dorset county, Bournemouth
 * and Poole in 2019 (mid-2018): DfE's rebased file has "x" for them (ONS's rebased back series is on post-2019
 * boundaries), while the older file has their mid-2018 estimates. Only a missing rebased estimate is filled; an
 * existing one is never replaced, and a series' own estimates stay reachable unchanged through estimateFor. Regions and
 * England are never filled: both files have them for every year, so a gap there would be a different problem.
 */
function findRebasedFallbacks(bySeries: Record<PopulationSeriesId, Map<string, number>>): PopulationFallback[] {
  const { firstReportingYear, lastReportingYear } = POPULATION_SERIES.onsCensus2021Rebased
  const out: PopulationFallback[] = []
  for (const [key, value] of bySeries.onsPreCensus2021) {
    const [areaCode = '', mid = ''] = key.split('|')
    const reportingYear = Number(mid) + 1
    if (reportingYear < firstReportingYear || reportingYear > lastReportingYear) continue
    if (bySeries.onsCensus2021Rebased.has(key) || !AUTHORITY.test(areaCode)) continue
    out.push({ areaCode, reportingYear, value })
  }
  return out.sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.reportingYear - b.reportingYear)
}
