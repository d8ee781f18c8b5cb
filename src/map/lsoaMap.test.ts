import { describe, expect, it } from 'vitest'
import type { LsoaProperties } from '../schema/geo'
import { countByDecile, decileFill, describeDecile, readLsoa21Standing, readLsoaStanding } from './lsoaMap'
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

describe('readLsoa21Standing', () => {
  const props21 = {
    code: 'E01007325',
    name: 'Barnsley 032C',
    ward: 'Dearne South',
    scores: [55.1, 0.3, 0.25, 60, 1.8, 1.2, 20, 10],
    ranks: [300, 400, 500, 600, 700, 800, 900, 1000, 250],
    deciles: [1, 1, 1, 1, 1, 1, 3, 4, 1],
  }
  it('reads the IMD score, rank and decile with the ward name and a rank out of 33,755', () => {
    expect(readLsoa21Standing(props21, 'imd')).toMatchObject({
      ward: 'Dearne South',
      score: 55.1,
      rank: 300,
      decile: 1,
      rankText: 'Rank 300 of 33,755 (1 = most deprived)',
    })
  })
  it('reads IDACI from the last position, without a score', () => {
    const idaci = readLsoa21Standing(props21, 'idaci')
    expect(idaci).toMatchObject({ rank: 250, decile: 1 })
    expect(idaci.score).toBeUndefined()
  })
})
