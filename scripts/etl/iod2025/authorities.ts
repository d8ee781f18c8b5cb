import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'

/**
 * The current authority (series code) of each 2024 district, from ONS's April 2023 lower → upper-tier lookup (the
 * districts did not change in 2024). Codes resolve through the registry; a district placed in no known authority,
 * or a current authority with no district, stops the ETL.
 */
export function districtsToAuthorities(
  table: CsvTable,
  districtCodes: readonly string[],
  areas: AreaRegistry,
): Map<string, string> {
  const cols = requireColumns(table, ['LTLA23CD', 'UTLA23CD'])
  const rowOf = new Map<string, { upper: string; row: number }>()
  table.rows.forEach((row, i) => {
    const district = (row[cols.LTLA23CD] ?? '').trim()
    if (district.startsWith('E'))
      rowOf.set(district, { upper: (row[cols.UTLA23CD] ?? '').trim(), row: table.firstRowNumber + i })
  })
  const out = new Map<string, string>()
  for (const district of districtCodes) {
    const entry = rowOf.get(district)
    if (!entry)
      throw new SourceError({ file: table.file, column: 'LTLA23CD' }, `district ${district} is not in the lookup`)
    const area = areas.requireCode(entry.upper, { file: table.file, row: entry.row, column: 'UTLA23CD' })
    if (area.status !== 'current')
      throw new SourceError({ file: table.file, row: entry.row }, `${entry.upper} is not a current authority`)
    out.set(district, area.code)
  }
  const covered = new Set(out.values())
  const uncovered = areas.current.filter((a) => !covered.has(a.code))
  if (uncovered.length)
    throw new SourceError(
      { file: table.file },
      `no 2024 district lies in ${uncovered.map((a) => `${a.code} ${a.name}`).join(', ')}`,
    )
  return out
}

/** Mid-2024 population of one district: all ages (weights for the IMD and domains) and 0-15 (weights for IDACI). */
export interface DistrictPopulation {
  allAges: number
  age0to15: number
}

/** MYE2 Persons (mid-2024, 2023 geography): all ages and the sum of single years 0-15, for the districts asked for. */
export function parseDistrictPopulations(
  table: CsvTable,
  districtCodes: readonly string[],
): Map<string, DistrictPopulation> {
  const childAges = Array.from({ length: 16 }, (_, age) => String(age))
  const cols: Record<string, number> = requireColumns(table, ['Code', 'All ages', ...childAges])
  const byCode = new Map<string, { row: readonly string[]; rowNumber: number }>()
  table.rows.forEach((row, i) =>
    byCode.set((row[cols.Code ?? -1] ?? '').trim(), { row, rowNumber: table.firstRowNumber + i }),
  )
  const out = new Map<string, DistrictPopulation>()
  for (const code of districtCodes) {
    const found = byCode.get(code)
    if (!found) throw new SourceError({ file: table.file, column: 'Code' }, `no population for district ${code}`)
    const read = (column: string) => {
      const at = { file: table.file, row: found.rowNumber, column }
      const { value } = parseNumberCell(found.row[cols[column] ?? -1], at)
      if (value === null || value <= 0 || !Number.isInteger(value))
        throw new SourceError(
          at,
          `expected a positive whole number of people, found "${found.row[cols[column] ?? -1]}"`,
        )
      return value
    }
    out.set(code, { allAges: read('All ages'), age0to15: childAges.reduce((sum, age) => sum + read(age), 0) })
  }
  return out
}

/**
 * Population-weighted mean of the members' published averages, kept to the published 3 decimals. This approximates
 * MHCLG's own upper-tier average (weighted over LSOAs with its own population denominators) and is labelled computed.
 */
export function weightedAverage(members: readonly { value: number; weight: number }[]): number {
  const total = members.reduce((sum, m) => sum + m.weight, 0)
  if (!members.length || total <= 0) throw new RangeError('a weighted average needs members with positive weights')
  const mean = members.reduce((sum, m) => sum + m.value * m.weight, 0) / total
  return Number(mean.toFixed(3))
}

/** Share (%) of LSOAs in decile 1, kept as MHCLG publishes it: a proportion to 4 decimals, so 2 decimals as a %. */
export function shareInDecile1(deciles: readonly number[]): number {
  if (!deciles.length) throw new RangeError('no LSOAs')
  const proportion = Number((deciles.filter((d) => d === 1).length / deciles.length).toFixed(4))
  return Number((proportion * 100).toFixed(2))
}

/**
 * Standard competition ranking, highest value = 1 (most deprived); equal values share the better rank.
 */
export function rankDescending(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const ranks = new Map<string, number>()
  sorted.forEach(([code, value], i) => {
    const previous = sorted[i - 1]
    ranks.set(code, previous && previous[1] === value ? (ranks.get(previous[0]) ?? i + 1) : i + 1)
  })
  return ranks
}
