import { parseNumberCell, type Cell } from '../../lib/cells'
import { parseCsvText, requireColumns } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/** ONS mid-year estimates by age from Nomis, by county/unitary as of April 2021 (downloaded 30 March 2023). */
export const NOMIS_DIR = 'population/nomis-mye-utla21-2009-2021'

/** The Nomis files by age band: file name and the "Age :" label its title block must carry. */
export const NOMIS_AGE_FILES = {
  '0-4': { file: `${NOMIS_DIR}/popest-0-4.csv`, ageLabel: 'Age 0 - 4' },
  '5-9': { file: `${NOMIS_DIR}/popest-5-9.csv`, ageLabel: 'Aged 5-9' },
  '10-14': { file: `${NOMIS_DIR}/popest-10-14.csv`, ageLabel: 'Aged 10-14' },
  '15': { file: `${NOMIS_DIR}/popest-15.csv`, ageLabel: 'Age 15' },
  '16': { file: `${NOMIS_DIR}/popest-16.csv`, ageLabel: 'Age 16' },
} as const
export type NomisAgeBand = keyof typeof NOMIS_AGE_FILES

const AREA_COLUMN = 'local authority: county / unitary (as of April 2021)'
const CODE_COLUMN = 'mnemonic'

/** One area row of a Nomis table: the GSS code as published and one cell per mid-year. */
export interface NomisRow {
  code: string
  /** 1-based line in the file. */
  row: number
  byMidYear: ReadonlyMap<number, Cell>
}

export interface NomisTable {
  file: string
  ageLabel: string
  midYears: number[]
  rows: NomisRow[]
}

/**
 * Parses a Nomis "local authority based by single year of age" download: a title block (a blank line, the title, the
 * copyright line, `"Gender :"` and `"Age :"` lines, a blank line), the header
 * `"local authority: county / unitary (as of April 2021)","mnemonic","2009",…`, a blank line, one row per area, then
 * trailing blank lines. The age label must be the expected one (so a swapped file stops the ETL), every year column
 * must be a year, and nothing may follow the blank line that ends the data (the line numbers in errors depend on it).
 * Values are people; a marker such as "-" becomes null with its flag, never 0.
 */
export function parseNomisText(text: string, file: string, expectedAgeLabel: string): NomisTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  // The header is found by either of its two named columns, so that renaming one stops on requireColumns below,
  // which names the row and the column.
  const headerIndex = lines.findIndex(
    (line) => line.startsWith(`"${AREA_COLUMN}",`) || line.includes(`"${CODE_COLUMN}"`),
  )
  if (headerIndex < 0)
    throw new SourceError({ file, column: CODE_COLUMN }, `no header row with "${AREA_COLUMN}" or "${CODE_COLUMN}"`)
  const ageLabel = readAgeLabel(lines.slice(0, headerIndex), file)
  if (ageLabel !== expectedAgeLabel)
    throw new SourceError({ file, column: 'Age' }, `expected the age band "${expectedAgeLabel}", found "${ageLabel}"`)
  if (lines[headerIndex + 1]?.trim() !== '')
    throw new SourceError({ file, row: headerIndex + 2 }, 'expected a blank line after the header')
  const dataStart = headerIndex + 2
  const blank = lines.findIndex((line, i) => i >= dataStart && line.trim() === '')
  const dataEnd = blank < 0 ? lines.length : blank
  const trailing = lines.findIndex((line, i) => i > dataEnd && line.trim() !== '')
  if (trailing >= 0) throw new SourceError({ file, row: trailing + 1 }, 'unexpected line after the end of the data')
  // Header and data only; other lines blanked so that the CSV parser's line numbers stay those of the file.
  const tableText = lines
    .slice(0, dataEnd)
    .map((line, i) => (i === headerIndex || i >= dataStart ? line : ''))
    .join('\n')
  const table = parseCsvText(tableText, file, { skipLines: headerIndex })
  const cols = requireColumns(table, [AREA_COLUMN, CODE_COLUMN], headerIndex + 1)
  const yearColumns = table.header.flatMap((name, index) => {
    if (index === cols[AREA_COLUMN] || index === cols[CODE_COLUMN]) return []
    if (!/^\d{4}$/.test(name))
      throw new SourceError({ file, row: headerIndex + 1, column: name }, 'expected a mid-year such as "2014"')
    return [{ name, index, midYear: Number(name) }]
  })
  const rows = table.rows.map((cells, i) => {
    const row = dataStart + 1 + i
    const code = cells[cols[CODE_COLUMN]]?.trim() ?? ''
    if (!/^[A-Z]\d{8}$/.test(code))
      throw new SourceError({ file, row, column: CODE_COLUMN }, `expected a GSS area code, found "${code}"`)
    const byMidYear = new Map<number, Cell>()
    for (const { name, index, midYear } of yearColumns) {
      const at = { file, row, column: name }
      const cell = parseNumberCell(cells[index], at)
      if (cell.value !== null && (!Number.isInteger(cell.value) || cell.value < 0))
        throw new SourceError(at, `expected a number of people, found "${cells[index]}"`)
      byMidYear.set(midYear, cell)
    }
    return { code, row, byMidYear }
  })
  return { file, ageLabel, midYears: yearColumns.map((y) => y.midYear), rows }
}

function readAgeLabel(titleLines: readonly string[], file: string): string {
  const line = titleLines.find((l) => /^"Age\s*:"/.test(l))
  const label = line ? /^"Age\s*:","([^"]*)"/.exec(line)?.[1] : undefined
  if (label === undefined) throw new SourceError({ file, column: 'Age' }, 'no "Age :" line in the title block')
  return label.trim()
}
