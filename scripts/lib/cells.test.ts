import { describe, expect, it } from 'vitest'
import { parseIntegerCell, parseNumberCell } from './cells'

const at = { file: 'f.csv', row: 7, column: 'At31_episodes' }

describe('parseNumberCell', () => {
  it('reads plain, decimal, exponent and thousands-separated numbers', () => {
    expect(parseNumberCell('42', at)).toEqual({ value: 42, flag: null })
    expect(parseNumberCell('48.7', at)).toEqual({ value: 48.7, flag: null })
    expect(parseNumberCell('4.798E-2', at)).toEqual({ value: 0.04798, flag: null })
    expect(parseNumberCell('4,207', at)).toEqual({ value: 4207, flag: null })
    expect(parseNumberCell('1,234,567.5', at)).toEqual({ value: 1234567.5, flag: null })
  })

  it('keeps suppression markers as flags with a null value, never 0', () => {
    expect(parseNumberCell('c', at)).toEqual({ value: null, flag: 'c' })
    expect(parseNumberCell('x', at)).toEqual({ value: null, flag: 'x' })
    expect(parseNumberCell('z', at)).toEqual({ value: null, flag: 'z' })
    expect(parseNumberCell('..', at)).toEqual({ value: null, flag: 'x' })
    expect(parseNumberCell(':', at)).toEqual({ value: null, flag: 'x' })
    expect(parseNumberCell('#VALUE!', at)).toEqual({ value: null, flag: 'x' })
    expect(parseNumberCell('low', at)).toEqual({ value: null, flag: 'low' })
  })

  it('rejects an empty cell unless allowed, and then flags it as missing', () => {
    expect(() => parseNumberCell('', at)).toThrow(
      'f.csv, row 7, column "At31_episodes": expected a number, found an empty cell',
    )
    expect(parseNumberCell(' ', at, true)).toEqual({ value: null, flag: '-' })
  })

  it('stops on a non-numeric cell, naming file, row and column', () => {
    expect(() => parseNumberCell('12a', at)).toThrow('f.csv, row 7, column "At31_episodes"')
    expect(() => parseNumberCell('4,20', at)).toThrow('expected a number or a suppression marker, found "4,20"')
  })
})

describe('parseIntegerCell', () => {
  it('accepts whole numbers only', () => {
    expect(parseIntegerCell('370', at)).toBe(370)
    expect(parseIntegerCell(370, at)).toBe(370)
    expect(() => parseIntegerCell('3.5', at)).toThrow('expected a whole number')
    expect(() => parseIntegerCell('x', at)).toThrow('expected a whole number')
  })
})
