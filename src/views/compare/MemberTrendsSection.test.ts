import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { buildAreaIndex } from '../../model/lifetimes'
import { testArea } from '../../testing/testAreas'
import { buildMemberTrendInputs } from './MemberTrendsSection'

const indicator = {
  id: 'cla_rate',
  label: 'CLA',
  shortLabel: 'CLA',
  topic: 'looked-after',
  unit: 'rate per 10,000',
  decimals: 0,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
  source: ['x'],
  definition: 'x',
} satisfies Indicator
const series: Series = {
  id: 'cla_rate',
  years: [2024, 2025],
  values: { A: [80, 85], B: [null, 60], OLD: [5, 6] },
  flags: { B: ['c', null] },
  england: [70, 67],
  yearSources: ['s', 's'],
  yearProvenance: ['published', 'published'],
}

describe('buildMemberTrendInputs', () => {
  it('makes one panel per authority in order, each with its own line (within its lifetime), flags and England', () => {
    const inputs = buildMemberTrendInputs(
      ['A', 'B', 'Z', 'OLD'],
      series,
      indicator,
      buildAreaIndex([
        testArea('A', { name: 'Area A' }),
        testArea('B', { name: 'Area B' }),
        testArea('OLD', { lastYear: 2024 }),
      ]),
    )
    expect(inputs.map((i) => i.title)).toEqual(['Area A', 'Area B', 'Z', 'OLD'])
    expect(inputs[1]?.lines[0]).toMatchObject({ values: [null, 60], flags: ['c', null] })
    expect(inputs[2]?.lines[0]?.values).toEqual([null, null])
    // Nothing is drawn for a year the authority did not exist, whatever the file holds.
    expect(inputs[3]?.lines[0]?.values).toEqual([5, null])
    expect(inputs[0]?.lines[1]).toMatchObject({ role: 'england', values: [70, 67] })
  })
})
