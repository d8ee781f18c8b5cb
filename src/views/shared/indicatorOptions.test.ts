import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../schema/indicators'
import { testIndicator } from '../../testing/testIndicator'
import { briefDescription, groupIndicatorOptions } from './indicatorOptions'

const make = (id: string, label: string, topic: Indicator['topic']): Indicator => ({
  ...testIndicator(id),
  label,
  shortLabel: label,
  topic,
})
const CATALOGUE = [
  make('cin_rate', 'Children in need rate', 'children-in-need'),
  make('lait_work_force_to_rate', 'Percentage rate of social worker turnover', 'workforce'),
  make('lait_work_force_agecy_rate', 'Percentage of agency social workers', 'workforce'),
  make('imd_score', 'Index of Multiple Deprivation: average score', 'deprivation'),
]

describe('groupIndicatorOptions', () => {
  it('lists everything by topic, in topic order, when nothing is typed', () => {
    expect(groupIndicatorOptions(' ', CATALOGUE).map((g) => [g.name, g.indicators.length])).toEqual([
      ['Children in need', 1],
      ["Children's social work workforce", 2],
      ['Deprivation and low income', 1],
    ])
  })

  it('lists the matches grouped by topic, the best match’s topic first', () => {
    const groups = groupIndicatorOptions('socail worker turnover', CATALOGUE)
    expect(groups.map((g) => g.indicators.map((i) => i.id))).toEqual([['lait_work_force_to_rate']])
    expect(groupIndicatorOptions('rate', CATALOGUE).map((g) => g.topic)).toEqual(['children-in-need', 'workforce'])
  })
})

describe('briefDescription', () => {
  it('keeps the first sentence and shortens a long one at a word', () => {
    expect(briefDescription({ definition: 'Leavers as a share of staff.\n\nSecond paragraph.' })).toBe(
      'Leavers as a share of staff.',
    )
    const long = briefDescription({ definition: `${'word '.repeat(60)}end.` })
    expect(long.length).toBeLessThanOrEqual(161)
    expect(long.endsWith('word…')).toBe(true)
  })
})
