import { parseNumberCell, type Cell } from '../../lib/cells'
import type { SheetGrid } from '../../lib/readWorkbook'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import { REGION_CODES } from '../areas/lineage'
import type { AreaRegistry } from '../areas/registry'
import { dropRow, ENGLAND_CODE, type Observation, type SourceReport } from '../types'
import { CLA_IDS, publishedObservation, type ClaIndicatorId } from './observations'

/** SFR27/2010 (30 September 2010; day approximate): LA tables keyed by authority name only. */
const PUBLICATION = { sourceId: 'cla-pre-2018', release: 20100930 }
const YEAR = 2010

/** One sheet: which 2010 column (numbers, and rates where there are any) becomes which indicator. */
export interface Sheet2010 {
  file: string
  sheet: string
  /** Indicator of the first "2010" column (numbers). */
  numbers: ClaIndicatorId
  /** Indicator of the second "2010" column (rates), if the sheet has one. */
  rates?: ClaIndicatorId
}

export const SHEETS_2010: readonly Sheet2010[] = [
  { file: 'cla/pre-2018/2010/sfr27-2010amv5.xls', sheet: 'LAA1', numbers: CLA_IDS.count, rates: CLA_IDS.rate },
  { file: 'cla/pre-2018/2010/sfr27-2010startedv3.xls', sheet: 'LAC1', numbers: CLA_IDS.startsCount },
  { file: 'cla/pre-2018/2010/sfr27-2010ceasedv3.xls', sheet: 'LAD1', numbers: CLA_IDS.ceasedCount },
]

/** DfE 2010 spellings that the registry's name normalisation does not resolve, mapped to today's names. */
export const NAME_ALIASES_2010: Readonly<Record<string, string>> = {
  Durham: 'County Durham',
  'Medway Towns': 'Medway',
  'Bedford Borough': 'Bedford',
}

/** Names that meant another authority in 2010 than today: "Dorset" was the county council (LA 835) until 2019. */
export const CODES_2010: Readonly<Record<string, string>> = { Dorset: 'E10000009' }

/** "Cheshire East5" → "Cheshire East": the sheets append footnote numbers to names. */
export function cleanName(raw: string): string {
  return raw.replace(/\d+(,\d+)*$/, '').trim()
}

const YEARS = ['2006', '2007', '2008', '2009', '2010']

/** The header row (2006 … 2010) and the column indexes of each "2010" (numbers first, then rates). */
function findHeader(grid: SheetGrid): { headerRow: number; nameColumn: number; columns2010: number[] } {
  for (const [r, row] of grid.rows.entries()) {
    const start = row.indexOf('2006')
    if (start < 0 || !YEARS.every((y, k) => row[start + k] === y)) continue
    const columns2010 = row.flatMap((cell, c) => (cell === '2010' ? [c] : []))
    return { headerRow: r, nameColumn: start - 1, columns2010 }
  }
  throw new SourceError(
    { file: grid.file, column: '2010' },
    `sheet ${grid.sheet}: no header row with the years 2006 to 2010`,
  )
}

const REGION_NAMES: Readonly<Record<string, string>> = REGION_CODES

function areaCodeFor(name: string, areas: AreaRegistry, at: SourceLocation): string {
  if (name === 'England') return ENGLAND_CODE
  const region = REGION_NAMES[name]
  if (region) return region
  const fixed = CODES_2010[name]
  if (fixed) return fixed
  const area = areas.findByName(NAME_ALIASES_2010[name] ?? name)
  if (!area) throw new SourceError(at, `authority name "${name}" matches no authority (add it to NAME_ALIASES_2010?)`)
  return area.code
}

function parse2010Cell(raw: string | undefined, at: SourceLocation): Cell {
  // "." = not applicable in these sheets (authorities that no longer existed in 2010).
  if ((raw ?? '').trim() === '.') return { value: null, flag: 'z' }
  return parseNumberCell(raw, at)
}

/** The 2010 figures of one SFR27/2010 sheet; every authority name must match (an unknown one stops the ETL). */
export function parseSheet2010(
  grid: SheetGrid,
  spec: Sheet2010,
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const path = grid.file
  const { headerRow, nameColumn, columns2010 } = findHeader(grid)
  const expected = spec.rates ? 2 : 1
  if (columns2010.length < expected)
    throw new SourceError(
      { file: path, row: headerRow + 1, column: '2010' },
      `expected ${expected} columns headed 2010`,
    )
  const [numbersColumn = -1, ratesColumn = -1] = columns2010
  const out: Observation[] = []
  const seen = new Set<string>()
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? []
    const name = cleanName(row[nameColumn] ?? '')
    if (row.some((cell) => cell.startsWith('Source:')) || /^\d+\.\s/.test(row[nameColumn] ?? '')) break // footnotes
    if (name === '') continue
    const at = { file: path, row: r + 1 }
    report.rowsRead++
    const numbers = parse2010Cell(row[numbersColumn], { ...at, column: `2010 (${spec.sheet} numbers)` })
    if (numbers.flag === 'z') {
      dropRow(report, 'authority abolished before 2010 (Cheshire, Bedfordshire)')
      continue
    }
    const areaCode = areaCodeFor(name, areas, { ...at, column: 'name' })
    if (seen.has(areaCode))
      throw new SourceError(
        { ...at, column: 'name' },
        `"${name}" is a second row for ${areaCode} (name matched the wrong authority?)`,
      )
    seen.add(areaCode)
    report.rowsKept++
    const numbersAt = { ...at, column: `2010 (${spec.sheet} numbers)` }
    out.push(publishedObservation(spec.numbers, areaCode, YEAR, numbers, PUBLICATION, numbersAt))
    if (spec.rates) {
      const ratesAt = { ...at, column: `2010 (${spec.sheet} rates)` }
      out.push(
        publishedObservation(
          spec.rates,
          areaCode,
          YEAR,
          parse2010Cell(row[ratesColumn], ratesAt),
          PUBLICATION,
          ratesAt,
        ),
      )
    }
  }
  return out
}
