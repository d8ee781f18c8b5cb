import { LSOA_DOMAINS, type LsoaDomain } from '../../../src/schema/geo'
import { parseIntegerCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/** Number of LSOAs (2011) in England, the range of every IoD2019 rank. */
export const LSOA_COUNT_2019 = 32_844

/** IoD2019 ranks and deciles of one LSOA, in LSOA_DOMAINS order. */
export interface LsoaImd {
  ranks: number[]
  deciles: number[]
}

/** Column-name stem of each domain in the humaniverse CSV (`<stem>_rank`, `<stem>_decile`). */
const DOMAIN_COLUMN_STEMS: Readonly<Record<LsoaDomain, string>> = {
  imd: 'IMD',
  income: 'Income',
  employment: 'Employment',
  education: 'Education',
  health: 'Health',
  crime: 'Crime',
  housing_and_access: 'Housing_and_Access',
  environment: 'Environment',
}

const CODE_COLUMN = 'lsoa11_code'

/**
 * Parses imd2019_england_lsoa11.csv (as read): ranks (1 = most deprived) and deciles (1 = most deprived 10%) per domain, by
 * LSOA code. A missing column, a value out of range or a repeated LSOA stops the ETL with file, row and column.
 */
export function parseLsoaImd(table: CsvTable): Map<string, LsoaImd> {
  const rankColumns = LSOA_DOMAINS.map((d) => `${DOMAIN_COLUMN_STEMS[d]}_rank`)
  const decileColumns = LSOA_DOMAINS.map((d) => `${DOMAIN_COLUMN_STEMS[d]}_decile`)
  const cols: Record<string, number> = requireColumns(table, [CODE_COLUMN, ...rankColumns, ...decileColumns])
  // requireColumns has checked every name, so a lookup miss cannot happen; -1 reads as an empty cell if it did.
  const cell = (row: readonly string[], column: string) => row[cols[column] ?? -1]
  const byCode = new Map<string, LsoaImd>()
  table.rows.forEach((row, i) => {
    const at = { file: table.file, row: table.firstRowNumber + i }
    const code = cell(row, CODE_COLUMN) ?? ''
    if (!/^E01\d{6}$/.test(code)) throw new SourceError({ ...at, column: CODE_COLUMN }, `not an LSOA code: "${code}"`)
    if (byCode.has(code)) throw new SourceError({ ...at, column: CODE_COLUMN }, `LSOA ${code} appears twice`)
    const read = (column: string, max: number) => {
      const value = parseIntegerCell(cell(row, column), { ...at, column })
      if (value < 1 || value > max) throw new SourceError({ ...at, column }, `${value} is outside 1-${max}`)
      return value
    }
    byCode.set(code, {
      ranks: rankColumns.map((c) => read(c, LSOA_COUNT_2019)),
      deciles: decileColumns.map((c) => read(c, 10)),
    })
  })
  return byCode
}
