import { readFileSync, statSync } from 'node:fs'
// SheetJS 0.18.5 is the last release on the npm registry and has published advisories (prototype pollution and ReDoS
// on crafted files). It is a devDependency used only here, at build time, on the published government workbooks in the
// raw bundle; it never reaches the browser bundle. It is the only well-kept reader of .xls (BIFF) and .ods files.
import XLSX from 'xlsx'
import { SourceError } from './sourceError'

/** A worksheet as a grid of strings (numbers written in full precision), row 1 first. */
export interface SheetGrid {
  file: string
  sheet: string
  rows: string[][]
}

export function readWorkbookSheetNames(file: string): string[] {
  return loadWorkbook(file).SheetNames
}

/** The largest source workbook read (the biggest published one is under 4 MB). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
/** The most cells one sheet may hold (the IoD LSOA sheets hold under 1.5 million). */
export const MAX_SHEET_CELLS = 5_000_000

/** Reads one sheet (by name, or by 0-based index) of an .xlsx, .xls or .ods workbook. */
export function readSheet(file: string, sheet: string | number): SheetGrid {
  const workbook = loadWorkbook(file)
  const name = typeof sheet === 'number' ? workbook.SheetNames[sheet] : sheet
  const worksheet = name === undefined ? undefined : workbook.Sheets[name]
  if (!name || !worksheet) {
    throw new SourceError(
      { file },
      `sheet ${JSON.stringify(sheet)} not found (sheets: ${workbook.SheetNames.join(', ')})`,
    )
  }
  const range = usedRange(file, name, worksheet)
  // Read only the cells that exist: a sheet may declare its range as A1:XFD1048576 whatever it holds, and filling that
  // range with empty cells takes gigabytes.
  const raw = XLSX.utils.sheet_to_json<unknown[]>(worksheet, {
    header: 1,
    raw: true,
    defval: '',
    blankrows: true,
    range,
  })
  const rows = raw.map((r) =>
    r.map((cell) =>
      cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : String(cell).trim(),
    ),
  )
  return { file, sheet: name, rows }
}

/**
 * The sheet's declared range, cut back to the last row and column that hold a cell. A sheet with no cells is empty; one with more than MAX_SHEET_CELLS is
 * refused before anything is built from it.
 */
function usedRange(file: string, name: string, worksheet: XLSX.WorkSheet): XLSX.Range {
  let cells = 0
  let lastRow = -1
  let lastColumn = -1
  for (const [r, c] of cellPositions(worksheet)) {
    cells++
    if (r > lastRow) lastRow = r
    if (c > lastColumn) lastColumn = c
  }
  if (cells === 0) throw new SourceError({ file }, `sheet "${name}" is empty (no cells)`)
  if (cells > MAX_SHEET_CELLS)
    throw new SourceError(
      { file },
      `sheet "${name}" has ${cells.toLocaleString('en-GB')} cells, more than the ${MAX_SHEET_CELLS.toLocaleString('en-GB')} a source sheet may have`,
    )
  const declared = worksheet['!ref'] ? XLSX.utils.decode_range(worksheet['!ref']) : undefined
  const start = declared?.s ?? { r: 0, c: 0 }
  const end = declared?.e ?? { r: lastRow, c: lastColumn }
  return { s: start, e: { r: Math.min(end.r, lastRow), c: Math.min(end.c, lastColumn) } }
}

/** Row and column of every cell a sheet holds (workbooks are read dense: a sheet is an array of rows of cells). */
function* cellPositions(worksheet: XLSX.WorkSheet): Generator<[number, number]> {
  const rows = worksheet as unknown as (XLSX.CellObject | undefined)[][]
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    if (!row) continue
    for (let c = 0; c < row.length; c++) if (row[c]) yield [r, c]
  }
}

function loadWorkbook(file: string): XLSX.WorkBook {
  let bytes: Buffer
  try {
    const size = statSync(file).size
    if (size === 0) throw new SourceError({ file }, 'the file is empty (0 bytes)')
    if (size > MAX_WORKBOOK_BYTES)
      throw new SourceError(
        { file },
        `the workbook is ${(size / 1024 / 1024).toFixed(0)} MB, larger than the ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB a source workbook may be (the wrong file?)`,
      )
    bytes = readFileSync(file)
  } catch (error) {
    if (error instanceof SourceError) throw error
    throw new SourceError({ file }, 'file not found or unreadable')
  }
  let workbook: XLSX.WorkBook
  try {
    // Dense sheets read the 33,755-row IoD2025 workbooks about four times faster than the default sparse map.
    workbook = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellText: false, dense: true })
  } catch (error) {
    throw new SourceError({ file }, `not a readable workbook (${(error as Error).message})`)
  }
  if (workbook.SheetNames.length === 0) throw new SourceError({ file }, 'the workbook is empty (no sheets)')
  return workbook
}
