import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../schema/indicators'
import { testArea as area } from '../../testing/testAreas'
import { testIndicator } from '../../testing/testIndicator'
import { testSeries } from '../../testing/testSeries'
import { buildTopicRow } from './buildTopicRow'

const turnover: Indicator = {
  ...testIndicator('lait_work_force_to_rate'),
  unit: '%',
  decimals: 1,
  polarity: 'higher-is-worse',
  yearType: '30 September',
}
const areas = [area('A'), area('B'), area('C'), area('D'), area('NEW', { firstYear: 2027 })]
const series = testSeries(
  [2024, 2025],
  { A: [10, 11.8], B: [12, 15], C: [14, 20], D: [16, null] },
  {
    england: [13, 15.5],
    flags: { D: [null, 'c'] },
  },
)

describe('buildTopicRow', () => {
  it('gives the latest figure, England’s and the LAIT quartile band', () => {
    // 2025: 11.8, 15, 20 → quartiles 11.8, 13.4, 15, 17.5, 20; A is in the lowest quarter, band A where lower is better.
    expect(buildTopicRow(turnover, series, areas[0] ?? area('A'), areas)).toMatchObject({
      when: '30 September 2025',
      value: '11.8%',
      england: '15.5%',
      band: 'A (the best quarter)',
    })
  })

  it('says why a figure is missing and gives no band for it, nor for a count', () => {
    expect(buildTopicRow(turnover, series, areas[3] ?? area('D'), areas)).toMatchObject({
      value: 'suppressed to protect confidentiality',
      band: '–',
    })
    const count = { ...turnover, unit: 'count', decimals: 0 } as const
    expect(buildTopicRow(count, series, areas[0] ?? area('A'), areas).band).toBe('–')
  })

  it('reads the authority’s lifetime by the year type: one created on 1 April 2025 existed at 30 September 2025', () => {
    expect(buildTopicRow(turnover, series, area('NEW', { firstYear: 2026 }), areas)).toMatchObject({
      when: '30 September 2025',
      value: 'no figure published',
    })
  })

  it('shows nothing for an authority that never had a year in the series', () => {
    expect(buildTopicRow(turnover, series, areas[4] ?? area('NEW'), areas)).toMatchObject({
      when: '–',
      value: 'no figure',
    })
  })
})
