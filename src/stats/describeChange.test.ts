import { describe, expect, it } from 'vitest'
import { computeChange, describeChange } from './describeChange'

const base = { fromYear: 2024, toYear: 2025, decimals: 0 }

describe('describeChange', () => {
  it('says up, by how much, from what, and the relative change', () => {
    expect(describeChange({ ...base, from: 80, to: 92 })).toBe('Up 12 since 2024 (from 80, +15%)')
  })

  it('says down with a true minus sign on the percentage', () => {
    expect(describeChange({ ...base, from: 70.1, to: 65.3, decimals: 1, fromYear: 2020 })).toBe(
      'Down 4.8 since 2020 (from 70.1, −7%)',
    )
  })

  it('treats a change that vanishes at the published precision as no change', () => {
    expect(describeChange({ ...base, from: 12.31, to: 12.34, decimals: 1 })).toBe('No change since 2024')
  })

  it('says which year is missing instead of inventing a change', () => {
    expect(describeChange({ ...base, from: null, to: 5 })).toBe('Not comparable: no figure for 2024')
    expect(describeChange({ ...base, from: 5, to: null })).toBe('Not comparable: no figure for 2025')
  })

  it('leaves out the percentage when the earlier figure is zero', () => {
    expect(describeChange({ ...base, from: 0, to: 3 })).toBe('Up 3 since 2024 (from 0)')
  })

  it('describes rank moves in places towards what either end of the rank means', () => {
    const rankEnds = { first: 'most deprived', last: 'least deprived' }
    expect(describeChange({ ...base, fromYear: 2015, from: 30, to: 25, rankEnds })).toBe(
      'Moved 5 places towards most deprived since 2015 (from 30)',
    )
    expect(describeChange({ ...base, fromYear: 2015, from: 30, to: 31, rankEnds })).toBe(
      'Moved 1 place towards least deprived since 2015 (from 30)',
    )
    const best = { first: 'best', last: 'worst' }
    expect(describeChange({ ...base, fromYear: 2015, from: 30, to: 25, rankEnds: best })).toBe(
      'Moved 5 places towards best since 2015 (from 30)',
    )
  })
})

describe('computeChange', () => {
  it('is null when either end is missing', () => {
    expect(computeChange({ ...base, from: null, to: 1 })).toBeNull()
  })

  it('rounds both ends to the published decimals before subtracting', () => {
    expect(computeChange({ ...base, from: 1.04, to: 1.26, decimals: 1 })).toEqual({
      difference: 0.3,
      relative: 0.3 / 1.04,
    })
  })
})
