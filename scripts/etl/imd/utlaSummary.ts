import { parseNumberCell, type Cell } from '../../lib/cells'
import { requireColumns } from '../../lib/readCsv'
import type { SheetGrid } from '../../lib/readWorkbook'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { ENGLAND_CODE, type Observation, type SourceReport } from '../types'
import { UTLA_COLUMNS, type UtlaColumn, type UtlaEdition } from './utlaColumns'

export const UTLA_SOURCE_ID = 'imd-utla'

/** The sheets of a File 11 workbook that hold a wanted column, in catalogue order. */
export const UTLA_SHEETS: readonly string[] = [...new Set(UTLA_COLUMNS.map((c) => c.sheet))]

/**
 * Every wanted sheet of one edition's upper-tier summary workbook (as read, one grid per sheet in UTLA_SHEETS) →
 * observations. A sheet missing from the grids stops the ETL, naming it. Counts rows in the report (mutates it).
 */
export function parseUtlaSummary(
  grids: readonly SheetGrid[],
  edition: UtlaEdition,
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  return UTLA_SHEETS.flatMap((sheet) => {
    const grid = grids.find((g) => g.sheet === sheet)
    if (!grid) throw new SourceError({ file: edition.file }, `no sheet "${sheet}"`)
    return parseUtlaSheet(
      grid,
      edition,
      UTLA_COLUMNS.filter((c) => c.sheet === sheet),
      areas,
      report,
    )
  })
}

/**
 * One sheet of a File 11 workbook (header in row 1, one authority a row) → observations for the given columns.
 * Codes resolve through the registry, so a former code that is the same area (E10000002 Buckinghamshire) lands on
 * its series code (E06000060); an unknown code, a duplicate authority or a non-numeric cell stops the ETL.
 */
export function parseUtlaSheet(
  grid: SheetGrid,
  edition: UtlaEdition,
  columns: readonly UtlaColumn[],
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  // The sheet goes into the file name so that an error points at the right tab.
  const file = `${grid.file}, sheet "${grid.sheet}"`
  const [header = [], ...body] = grid.rows
  const cols: Record<string, number> = requireColumns({ file, header }, [
    edition.codeHeader,
    ...columns.map((c) => c.header(edition)),
  ])
  // requireColumns has found every name, so the -1 fallbacks never apply.
  const codeIndex = cols[edition.codeHeader] ?? -1
  const figures = columns.map((column) => ({
    column,
    name: column.header(edition),
    index: cols[column.header(edition)] ?? -1,
  }))
  const seen = new Map<string, number>()
  const observations: Observation[] = []

  body.forEach((row, i) => {
    const rowNumber = i + 2
    if (row.every((cell) => cell.trim() === '')) return
    report.rowsRead++
    const codeAt = { file, row: rowNumber, column: edition.codeHeader }
    const code = (row[codeIndex] ?? '').trim()
    const isEngland = code === ENGLAND_CODE
    const areaCode = isEngland ? ENGLAND_CODE : areas.requireCode(code, codeAt).code
    const earlier = seen.get(areaCode)
    if (earlier !== undefined)
      throw new SourceError(codeAt, `"${code}" is the same authority (${areaCode}) as row ${earlier}`)
    seen.set(areaCode, rowNumber)

    for (const { column, name, index } of figures) {
      const raw = row[index] ?? ''
      const at = { file, row: rowNumber, column: name }
      // An England row (none in the 2015 and 2019 files) has no rank: its empty cells are simply not figures.
      const cell = parseNumberCell(raw, at, isEngland)
      if (isEngland && cell.flag === '-') continue
      observations.push({
        indicatorId: column.indicatorId,
        areaCode,
        year: edition.year,
        ...convertCell(cell, column, raw, at),
        sourceId: UTLA_SOURCE_ID,
        release: edition.release,
        provenance: 'published',
        origin: at,
      })
    }
    report.rowsKept++
  })
  return observations
}

/** Checks the published precision and turns a proportion into a percentage without adding digits (0.2177 → 21.77). */
function convertCell(cell: Cell, column: UtlaColumn, raw: string, at: SourceLocation): Cell {
  if (cell.value === null) return cell
  const decimals = countDecimals(raw)
  if (decimals > column.publishedDecimals)
    throw new SourceError(
      at,
      `"${raw}" has more than the ${column.publishedDecimals} decimal places this column is published with`,
    )
  if (column.kind === 'rank' && (!Number.isInteger(cell.value) || cell.value < 1))
    throw new SourceError(at, `expected a rank (a whole number from 1), found "${raw}"`)
  if (column.kind === 'proportion') {
    if (cell.value < 0 || cell.value > 1) throw new SourceError(at, `expected a proportion from 0 to 1, found "${raw}"`)
    return { value: Number((cell.value * 100).toFixed(column.publishedDecimals - 2)), flag: null }
  }
  return cell
}

/** Decimal places as written; exponent notation (which SheetJS gives for tiny numbers) counts as too many to trust. */
function countDecimals(raw: string): number {
  if (/e/i.test(raw)) return Infinity
  return raw.split('.')[1]?.length ?? 0
}
