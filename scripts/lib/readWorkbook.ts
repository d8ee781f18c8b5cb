import { readFileSync } from 'node:fs'
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
  const raw = XLSX.utils.sheet_to_json<unknown[]>(worksheet, { header: 1, raw: true, defval: '', blankrows: true })
  const rows = raw.map((r) =>
    r.map((cell) =>
      cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : String(cell).trim(),
    ),
  )
  return { file, sheet: name, rows }
}

function loadWorkbook(file: string): XLSX.WorkBook {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
  try {
    return XLSX.read(bytes, { type: 'buffer', cellDates: false, cellText: false })
  } catch (error) {
    throw new SourceError({ file }, `not a readable workbook (${(error as Error).message})`)
  }
}
