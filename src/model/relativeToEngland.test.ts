import { describe, expect, it } from 'vitest'
import {
  canIndexToEngland,
  indexLineToEngland,
  indexToEngland,
  NO_ENGLAND_FIGURE,
  notesWhereEnglandMissing,
  relativeTitleSuffix,
} from './relativeToEngland'

describe('indexToEngland', () => {
  const england = [50, 40, null, 0]
  const values = [60, null, 30, 10]

  it('divides by England’s figure for the same year', () => {
    expect(indexToEngland(values, england, 'ratio')).toEqual([1.2, null, null, null])
  })

  it('subtracts England’s figure for the same year', () => {
    expect(indexToEngland(values, england, 'difference')).toEqual([10, null, null, 10])
  })

  it('leaves values as published untouched', () => {
    expect(indexToEngland(values, england, 'values')).toEqual(values)
  })

  it('puts England itself at 1 and 0 wherever it has a non-zero figure', () => {
    expect(indexToEngland(england, england, 'ratio')).toEqual([1, 1, null, null])
    expect(indexToEngland(england, england, 'difference')).toEqual([0, 0, null, 0])
  })

  it('says why a figure could not be indexed when England has none', () => {
    expect(notesWhereEnglandMissing(values, england, 'ratio')).toEqual([null, null, NO_ENGLAND_FIGURE, null])
    expect(notesWhereEnglandMissing(values, england, 'values')).toEqual([null, null, null, null])
  })

  it('indexes a whole trend line, keeping its flags and notes', () => {
    const line = { key: 'a', values: [60, 30], flags: ['x', null], notes: ['7 of 10 had data', null] }
    expect(indexLineToEngland(line, [50, null], 'difference')).toEqual({
      key: 'a',
      values: [10, null],
      flags: ['x', null],
      notes: ['7 of 10 had data', NO_ENGLAND_FIGURE],
    })
    expect(indexLineToEngland(line, [50, null], 'values')).toBe(line)
  })

  it('needs at least one England figure', () => {
    expect(canIndexToEngland([null, null])).toBe(false)
    expect(canIndexToEngland([null, 3])).toBe(true)
  })
})

describe('relativeTitleSuffix', () => {
  it('names the mode in chart titles', () => {
    expect(relativeTitleSuffix('ratio')).toBe(', as a ratio to England')
    expect(relativeTitleSuffix('values')).toBe('')
  })
})
