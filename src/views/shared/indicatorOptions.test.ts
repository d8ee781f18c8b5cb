import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { indicatorsFileSchema, type Indicator } from '../../schema/indicators'
import { testIndicator } from '../../testing/testIndicator'
import { briefDescription, groupIndicatorOptions, optionDetails } from './indicatorOptions'

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

describe('optionDetails', () => {
  const WORKFORCE =
    'National and local level information on the children and family social work workforce in English local authorities. Figures at 30 September.'
  const workforce = (id: string, label: string, chartTitle?: string): Indicator => ({
    ...make(id, label, 'workforce'),
    definition: WORKFORCE,
    yearType: '30 September',
    unit: '%',
    axisLabel: '% of social workers',
    ...(chartTitle && { chartTitle }),
  })
  const catalogue = [
    make('cin_rate', 'Children in need rate', 'children-in-need'),
    workforce('lait_work_force_to_rate', 'Percentage rate of social worker turnover', 'Social worker turnover (%)'),
    workforce('lait_work_force_agecy_rate', 'Percentage of agency social workers', 'Agency social workers (%)'),
    workforce('lait_social_work_caseholders_pct', 'Percentage of social workers who are caseholders'),
  ]

  it('keeps the start of a definition no other option shares', () => {
    expect(optionDetails(catalogue).get('cin_rate')).toBe(briefDescription(catalogue[0] as Indicator))
  })

  it('says what a measure counts and when where several share one description', () => {
    const details = optionDetails(catalogue)
    expect(details.get('lait_work_force_to_rate')).toBe('Social worker turnover (%), at 30 September each year')
    expect(details.get('lait_work_force_agecy_rate')).toBe('Agency social workers (%), at 30 September each year')
    // No chart title of its own: its axis name instead.
    expect(details.get('lait_social_work_caseholders_pct')).toBe('% of social workers, at 30 September each year')
  })

  it('tells every indicator of the built catalogue apart: no two options show the same title and description', () => {
    const built = indicatorsFileSchema.parse(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/data/indicators.json'), 'utf8')),
    )
    const details = optionDetails(built)
    const shown = built.map((i) => `${i.label}\n${details.get(i.id)}`)
    expect(new Set(shown).size).toBe(built.length)
    // Nor the same second line: a family of LAIT measures sharing a description (the workforce ones) differs there too.
    const lines = built.map((i) => details.get(i.id))
    const repeated = lines.filter((line, i) => lines.indexOf(line) !== i)
    expect(repeated).toEqual([])
    expect(details.get('lait_work_force_to_rate')).toBe('Social worker turnover (%), at 30 September each year')
  })
})
