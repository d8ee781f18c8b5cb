import type { Flag } from '../../src/schema/flags'
import { SourceError, type SourceLocation } from './sourceError'

/** A parsed cell: a number, or null with the flag that says why. */
export interface Cell {
  value: number | null
  flag: Flag | null
}

// Source markers and the flag each becomes. `..` and `:` mean "not available" in the older DfE and S251 files;
// `#VALUE!` is a spreadsheet error DfE carried into one CSV, also not a number we can use.
const MARKERS: Record<string, Flag> = {
  c: 'c',
  x: 'x',
  z: 'z',
  u: 'u',
  low: 'low',
  k: 'k',
  '-': '-',
  '..': 'x',
  ':': 'x',
  '#VALUE!': 'x',
}

const NUMBER = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][-+]?\d+)?$/

/**
 * Parses one source cell. Thousands separators are accepted; suppression markers become a flag with a null value
 * (never 0); an empty cell is an error unless `allowEmpty`, where it becomes flag '-'. Anything else stops the ETL.
 */
export function parseNumberCell(raw: string | number | null | undefined, at: SourceLocation, allowEmpty = false): Cell {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new SourceError(at, `expected a number, found ${raw}`)
    return { value: raw, flag: null }
  }
  const text = (raw ?? '').trim()
  if (text === '') {
    if (allowEmpty) return { value: null, flag: '-' }
    throw new SourceError(at, 'expected a number, found an empty cell')
  }
  const marker = MARKERS[text] ?? MARKERS[text.toLowerCase()]
  if (marker) return { value: null, flag: marker }
  if (!NUMBER.test(text)) throw new SourceError(at, `expected a number or a suppression marker, found "${text}"`)
  return { value: Number(text.replace(/,/g, '')), flag: null }
}

/** The value of a required integer cell, e.g. a year or an LA number. */
export function parseIntegerCell(raw: string | number | null | undefined, at: SourceLocation): number {
  const { value } = parseNumberCell(raw, at)
  if (value === null || !Number.isInteger(value))
    throw new SourceError(at, `expected a whole number, found "${String(raw)}"`)
  return value
}
