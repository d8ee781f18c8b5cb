import { LSOA21_COUNT, LSOA_DOMAINS, type LsoaDomain } from '../../../src/schema/geo'
import { parseIntegerCell, parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import type { SheetGrid } from '../../lib/readWorkbook'
import { SourceError, type SourceLocation } from '../../lib/sourceError'

/** One 2021 LSOA with everything IoD2025 publishes about it that the dashboard uses. */
export interface Lsoa2025 {
  code: string
  name: string
  /** 2024 district code, as IoD2025 File 1 gives it. */
  districtCode: string
  /** IMD and domain scores, ranks and deciles in LSOA_DOMAINS order. */
  scores: number[]
  ranks: number[]
  deciles: number[]
  idaciRank: number
  idaciDecile: number
}

const FILE1_COLUMNS = {
  code: 'LSOA code (2021)',
  name: 'LSOA name (2021)',
  district: 'Local Authority District code (2024)',
  imdRank: 'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
} as const

const FILE3_COLUMNS = {
  code: 'LSOA code (2021)',
  idaciRank: 'Income Deprivation Affecting Children Index (IDACI) Rank (where 1 is most deprived)',
  idaciDecile: 'Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)',
} as const

/** Column-name stem of each domain in the humaniverse IoD2025 CSV (`<stem>_score`, `_rank`, `_decile`). */
const SCORE_STEMS: Readonly<Record<LsoaDomain, string>> = {
  imd: 'IMD',
  income: 'Income',
  employment: 'Employment',
  education: 'Education',
  health: 'Health',
  crime: 'Crime',
  housing_and_access: 'Housing_and_Services',
  environment: 'Environment',
}

const LSOA_CODE = /^E01\d{6}$/

function sheetColumns(grid: SheetGrid, names: readonly string[]) {
  const file = `${grid.file}, sheet "${grid.sheet}"`
  const [header = [], ...body] = grid.rows
  const cols: Record<string, number> = requireColumns({ file, header }, names)
  return { file, body, col: (name: string) => cols[name] ?? -1 }
}

function readCode(raw: string | undefined, at: SourceLocation, seen: Set<string>): string {
  const code = (raw ?? '').trim()
  if (!LSOA_CODE.test(code)) throw new SourceError(at, `not an LSOA code: "${code}"`)
  if (seen.has(code)) throw new SourceError(at, `LSOA ${code} appears twice`)
  seen.add(code)
  return code
}

function readBounded(raw: string | undefined, at: SourceLocation, max: number): number {
  const value = parseIntegerCell(raw, at)
  if (value < 1 || value > max) throw new SourceError(at, `${value} is outside 1-${max}`)
  return value
}

/** File 1 (sheet IMD25): name, 2024 district and IMD rank of every LSOA. */
export function parseFile1(grid: SheetGrid): Map<string, { name: string; districtCode: string; imdRank: number }> {
  const { file, body, col } = sheetColumns(grid, Object.values(FILE1_COLUMNS))
  const seen = new Set<string>()
  const out = new Map<string, { name: string; districtCode: string; imdRank: number }>()
  body.forEach((row, i) => {
    if (row.every((c) => c.trim() === '')) return
    const at = (column: string) => ({ file, row: i + 2, column })
    const code = readCode(row[col(FILE1_COLUMNS.code)], at(FILE1_COLUMNS.code), seen)
    const districtCode = (row[col(FILE1_COLUMNS.district)] ?? '').trim()
    if (!/^E0[6789]\d{6}$/.test(districtCode))
      throw new SourceError(at(FILE1_COLUMNS.district), `not an English district code: "${districtCode}"`)
    const name = (row[col(FILE1_COLUMNS.name)] ?? '').trim()
    if (!name) throw new SourceError(at(FILE1_COLUMNS.name), 'the LSOA name is empty')
    const imdRank = readBounded(row[col(FILE1_COLUMNS.imdRank)], at(FILE1_COLUMNS.imdRank), LSOA21_COUNT)
    out.set(code, { name, districtCode, imdRank })
  })
  return out
}

/** File 3: IDACI rank and decile of every LSOA. */
export function parseFile3(grid: SheetGrid): Map<string, { idaciRank: number; idaciDecile: number }> {
  const { file, body, col } = sheetColumns(grid, Object.values(FILE3_COLUMNS))
  const seen = new Set<string>()
  const out = new Map<string, { idaciRank: number; idaciDecile: number }>()
  body.forEach((row, i) => {
    if (row.every((c) => c.trim() === '')) return
    const at = (column: string) => ({ file, row: i + 2, column })
    const code = readCode(row[col(FILE3_COLUMNS.code)], at(FILE3_COLUMNS.code), seen)
    out.set(code, {
      idaciRank: readBounded(row[col(FILE3_COLUMNS.idaciRank)], at(FILE3_COLUMNS.idaciRank), LSOA21_COUNT),
      idaciDecile: readBounded(row[col(FILE3_COLUMNS.idaciDecile)], at(FILE3_COLUMNS.idaciDecile), 10),
    })
  })
  return out
}

/** The humaniverse IoD2025 LSOA CSV: score, rank and decile of the IMD and each domain. */
export function parseLsoaScores(table: CsvTable): Map<string, Pick<Lsoa2025, 'scores' | 'ranks' | 'deciles'>> {
  const stems = LSOA_DOMAINS.map((d) => SCORE_STEMS[d])
  const names = ['lsoa21_code', ...stems.flatMap((s) => [`${s}_score`, `${s}_rank`, `${s}_decile`])]
  const cols: Record<string, number> = requireColumns(table, names)
  const cell = (row: readonly string[], column: string) => row[cols[column] ?? -1]
  const seen = new Set<string>()
  const out = new Map<string, Pick<Lsoa2025, 'scores' | 'ranks' | 'deciles'>>()
  table.rows.forEach((row, i) => {
    const at = (column: string) => ({ file: table.file, row: table.firstRowNumber + i, column })
    const code = readCode(cell(row, 'lsoa21_code'), at('lsoa21_code'), seen)
    out.set(code, {
      scores: stems.map((s) => {
        const { value } = parseNumberCell(cell(row, `${s}_score`), at(`${s}_score`))
        if (value === null) throw new SourceError(at(`${s}_score`), 'a score is missing')
        return value
      }),
      ranks: stems.map((s) => readBounded(cell(row, `${s}_rank`), at(`${s}_rank`), LSOA21_COUNT)),
      deciles: stems.map((s) => readBounded(cell(row, `${s}_decile`), at(`${s}_decile`), 10)),
    })
  })
  return out
}

/**
 * Joins the three LSOA sources on the LSOA code. They must hold the same 33,755 LSOAs and agree on the IMD rank;
 * any difference stops the ETL, naming the first LSOA and the files.
 */
export function joinLsoas(
  file1: ReturnType<typeof parseFile1>,
  file3: ReturnType<typeof parseFile3>,
  scores: ReturnType<typeof parseLsoaScores>,
  files: { file1: string; file3: string; scores: string },
  expectedCount = LSOA21_COUNT,
): Lsoa2025[] {
  if (file1.size !== expectedCount)
    throw new SourceError({ file: files.file1 }, `expected ${expectedCount} LSOAs, found ${file1.size}`)
  for (const [other, map] of [
    [files.file3, file3],
    [files.scores, scores],
  ] as const) {
    const missing = [...file1.keys()].find((code) => !map.has(code))
    if (missing || map.size !== file1.size)
      throw new SourceError(
        { file: other },
        `does not hold the same LSOAs as ${files.file1} (${map.size} rows; first missing: ${missing ?? 'none'})`,
      )
  }
  return [...file1.entries()].map(([code, { name, districtCode, imdRank }]) => {
    const s = scores.get(code)
    const idaci = file3.get(code)
    if (!s || !idaci) throw new Error(`LSOA ${code} lost in the join`)
    if (s.ranks[0] !== imdRank)
      throw new SourceError(
        { file: files.scores, column: 'IMD_rank' },
        `LSOA ${code} has IMD rank ${s.ranks[0]} here but ${imdRank} in ${files.file1}`,
      )
    return { code, name, districtCode, ...s, ...idaci }
  })
}
