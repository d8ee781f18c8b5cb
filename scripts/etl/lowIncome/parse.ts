import type { Flag } from '../../../src/schema/flags'
import { parseNumberCell, type Cell } from '../../lib/cells'
import { parseCsvText } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/** One financial-year column of a Stat-Xplore table. */
export interface CilifYear {
  /** As published: "2014/15", "2021/22 (p)". */
  label: string
  /** Year ending March: "2014/15" → 2015. */
  year: number
  /** Marked "(p)": provisional, to be revised in DWP's next release. */
  isProvisional: boolean
}

/** One area row: its code as published and one cell per year (same order as `years`). */
export interface CilifRow {
  code: string
  /** 1-based line in the file. */
  row: number
  cells: Cell[]
}

export interface CilifTable {
  years: CilifYear[]
  rows: CilifRow[]
}

const GEOGRAPHY_LABEL = 'National - Regional - LA - OAs'
const YEAR_LABEL = /^(\d{4})\/(\d{2})( \(p\))?$/

// DWP: '".." denotes a nil or negligible number of children'. It is small but not necessarily zero, so it is
// kept null (never 0) with the flag for "too few to publish".
const NIL_OR_NEGLIGIBLE: Flag = 'low'

/**
 * Parses a DWP Stat-Xplore download of Children in Low Income Families by area and year: a block of title and filter
 * lines, a header `"Year","2014/15","2014/15 - Annotations",…`, a line `"National - Regional - LA - OAs",`, one row per
 * area code, a blank line, then notes. The number of title lines differs between downloads, so the header is found by
 * its first cell. Every line of the table must be as wide as the header; annotation cells must be empty (a
 * non-empty one would be a note the ETL does not know how to carry).
 */
export function parseCilifText(text: string, file: string): CilifTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const headerIndex = lines.findIndex((line) => line.startsWith('"Year",'))
  if (headerIndex < 0) throw new SourceError({ file }, 'no header row starting "Year" found')
  const endIndex = findTableEnd(lines, headerIndex)
  const geography = lines[headerIndex + 1]?.replace(/,+$/, '')
  if (geography !== `"${GEOGRAPHY_LABEL}"`)
    throw new SourceError(
      { file, row: headerIndex + 2, column: 'Year' },
      `expected the geography label "${GEOGRAPHY_LABEL}", found ${geography ?? 'end of file'}`,
    )
  // The table alone, as CSV: title lines and the geography label blanked so that line numbers stay those of the file.
  const tableText = lines
    .slice(0, endIndex)
    .map((line, i) => (i < headerIndex || i === headerIndex + 1 ? '' : line))
    .join('\n')
  const table = parseCsvText(tableText, file, { skipLines: headerIndex })
  const years = parseYearColumns(table.header, file, headerIndex + 1)
  const rows = table.rows.map((cells, i) => {
    const row = headerIndex + 3 + i
    const code = cells[0]?.trim() ?? ''
    if (code === '') throw new SourceError({ file, row, column: 'Year' }, 'empty area code')
    return { code, row, cells: years.map((y, k) => parseYearCell(cells, 1 + 2 * k, y.label, { file, row })) }
  })
  return { years, rows }
}

/** Index of the first blank line after the data rows (the notes follow it), or the end of the file. */
function findTableEnd(lines: readonly string[], headerIndex: number): number {
  const blank = lines.findIndex((line, i) => i > headerIndex + 1 && line.trim() === '')
  return blank < 0 ? lines.length : blank
}

function parseYearColumns(header: readonly string[], file: string, row: number): CilifYear[] {
  const columns = header.at(-1) === '' ? header.slice(1, -1) : header.slice(1)
  if (columns.length === 0 || columns.length % 2 !== 0)
    throw new SourceError({ file, row }, 'expected pairs of year and annotation columns after "Year"')
  const years: CilifYear[] = []
  for (let i = 0; i < columns.length; i += 2) {
    const label = columns[i] ?? ''
    const match = YEAR_LABEL.exec(label)
    const start = Number(match?.[1])
    if (!match || (start + 1) % 100 !== Number(match[2]))
      throw new SourceError({ file, row, column: label }, 'expected a financial year such as "2014/15"')
    const annotation = `${label.replace(' (p)', '')} - Annotations`
    if (columns[i + 1] !== annotation)
      throw new SourceError({ file, row, column: columns[i + 1] ?? '' }, `expected "${annotation}"`)
    years.push({ label, year: start + 1, isProvisional: match[3] !== undefined })
  }
  const seen = new Set(years.map((y) => y.year))
  if (seen.size !== years.length) throw new SourceError({ file, row }, 'a year appears twice')
  return years
}

function parseYearCell(
  cells: readonly string[],
  index: number,
  label: string,
  at: { file: string; row: number },
): Cell {
  const annotation = cells[index + 1]?.trim() ?? ''
  if (annotation !== '')
    throw new SourceError({ ...at, column: `${label} - Annotations` }, `unexpected annotation "${annotation}"`)
  const raw = cells[index]?.trim() ?? ''
  const location = { ...at, column: label }
  if (raw === '..') return { value: null, flag: NIL_OR_NEGLIGIBLE }
  const cell = parseNumberCell(raw, location)
  if (cell.value === null || !Number.isInteger(cell.value) || cell.value < 0)
    throw new SourceError(location, `expected a count of children or "..", found "${raw}"`)
  return cell
}
