import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/** How one numeric column is read. */
export interface ColumnSpec {
  name: string
  /** Whole numbers only (ranks, deciles, counts). */
  integer?: boolean
  /** Inclusive bounds a value must lie in. */
  min?: number
  max?: number
  /** A blank cell is no figure (null) rather than an error. */
  blankAllowed?: boolean
}

/** Values of one LSOA by column name; null where the file has no figure. */
export type LsoaValues = Record<string, number | null>

/**
 * Reads the named numeric columns of an LSOA table, keyed by LSOA code (England's codes only; Welsh rows, W01…, are
 * skipped). An unexpected code, a repeated LSOA, a cell that is not a number, a number out of range or a blank where
 * none is allowed stops the build, naming the file, row and column.
 */
export function parseLsoaColumns(
  table: CsvTable,
  codeColumn: string,
  specs: readonly ColumnSpec[],
): Map<string, LsoaValues> {
  const cols: Record<string, number> = requireColumns(table, [codeColumn, ...specs.map((s) => s.name)])
  const out = new Map<string, LsoaValues>()
  table.rows.forEach((row, i) => {
    const rowNumber = table.firstRowNumber + i
    const code = (row[cols[codeColumn] ?? -1] ?? '').trim()
    if (code.startsWith('W01')) return
    if (!/^E01\d{6}$/.test(code))
      throw new SourceError({ file: table.file, row: rowNumber, column: codeColumn }, `not an LSOA code: "${code}"`)
    if (out.has(code))
      throw new SourceError({ file: table.file, row: rowNumber, column: codeColumn }, `LSOA ${code} appears twice`)
    const values: LsoaValues = {}
    for (const spec of specs) {
      const at = { file: table.file, row: rowNumber, column: spec.name }
      const raw = row[cols[spec.name] ?? -1] ?? ''
      if (raw.trim() === '') {
        if (!spec.blankAllowed) throw new SourceError(at, 'expected a number, found an empty cell')
        values[spec.name] = null
        continue
      }
      const { value } = parseNumberCell(raw, at)
      if (value === null) throw new SourceError(at, `expected a number, found "${raw.trim()}"`)
      if (spec.integer && !Number.isInteger(value)) throw new SourceError(at, `expected a whole number, found ${value}`)
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max))
        throw new SourceError(at, `${value} is outside ${spec.min ?? '−∞'}-${spec.max ?? '∞'}`)
      values[spec.name] = value
    }
    out.set(code, values)
  })
  return out
}

/** The two classes of the rural-urban classification and its six-way class of each LSOA. */
export interface RuralUrban {
  /** The six classes in the order first met in a fixed list (urban first). */
  classes: readonly string[]
  byCode: Map<string, { rural: 0 | 1; classIndex: number }>
}

/** ONS RUC21 classes, urban to rural, nearer then further (the order the catalogue lists them in). */
export const RUC21_CLASSES = [
  'Urban: Nearer to a major town or city',
  'Urban: Further from a major town or city',
  'Larger rural: Nearer to a major town or city',
  'Larger rural: Further from a major town or city',
  'Smaller rural: Nearer to a major town or city',
  'Smaller rural: Further from a major town or city',
] as const

/** lookups/ruc21_lsoa21.csv: each English LSOA's class and whether it is urban or rural; anything else stops the build. */
export function parseRuralUrban(table: CsvTable): RuralUrban {
  const cols = requireColumns(table, ['lsoa21_code', 'classification', 'ruc'])
  const byCode = new Map<string, { rural: 0 | 1; classIndex: number }>()
  table.rows.forEach((row, i) => {
    const at = (column: string) => ({ file: table.file, row: table.firstRowNumber + i, column })
    const code = (row[cols.lsoa21_code] ?? '').trim()
    if (code.startsWith('W01')) return
    if (!/^E01\d{6}$/.test(code)) throw new SourceError(at('lsoa21_code'), `not an LSOA code: "${code}"`)
    if (byCode.has(code)) throw new SourceError(at('lsoa21_code'), `LSOA ${code} appears twice`)
    const ruc = (row[cols.ruc] ?? '').trim()
    if (ruc !== 'Urban' && ruc !== 'Rural') throw new SourceError(at('ruc'), `expected Urban or Rural, found "${ruc}"`)
    const classification = (row[cols.classification] ?? '').trim()
    const classIndex = RUC21_CLASSES.findIndex((c) => c === classification)
    if (classIndex === -1) throw new SourceError(at('classification'), `unknown class "${classification}"`)
    if (classIndex >= 2 !== (ruc === 'Rural'))
      throw new SourceError(at('ruc'), `"${classification}" is not ${ruc.toLowerCase()}`)
    byCode.set(code, { rural: ruc === 'Rural' ? 1 : 0, classIndex })
  })
  return { classes: RUC21_CLASSES, byCode }
}
