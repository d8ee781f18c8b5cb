import { describe, expect, it } from 'vitest'
import { indicatorsFileSchema } from '../../../src/schema/indicators'
import { DISTRICT_INDICATORS, UTLA_INDICATORS } from './catalogue'
import { UTLA_COLUMNS } from './utlaColumns'

const catalogue = [...UTLA_INDICATORS, ...DISTRICT_INDICATORS]

describe('IMD catalogue', () => {
  it('is valid against the indicators schema, one entry per id', () => {
    expect(() => indicatorsFileSchema.parse(catalogue)).not.toThrow()
    expect(new Set(catalogue.map((i) => i.id)).size).toBe(catalogue.length)
  })

  it('describes every indicator the upper-tier summaries produce, and nothing else', () => {
    expect(UTLA_INDICATORS.map((i) => i.id).sort()).toEqual(UTLA_COLUMNS.map((c) => c.indicatorId).sort())
  })

  it('shows each figure with its published precision (proportions become % with two fewer decimals)', () => {
    for (const column of UTLA_COLUMNS) {
      const entry = UTLA_INDICATORS.find((i) => i.id === column.indicatorId)
      const shift = column.kind === 'proportion' ? 2 : 0
      expect(entry?.decimals, column.indicatorId).toBe(column.publishedDecimals - shift)
      expect(entry?.unit, column.indicatorId).toBe({ score: 'score', rank: 'rank', proportion: '%' }[column.kind])
    }
  })

  it('says how every converted or computed figure was derived', () => {
    for (const id of [
      'imd_most_deprived_10pc',
      'idaci_most_deprived_10pc',
      'imd_district_rank',
      'imd_district_rank_least',
    ])
      expect(catalogue.find((i) => i.id === id)?.method, id).toBeTruthy()
  })

  it('states that the district rank is the most deprived district for a multi-district authority', () => {
    const [rank, least] = DISTRICT_INDICATORS
    expect(rank?.definition).toMatch(/own rank.*MOST deprived district/s)
    expect(least?.definition).toMatch(/LEAST deprived/)
    expect(rank?.definition).toContain('317')
  })

  it('breaks every deprivation trend before IoD2025, which is not comparable with earlier editions', () => {
    for (const indicator of catalogue)
      expect(indicator.breaks, indicator.id).toEqual([
        { year: 2025, note: expect.stringMatching(/after housing costs: not comparable with earlier editions/) },
      ])
  })
})
