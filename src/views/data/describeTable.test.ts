import { describe, expect, it } from 'vitest'
import { labelStatesUnit } from '../../charts/shared/format'
import { describeTableSize } from './DataTable'

describe('describeTableSize', () => {
  it('is singular for one authority or one column, plural otherwise', () => {
    expect(describeTableSize(1, 1)).toBe('1 authority, 1 indicator for 1 year')
    expect(describeTableSize(151, 1)).toBe('151 authorities, 1 indicator for 1 year')
    expect(describeTableSize(11, 10)).toBe('11 authorities, 10 indicator-years')
  })
})

describe('labelStatesUnit', () => {
  it('knows when a short label already names its unit, so it is not said twice', () => {
    expect(labelStatesUnit({ shortLabel: 'CLA ceased (number)', unit: 'count' })).toBe(true)
    expect(labelStatesUnit({ shortLabel: 'Safeguarding spend (cash £)', unit: '£' })).toBe(true)
    expect(labelStatesUnit({ shortLabel: 'CLA rate', unit: 'rate per 10,000' })).toBe(false)
    expect(labelStatesUnit({ shortLabel: 'Children in low income families', unit: '%' })).toBe(false)
  })
})
