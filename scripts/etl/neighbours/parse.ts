import { CLOSENESS_BANDS, type ClosenessBand } from '../../../src/schema/neighbours'
import { parseIntegerCell } from '../../lib/cells'
import type { SheetGrid } from '../../lib/readWorkbook'
import { SourceError } from '../../lib/sourceError'

export const SN_SHEET = 'LA SN Groups'
export const NEIGHBOURS_PER_LA = 10

/** Row 3 of the sheet (rows 1-2 hold spreadsheet column letters and numbers). */
export const SN_HEADER: readonly string[] = [
  'LA num',
  'LA Name',
  'LA number',
  'GOInd',
  'GOReg',
  ...Array.from({ length: NEIGHBOURS_PER_LA }, (_, i) => [`SN${i + 1}`, 'SNP']).flat(),
]
const HEADER_ROW_INDEX = 2
const FIRST_NEIGHBOUR_COLUMN = 5

/** One neighbour as the sheet lists it: DfE LA number and closeness band, with where it was read. */
export interface ListedNeighbour {
  laNumber: number
  band: ClosenessBand
  /** Spreadsheet column letter of the SNk cell, for error messages. */
  column: string
}

/** One authority's row of the sheet. `neighbours` is empty when DfE lists none (every SN cell "-"). */
export interface SnRow {
  laNumber: number
  laName: string
  /** 1-based spreadsheet row. */
  row: number
  neighbours: ListedNeighbour[]
}

/**
 * Reads DfE's "LA SN Groups" sheet. The current authorities come first; after a row "Old SNs:" DfE keeps the lists of
 * former authorities (Dorset/Poole/Bournemouth pre-2019, Northamptonshire, Cumbria), which are read the same way.
 * A new authority the list predates (Cumberland, Westmorland and Furness in April 2021) has "-" in every SN cell.
 */
export function parseSnSheet(grid: SheetGrid): SnRow[] {
  const { file } = grid
  checkHeader(grid)
  const out: SnRow[] = []
  grid.rows.forEach((cells, index) => {
    if (index <= HEADER_ROW_INDEX) return
    const row = index + 1
    if (cells.every((c) => c === '')) return
    if (cells[0] === '' && cells[1] === 'Old SNs:') return
    const laNumber = parseIntegerCell(cells[0], { file, row, column: 'A' })
    const repeated = parseIntegerCell(cells[2], { file, row, column: 'C' })
    if (repeated !== laNumber)
      throw new SourceError({ file, row, column: 'C' }, `LA number ${repeated} differs from column A (${laNumber})`)
    out.push({ laNumber, laName: cells[1] ?? '', row, neighbours: parseNeighbourCells(cells, file, row) })
  })
  return out
}

function checkHeader({ file, rows }: SheetGrid): void {
  const header = (rows[HEADER_ROW_INDEX] ?? []).map((h) => h.trim())
  SN_HEADER.forEach((expected, i) => {
    if (header[i] !== expected)
      throw new SourceError(
        { file, row: HEADER_ROW_INDEX + 1, column: columnLetter(i) },
        `expected header "${expected}", found "${header[i] ?? ''}"`,
      )
  })
  const extra = header.slice(SN_HEADER.length).findIndex((h) => h !== '')
  if (extra >= 0)
    throw new SourceError(
      { file, row: HEADER_ROW_INDEX + 1, column: columnLetter(SN_HEADER.length + extra) },
      'unexpected extra column',
    )
}

function parseNeighbourCells(cells: readonly string[], file: string, row: number): ListedNeighbour[] {
  const pairs = Array.from({ length: NEIGHBOURS_PER_LA }, (_, k) => FIRST_NEIGHBOUR_COLUMN + 2 * k)
  const isNoneListed = pairs.every((i) => cells[i] === '-' && cells[i + 1] === '-')
  if (isNoneListed) return []
  return pairs.map((i) => ({
    laNumber: parseIntegerCell(cells[i], { file, row, column: columnLetter(i) }),
    band: parseBand(cells[i + 1] ?? '', { file, row, column: columnLetter(i + 1) }),
    column: columnLetter(i),
  }))
}

/** "Very Close" / "Very close" → 'very close'; anything not one of DfE's five bands stops the ETL. */
export function parseBand(text: string, at: { file: string; row: number; column: string }): ClosenessBand {
  const band = CLOSENESS_BANDS.find((b) => b === text.trim().toLowerCase())
  if (!band) throw new SourceError(at, `expected a closeness band (${CLOSENESS_BANDS.join(', ')}), found "${text}"`)
  return band
}

/** 0 → "A", 25 → "Z" (the sheet has 25 columns). */
export function columnLetter(index: number): string {
  return String.fromCharCode(65 + index)
}
