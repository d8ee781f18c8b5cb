import { readFileSync } from 'node:fs'
import { parseDelimited, TableReadError } from '../../../src/gradient/csv'
import type { CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/**
 * Reads one of the three large ONS tables here (2.5-3.7 MB, about 35,000 rows each) into the same CsvTable shape as
 * scripts/lib/readCsv, with the same checks (header present, no ragged row). csv-parse takes seconds per file, which
 * the whole-build test pays twice; the RFC 4180 parser the /gradient page uses (src/gradient/csv.ts) is about four
 * times faster on these files.
 */
export function readLargeCsv(file: string): CsvTable {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
  let records: string[][]
  try {
    records = parseDelimited(text)
  } catch (error) {
    throw new SourceError(
      { file },
      `not valid CSV (${error instanceof TableReadError ? error.message : String(error)})`,
    )
  }
  const [header, ...body] = records
  if (!header || header.every((h) => h.trim() === '')) throw new SourceError({ file, row: 1 }, 'no header row')
  const cleanHeader = header.map((h) => h.trim())
  const rows: string[][] = []
  for (const [i, record] of body.entries()) {
    if (record.every((cell) => cell.trim() === '')) continue
    if (record.length !== cleanHeader.length)
      throw new SourceError(
        { file, row: i + 2 },
        `expected ${cleanHeader.length} cells as in the header, found ${record.length} (truncated or malformed row)`,
      )
    rows.push(record)
  }
  return { file, header: cleanHeader, rows, firstRowNumber: 2 }
}
