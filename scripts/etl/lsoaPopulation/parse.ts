import type { CsvTable } from '../../lib/readCsv'
import { requireColumns } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

const ENGLAND_LSOA = /^E01\d{6}$/

function readCount(table: CsvTable, row: readonly string[], index: number, column: string, line: number): number {
  const text = (row[index] ?? '').trim()
  const value = Number(text)
  if (text === '' || !Number.isInteger(value) || value < 0)
    throw new SourceError({ file: table.file, row: line, column }, `expected a whole number of people, found "${text}"`)
  return value
}

function rowsOfEngland(table: CsvTable, codeColumn: number): Array<{ code: string; row: string[]; line: number }> {
  const out: Array<{ code: string; row: string[]; line: number }> = []
  const seen = new Set<string>()
  for (const [i, row] of table.rows.entries()) {
    const code = (row[codeColumn] ?? '').trim()
    const line = table.firstRowNumber + i
    if (code.startsWith('W')) continue
    if (!ENGLAND_LSOA.test(code))
      throw new SourceError(
        { file: table.file, row: line, column: table.header[codeColumn] },
        `not an LSOA code: "${code}"`,
      )
    if (seen.has(code))
      throw new SourceError(
        { file: table.file, row: line, column: table.header[codeColumn] },
        `LSOA ${code} appears twice`,
      )
    seen.add(code)
    out.push({ code, row, line })
  }
  return out
}

export interface Lsoa11Children {
  children0to15: number
  children16to17: number
}

/**
 * ONS mid-year small-area estimates on 2011 LSOAs (population/lsoa11/…_children_0_17_syoa_EW.csv), England rows only.
 * The file's own sums are checked against each other, so a shifted column cannot pass unnoticed.
 */
export function parseLsoa11Children(table: CsvTable): Map<string, Lsoa11Children> {
  const cols = requireColumns(table, ['lsoa11_code', 'age_0_15', 'age_16_17', 'age_0_17'])
  const out = new Map<string, Lsoa11Children>()
  for (const { code, row, line } of rowsOfEngland(table, cols.lsoa11_code)) {
    const young = readCount(table, row, cols.age_0_15, 'age_0_15', line)
    const older = readCount(table, row, cols.age_16_17, 'age_16_17', line)
    const all = readCount(table, row, cols.age_0_17, 'age_0_17', line)
    if (young + older !== all)
      throw new SourceError(
        { file: table.file, row: line, column: 'age_0_17' },
        `age_0_15 + age_16_17 = ${young + older}, but age_0_17 = ${all}`,
      )
    out.set(code, { children0to15: young, children16to17: older })
  }
  return out
}

/** Census 2021 usual residents aged 0-15 on 2021 LSOAs (population/census2021-lsoa21/…age6_EW.csv), England only. */
export function parseCensus21Children(table: CsvTable): Map<string, number> {
  const cols = requireColumns(table, ['lsoa21_code', 'age_0_15'])
  const out = new Map<string, number>()
  for (const { code, row, line } of rowsOfEngland(table, cols.lsoa21_code))
    out.set(code, readCount(table, row, cols.age_0_15, 'age_0_15', line))
  return out
}

export type LsoaChange = 'U' | 'M' | 'S' | 'X'

export interface LsoaLookupRow {
  lsoa11: string
  lsoa21: string
  change: LsoaChange
  /** The 2022 district the 2021 LSOA lies in. */
  ladCode: string
  line: number
}

/** The ONS LSOA 2011 → 2021 lookup (lookups/lsoa11_lsoa21_lad22_lookup.csv), England rows only. */
export function parseLsoaLookup(table: CsvTable): LsoaLookupRow[] {
  const cols = requireColumns(table, ['lsoa11_code', 'change_code', 'lsoa21_code', 'ltla22_code'])
  const out: LsoaLookupRow[] = []
  const pairs = new Set<string>()
  for (const [i, row] of table.rows.entries()) {
    const line = table.firstRowNumber + i
    const lsoa11 = (row[cols.lsoa11_code] ?? '').trim()
    const lsoa21 = (row[cols.lsoa21_code] ?? '').trim()
    if (lsoa11.startsWith('W') && lsoa21.startsWith('W')) continue
    for (const [code, column] of [
      [lsoa11, 'lsoa11_code'],
      [lsoa21, 'lsoa21_code'],
    ] as const)
      if (!ENGLAND_LSOA.test(code))
        throw new SourceError({ file: table.file, row: line, column }, `not an English LSOA code: "${code}"`)
    const change = (row[cols.change_code] ?? '').trim()
    if (change !== 'U' && change !== 'M' && change !== 'S' && change !== 'X')
      throw new SourceError(
        { file: table.file, row: line, column: 'change_code' },
        `expected U, M, S or X, found "${change}"`,
      )
    const key = `${lsoa11}>${lsoa21}`
    if (pairs.has(key))
      throw new SourceError({ file: table.file, row: line }, `the pair ${lsoa11} → ${lsoa21} appears twice`)
    pairs.add(key)
    out.push({ lsoa11, lsoa21, change, ladCode: (row[cols.ltla22_code] ?? '').trim(), line })
  }
  return out
}
