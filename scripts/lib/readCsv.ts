import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { SourceError } from './sourceError'

/** A CSV file as strings: no type inference, the byte-order mark stripped. */
export interface CsvTable {
  /** Path as given, used in error messages. */
  file: string
  header: string[]
  /** Data rows, each as long as the header. */
  rows: string[][]
  /** The 1-based line number of rows[0] in the file (for error messages). */
  firstRowNumber: number
}

export interface ReadCsvOptions {
  /** Lines before the header row (metadata blocks in ONS and DWP downloads). */
  skipLines?: number
  /** Stop at the first blank row after the data (footnotes follow in some downloads). */
  stopAtBlankRow?: boolean
}

/** Reads a CSV file; a missing file, a ragged (e.g. truncated) row or a broken quote stops the ETL with file and row. */
export function readCsv(file: string, options: ReadCsvOptions = {}): CsvTable {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
  return parseCsvText(text, file, options)
}

export function parseCsvText(
  text: string,
  file: string,
  { skipLines = 0, stopAtBlankRow = false }: ReadCsvOptions = {},
): CsvTable {
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      from_line: skipLines + 1,
    }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw new SourceError({ file, row: line }, `not valid CSV (${(error as Error).message})`)
  }
  const [header, ...body] = records
  if (!header || header.every((h) => h.trim() === ''))
    throw new SourceError({ file, row: skipLines + 1 }, 'no header row')
  const cleanHeader = header.map((h) => h.trim())
  const rows: string[][] = []
  const firstRowNumber = skipLines + 2
  for (const [i, record] of body.entries()) {
    const isBlank = record.every((cell) => cell.trim() === '')
    if (isBlank) {
      if (stopAtBlankRow) break
      continue
    }
    if (record.length !== cleanHeader.length) {
      throw new SourceError(
        { file, row: firstRowNumber + i },
        `expected ${cleanHeader.length} cells as in the header, found ${record.length} (truncated or malformed row)`,
      )
    }
    rows.push(record)
  }
  return { file, header: cleanHeader, rows, firstRowNumber }
}

/**
 * Finds required columns by name and returns their indexes. A renamed or missing header stops the ETL, naming the
 * column it expected. Matching ignores case and repeated spaces (DfE headers vary in both).
 */
export function requireColumns<K extends string>(
  table: Pick<CsvTable, 'file' | 'header'>,
  names: readonly K[],
  headerRow = 1,
): Record<K, number> {
  const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  const index = new Map(table.header.map((h, i) => [normalise(h), i]))
  const result = {} as Record<K, number>
  for (const name of names) {
    const i = index.get(normalise(name))
    if (i === undefined) {
      throw new SourceError(
        { file: table.file, row: headerRow, column: name },
        `expected column "${name}" is missing (renamed or unexpected layout?)`,
      )
    }
    result[name] = i
  }
  return result
}
