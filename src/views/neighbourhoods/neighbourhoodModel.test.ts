import { describe, expect, it } from 'vitest'
import type { LsoaStanding } from '../../map/lsoaMap'
import {
  compareDeciles,
  EDITIONS,
  englandDecileCounts,
  neighbourhoodCsv,
  readEdition,
  readMeasure,
  unavailableMeasureNotice,
} from './neighbourhoodModel'

const standing = (code: string, rank: number, decile: number, extra: Partial<LsoaStanding> = {}): LsoaStanding => ({
  code,
  name: `Barnsley ${code.slice(-3)}`,
  rank,
  decile,
  fill: '#000000',
  rankText: '',
  ...extra,
})

describe('neighbourhood view model', () => {
  it('defaults to IoD2025 and the overall IMD; IDACI only where the edition has it', () => {
    expect(readEdition(null)).toBe(2025)
    expect(readEdition('2019')).toBe(2019)
    expect(readEdition('2031')).toBe(2025)
    expect(readMeasure('idaci', 2025)).toBe('idaci')
    expect(readMeasure('idaci', 2019)).toBe('imd')
    expect(readMeasure('income', 2019)).toBe('income')
  })

  it('says so when a link asks for a measure its edition does not map', () => {
    expect(unavailableMeasureNotice('idaci', 2019)).toEqual({
      key: 'domain',
      value: 'idaci',
      message:
        'Income deprivation affecting children (IDACI) is not mapped for the English Indices of Deprivation 2019; the map shows the overall Index of Multiple Deprivation.',
    })
    expect(unavailableMeasureNotice('idaci', 2025)).toBeUndefined()
    expect(unavailableMeasureNotice('income', 2019)).toBeUndefined()
  })

  it('cuts England into tenths by rank, on 33,755 and on 32,844 neighbourhoods', () => {
    const counts = englandDecileCounts(33_755)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(33_755)
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3375)
    expect(Math.max(...counts)).toBeLessThanOrEqual(3376)
    expect(englandDecileCounts(32_844).reduce((a, b) => a + b, 0)).toBe(32_844)
  })

  it('sets the authority’s shares against England’s', () => {
    const rows = compareDeciles([2, 1, 0, 0, 0, 0, 0, 0, 0, 1], englandDecileCounts(100))
    expect(rows[0]).toEqual({ decile: 1, label: '1 (most deprived 10%)', count: 2, share: 50, englandShare: 10 })
    expect(rows[9]?.share).toBe(25)
  })

  it('writes the CSV by rank with ward and score for IoD2025, without them for IoD2019', () => {
    const rows = [
      standing('E01007403', 459, 1, { ward: 'Monk Bretton', score: 66.892 }),
      standing('E01007325', 120, 1, { ward: 'Dearne South', score: 70.1 }),
    ]
    const csv = neighbourhoodCsv(rows, EDITIONS[2025])
    expect(csv.header).toEqual([
      'lsoa_code',
      'lsoa_name',
      'ward',
      'score',
      'rank (1 = most deprived of 33755)',
      'decile (1 = most deprived 10%)',
    ])
    expect(csv.rows[0]).toEqual(['E01007325', 'Barnsley 325', 'Dearne South', 70.1, 120, 1])
    expect(neighbourhoodCsv([standing('E01000001', 5, 1)], EDITIONS[2019]).header).toEqual([
      'lsoa_code',
      'lsoa_name',
      'rank (1 = most deprived of 32844)',
      'decile (1 = most deprived 10%)',
    ])
  })
})
