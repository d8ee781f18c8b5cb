import { makeLsoaLocator, type LsoaVintage } from './lsoaIndex'
import type { ColumnChoice, GradientReference, Measure, UploadProblem } from './types'

/** More data rows than England has neighbourhoods in either year (33,755) means it is not a file of LSOA counts. */
export const MAX_DATA_ROWS = 40_000
/** How many instances of one problem are listed before "and N more". */
const LISTED = 8

/**
 * Cells that mean "not published" in council and DfE tables: c, x, z, u, k, low (bare or in brackets), asterisks, ":",
 * "..", a dash, "<5", "1-5", n/a. They are read as unknown, never as 0.
 */
const SUPPRESSION = /^(\[?(c|x|z|u|k|low|supp|suppressed|redacted)\]?|\*+|:|\.\.|-|–|~|<\s*\d+|\d+\s*-\s*\d+|n\/?a)$/i

export interface ValidRow {
  code: string
  /** 1-based row in the file. */
  row: number
  values: Partial<Record<Measure, number | null>>
}

export type Validation =
  | { ok: true; vintage: LsoaVintage; rows: ValidRow[]; suppressedCells: number; blankCells: number }
  | { ok: false; problems: UploadProblem[] }

const listed = (items: readonly string[]) =>
  items.length <= LISTED ? items.join(', ') : `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Reads a count cell: a whole number ≥ 0 (thousands separators allowed), unknown for suppression or blank. */
function readCount(text: string): {
  value: number | null
  kind: 'number' | 'suppressed' | 'blank' | 'negative' | 'nan'
} {
  const cell = text.trim()
  if (cell === '') return { value: null, kind: 'blank' }
  if (SUPPRESSION.test(cell)) return { value: null, kind: 'suppressed' }
  const numeric = /^-?\d{1,3}(,\d{3})+(\.0+)?$/.test(cell) ? cell.replace(/,/g, '') : cell
  const value = Number(numeric)
  if (!/^-?\d+(\.\d+)?$/.test(numeric) || !Number.isFinite(value) || !Number.isInteger(value))
    return { value: null, kind: value < 0 ? 'negative' : 'nan' }
  if (value < 0) return { value: null, kind: 'negative' }
  return { value, kind: 'number' }
}

/**
 * Checks every data row of the file against the authority's neighbourhoods and collects every problem (not just the
 * first), each naming rows and columns. Nothing is returned for computing unless the whole file is sound.
 */
export function validateRows(
  table: readonly string[][],
  lsoaColumn: number,
  columns: readonly ColumnChoice[],
  reference: GradientReference,
): Validation {
  const header = table[0] ?? []
  const lsoaHeader = header[lsoaColumn] ?? 'lsoa_code'
  const measures = columns.filter((c): c is ColumnChoice & { measure: Measure } => c.measure !== null)
  const body = table
    .slice(1)
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  if (body.length === 0)
    return { ok: false, problems: [{ kind: 'empty', message: 'The file has a header row but no data rows.' }] }
  if (body.length > MAX_DATA_ROWS)
    return {
      ok: false,
      problems: [
        {
          kind: 'too-large',
          message: `The file has ${body.length.toLocaleString('en-GB')} data rows; a file of neighbourhood counts has at most one row per LSOA (England has 33,755), so at most ${MAX_DATA_ROWS.toLocaleString('en-GB')} rows are read.`,
        },
      ],
    }

  const locate = makeLsoaLocator(reference.index)
  const problems: UploadProblem[] = []
  const unknown: string[] = []
  const firstRowOf = new Map<string, number>()
  const duplicates: string[] = []
  const only2011: Array<{ code: string; row: number }> = []
  const only2021: Array<{ code: string; row: number }> = []
  const negative: string[] = []
  const notNumbers: string[] = []
  const rows: ValidRow[] = []
  let suppressedCells = 0
  let blankCells = 0

  for (const { cells, row } of body) {
    const code = (cells[lsoaColumn] ?? '').trim().toUpperCase()
    const in2011 = locate(code, 2011) !== undefined
    const in2021 = locate(code, 2021) !== undefined
    if (!in2011 && !in2021) {
      unknown.push(code === '' ? `row ${row} (empty)` : `row ${row} (${code})`)
      continue
    }
    if (in2011 && !in2021) only2011.push({ code, row })
    if (in2021 && !in2011) only2021.push({ code, row })
    const first = firstRowOf.get(code)
    if (first !== undefined) duplicates.push(`${code} in rows ${first} and ${row}`)
    else firstRowOf.set(code, row)
    const values: ValidRow['values'] = {}
    for (const column of measures) {
      const raw = cells[column.index] ?? ''
      const read = readCount(raw)
      const where = `row ${row} column "${column.header}" ("${raw.trim()}")`
      if (read.kind === 'negative') negative.push(where)
      else if (read.kind === 'nan') notNumbers.push(where)
      else if (read.kind === 'suppressed') suppressedCells++
      else if (read.kind === 'blank') blankCells++
      values[column.measure] = read.value
    }
    rows.push({ code, row, values })
  }

  if (unknown.length)
    problems.push({
      kind: 'unknown-lsoa',
      message: `${plural(unknown.length, 'row')} in column "${lsoaHeader}" ${unknown.length === 1 ? 'has' : 'have'} no English LSOA code of 2011 or 2021: ${listed(unknown)}. Codes look like E01007434.`,
    })
  if (only2011.length && only2021.length) {
    const fewer2011 = only2011.length <= only2021.length
    const odd = fewer2011 ? only2011 : only2021
    problems.push({
      kind: 'mixed-vintages',
      message: `The file mixes 2011 and 2021 LSOA codes in column "${lsoaHeader}": ${plural(only2011.length, 'code')} exist${only2011.length === 1 ? 's' : ''} only in 2011 and ${plural(only2021.length, 'code')} only in 2021. Use one year's codes throughout; the ${fewer2011 ? '2011-only' : '2021-only'} ones are ${listed(odd.map((o) => `row ${o.row} (${o.code})`))}.`,
    })
  }
  const vintage: LsoaVintage = only2021.length > only2011.length ? 2021 : 2011
  if (!problems.some((p) => p.kind === 'mixed-vintages')) {
    const outside = new Map<string, string[]>()
    for (const r of rows) {
      const area = locate(r.code, vintage)
      if (area && area !== reference.areaCode)
        outside.set(area, [...(outside.get(area) ?? []), `${r.code} (row ${r.row})`])
    }
    if (outside.size) {
      const total = [...outside.values()].reduce((s, l) => s + l.length, 0)
      const parts = [...outside.entries()]
        .sort((a, b) => b[1].length - a[1].length)
        .map(([area, list]) => `${list.length} in ${reference.areaNames[area] ?? area}: ${listed(list)}`)
      problems.push({
        kind: 'outside-authority',
        message: `${plural(total, 'neighbourhood')} in the file ${total === 1 ? 'is' : 'are'} not in ${reference.areaName}: ${parts.join('; ')}. Choose the right authority, or remove these rows.`,
      })
    }
  }
  if (duplicates.length)
    problems.push({
      kind: 'duplicate',
      message: `${plural(duplicates.length, 'LSOA')} appear${duplicates.length === 1 ? 's' : ''} more than once: ${listed(duplicates)}. Each neighbourhood needs exactly one row.`,
    })
  if (negative.length) problems.push({ kind: 'negative', message: `Counts cannot be negative: ${listed(negative)}.` })
  if (notNumbers.length)
    problems.push({
      kind: 'not-a-number',
      message: `${plural(notNumbers.length, 'cell')} ${notNumbers.length === 1 ? 'is' : 'are'} not a whole number of children or a suppression marker (such as c, x or *): ${listed(notNumbers)}.`,
    })
  return problems.length ? { ok: false, problems } : { ok: true, vintage, rows, suppressedCells, blankCells }
}
