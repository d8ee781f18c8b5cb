import { describe, expect, it } from 'vitest'
import type { LsoaProperties } from '../schema/geo'
import { countByDecile, decileFill, describeDecile, readLsoaStanding } from './lsoaMap'
import { DECILE_PALETTE } from './palette'

const props: LsoaProperties = {
  code: 'E01000001',
  name: 'City of London 001A',
  ranks: [29199, 32831, 32742, 32842, 32113, 32662, 7319, 6123],
  deciles: [9, 10, 10, 10, 10, 10, 3, 2],
}

describe('readLsoaStanding', () => {
  it('reads the overall IMD rank and decile from the first position', () => {
    expect(readLsoaStanding(props, 'imd')).toMatchObject({
      rank: 29199,
      decile: 9,
      fill: DECILE_PALETTE[8],
      rankText: 'Rank 29,199 of 32,844 (1 = most deprived)',
    })
  })
  it('reads a domain from its LSOA_DOMAINS position', () => {
    expect(readLsoaStanding(props, 'environment')).toMatchObject({ rank: 6123, decile: 2 })
    expect(readLsoaStanding(props, 'housing_and_access').decile).toBe(3)
  })
})

describe('deciles', () => {
  it('colours decile 1 darkest and 10 lightest, and refuses anything else', () => {
    expect(decileFill(1)).toBe('#440154')
    expect(decileFill(10)).toBe('#fde725')
    expect(() => decileFill(0)).toThrow(RangeError)
    expect(() => decileFill(11)).toThrow(RangeError)
  })
  it('labels the ends of the scale', () => {
    expect(describeDecile(1)).toBe('1 (most deprived 10%)')
    expect(describeDecile(5)).toBe('5')
    expect(describeDecile(10)).toBe('10 (least deprived 10%)')
  })
  it('counts LSOAs per decile, zero where there are none', () => {
    expect(countByDecile([{ decile: 1 }, { decile: 1 }, { decile: 10 }])).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    expect(countByDecile([])).toEqual(Array(10).fill(0))
  })
})
