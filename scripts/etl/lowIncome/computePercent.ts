import type { Flag } from '../../../src/schema/flags'
import type { Cell } from '../../lib/cells'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import type { NomisRow, NomisTable } from '../population/parseNomis'
import type { Observation, SourceReport } from '../types'
import type { CilifRow, CilifTable } from './parse'
import { DWP_RELEASE, DWP_SOURCE_ID, englishSeriesCode, PCT_ID } from './transform'

/** A DWP count table by age and the file it was read from. */
export interface AgeCountTable {
  file: string
  table: CilifTable
}

/**
 * The ONS mid-year a DWP financial year is divided by: the one at its start (FY 2014/15, year 2015 → mid-2014). DWP's
 * local-area statistics use the population estimate of the calendar year the financial year starts in.
 */
export const populationMidYearFor = (financialYearEnding: number) => financialYearEnding - 1

/** count / population × 100, rounded half up to one decimal place in integer arithmetic (no binary-fraction error). */
export function percentOneDecimal(count: number, population: number): number {
  return Math.floor((2000 * count + population) / (2 * population)) / 10
}

/**
 * DWP's measure computed from its 2022-release counts: children aged 0-15 in relative low income before housing costs
 * (the 0-4, 5-10 and 11-15 tables summed) as a percentage of the ONS mid-year population aged 0-15 (the Nomis 0-4,
 * 5-9, 10-14 and 15 tables summed) at the start of the financial year. One observation per English authority and
 * year, provenance 'computed', with the DWP release so that DWP's later published percentages win. A ".." count makes
 * the percentage null with its flag (never 0); a missing population makes it null with the population's flag. The
 * three count tables must have the same years and areas, and the Nomis tables a row for every English authority.
 */
export function buildComputedPercentObservations(
  countTables: readonly AgeCountTable[],
  populationTables: readonly NomisTable[],
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const [first, ...others] = countTables
  if (!first) return []
  for (const other of others) requireSameYears(first, other)
  const rowsByCode = others.map((t) => indexRows(t))
  const populationBySeries = populationTables.map((t) => indexPopulation(t, areas))
  const observations: Observation[] = []
  for (const row of first.table.rows) {
    const areaCode = englishSeriesCode(row, areas, first.file, report)
    if (areaCode === undefined) continue
    const rows = [row, ...rowsByCode.map((index, i) => requireRow(index, row.code, others[i]?.file ?? ''))]
    first.table.years.forEach(({ year }, y) => {
      const counts = rows.map((r) => r.cells[y] ?? { value: null, flag: '-' as const })
      const population = sumPopulation(populationBySeries, areaCode, populationMidYearFor(year))
      const { value, flag } = percentOf(sumCells(counts), population, first.file, row.row)
      observations.push({
        indicatorId: PCT_ID,
        areaCode,
        year,
        value,
        flag,
        sourceId: DWP_SOURCE_ID,
        release: DWP_RELEASE,
        provenance: 'computed',
      })
    })
  }
  for (const [i, index] of rowsByCode.entries()) {
    const extra = [...index.keys()].find((code) => !first.table.rows.some((r) => r.code === code))
    if (extra !== undefined)
      throw new SourceError(
        { file: others[i]?.file ?? '', row: index.get(extra)?.row, column: 'Year' },
        `area "${extra}" is not in ${first.file}`,
      )
  }
  return observations
}

function requireSameYears(first: AgeCountTable, other: AgeCountTable): void {
  const expected = first.table.years.map((y) => y.label)
  const found = other.table.years.map((y) => y.label)
  const differs = found.findIndex((label, i) => label !== expected[i])
  if (differs >= 0 || found.length !== expected.length)
    throw new SourceError(
      { file: other.file, column: found[differs] ?? 'Year' },
      `expected the years of ${first.file} (${expected.join(', ')}), found ${found.join(', ')}`,
    )
}

function indexRows({ file, table }: AgeCountTable): Map<string, CilifRow> {
  const index = new Map<string, CilifRow>()
  for (const row of table.rows) {
    if (index.has(row.code))
      throw new SourceError({ file, row: row.row, column: 'Year' }, `area "${row.code}" appears twice`)
    index.set(row.code, row)
  }
  return index
}

function requireRow(index: ReadonlyMap<string, CilifRow>, code: string, file: string): CilifRow {
  const row = index.get(code)
  if (!row) throw new SourceError({ file, column: 'Year' }, `no row for area "${code}"`)
  return row
}

/** The sum of cells, or null with the first missing cell's flag. */
function sumCells(cells: readonly Cell[]): Cell {
  const missing = cells.find((c) => c.value === null)
  if (missing) return { value: null, flag: missing.flag ?? 'x' }
  return { value: cells.reduce((sum, c) => sum + (c.value ?? 0), 0), flag: null }
}

interface PopulationIndex {
  table: NomisTable
  bySeriesCode: ReadonlyMap<string, NomisRow>
}

const ENGLISH_AUTHORITY = /^E(06|08|09|10)\d{6}$/

/** A Nomis table's English authority rows by series code (its other rows are not needed). */
function indexPopulation(table: NomisTable, areas: AreaRegistry): PopulationIndex {
  const bySeriesCode = new Map<string, NomisRow>()
  for (const row of table.rows) {
    if (!ENGLISH_AUTHORITY.test(row.code)) continue
    const at = { file: table.file, row: row.row, column: 'mnemonic' }
    const { code } = areas.requireCode(row.code, at)
    if (bySeriesCode.has(code)) throw new SourceError(at, `a second row for the authority ${code}`)
    bySeriesCode.set(code, row)
  }
  return { table, bySeriesCode }
}

function sumPopulation(indexes: readonly PopulationIndex[], areaCode: string, midYear: number): Cell {
  const cells = indexes.map(({ table, bySeriesCode }) => {
    const row = bySeriesCode.get(areaCode)
    if (!row) throw new SourceError({ file: table.file, column: 'mnemonic' }, `no row for area "${areaCode}"`)
    const cell = row.byMidYear.get(midYear)
    if (!cell) throw new SourceError({ file: table.file, column: String(midYear) }, `no column for mid-${midYear}`)
    return cell
  })
  return sumCells(cells)
}

function percentOf(
  count: Cell,
  population: Cell,
  file: string,
  row: number,
): { value: number | null; flag: Flag | null } {
  if (count.value === null) return count
  if (population.value === null) return population
  if (population.value <= 0) return { value: null, flag: 'x' }
  const value = percentOneDecimal(count.value, population.value)
  if (value > 100)
    throw new SourceError(
      { file, row, column: 'Year' },
      `${count.value} children in low income exceed the population of ${population.value}`,
    )
  return { value, flag: null }
}
