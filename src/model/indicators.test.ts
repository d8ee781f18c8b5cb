import { describe, expect, it } from 'vitest'
import type { Indicator } from '../schema/indicators'
import { testIndicator as indicator } from '../testing/testIndicator'
import {
  idsWithRole,
  indicatorsWithRole,
  poolingSeriesOf,
  defaultIndicatorOf,
  resolveIndicator,
  spendingCatalogue,
  spendingSeriesIds,
  subjectOf,
} from './indicators'

const withRoles = (id: string, roles: Indicator['roles']): Indicator => ({ ...indicator(id), roles })

describe('indicatorsWithRole', () => {
  it('lists a role’s indicators in the catalogue’s order for that role, whatever the file order', () => {
    const catalogue = [
      withRoles('cla_rate', { headline: 3, profileTrend: 2 }),
      indicator('cla_count'),
      withRoles('cin_rate', { headline: 1 }),
      withRoles('cpp_rate', { headline: 2, profileTrend: 1 }),
    ]
    expect(idsWithRole(catalogue, 'headline')).toEqual(['cin_rate', 'cpp_rate', 'cla_rate'])
    expect(indicatorsWithRole(catalogue, 'profileTrend').map((i) => i.id)).toEqual(['cpp_rate', 'cla_rate'])
    expect(idsWithRole(catalogue, 'smallMultiples')).toEqual([])
  })
})

describe('defaultIndicatorOf', () => {
  it('takes the catalogue’s defaultIndicator, wherever it sits in the file', () => {
    const catalogue = [
      withRoles('cin_rate', { headline: 1 }),
      indicator('s47_rate'),
      withRoles('cla_rate', { headline: 3, defaultIndicator: 1 }),
    ]
    expect(defaultIndicatorOf(catalogue)?.id).toBe('cla_rate')
  })

  it('falls back to the first headline figure, then to the first indicator, then to null', () => {
    expect(defaultIndicatorOf([indicator('s47_rate'), withRoles('cpp_rate', { headline: 2 })])?.id).toBe('cpp_rate')
    expect(defaultIndicatorOf([indicator('s47_rate'), indicator('cin_rate')])?.id).toBe('s47_rate')
    expect(defaultIndicatorOf([])).toBeNull()
  })
})

describe('resolveIndicator', () => {
  it("uses the URL's indicator when the catalogue has it", () => {
    expect(resolveIndicator([indicator('cin_rate'), indicator('s47_rate')], 's47_rate')?.id).toBe('s47_rate')
  })
  it('falls back to the catalogue’s default indicator, then to null', () => {
    const fallback = withRoles('cpp_rate', { defaultIndicator: 1 })
    expect(resolveIndicator([indicator('s47_rate'), fallback], 'cla_rate')?.id).toBe('cpp_rate')
    expect(resolveIndicator([], 'cla_rate')).toBeNull()
  })
})

describe('poolingSeriesOf', () => {
  const rate = { ...indicator('cla_rate'), count: 'cla_count', denominator: 'child_population' }
  it('pairs a rate with its count and denominator from the catalogue', () => {
    expect(poolingSeriesOf(rate)).toEqual({ countId: 'cla_count', denominatorId: 'child_population' })
  })
  it('cannot pool without a count, without a denominator, or what is not a rate', () => {
    expect(poolingSeriesOf(indicator('s47_rate'))).toBeNull()
    expect(poolingSeriesOf({ ...rate, denominator: undefined })).toBeNull()
    expect(poolingSeriesOf({ ...rate, unit: '£' })).toBeNull()
  })
})

describe('spendingCatalogue', () => {
  const perChild = (id: string, cash: string, roles: Indicator['roles']): Indicator => ({
    ...withRoles(id, roles),
    count: cash,
    denominator: 'child_population',
  })
  const catalogue = [
    perChild('spend_total_pc', 'spend_total', { spendingTotal: 1 }),
    { ...indicator('spend_total'), subject: 'Everything' },
    perChild('spend_b_pc', 'spend_b', { spendingCategory: 2 }),
    perChild('spend_a_pc', 'spend_a', { spendingCategory: 1 }),
    perChild('spend_lost_pc', 'spend_lost', { spendingCategory: 3 }),
    { ...indicator('spend_a'), subject: 'A things' },
    indicator('spend_b'),
    { ...withRoles('spend_rest', { spendingOther: 1 }), subject: 'The rest' },
    withRoles('spend_a_share', { spendingShare: 1 }),
    indicator('child_population'),
  ]

  it('pairs the total and each category with its cash total, in the catalogue order, from roles and relations', () => {
    const spending = spendingCatalogue(catalogue)
    expect(spending?.total.perChild.id).toBe('spend_total_pc')
    expect(spending?.total.cash.id).toBe('spend_total')
    expect(spending?.total.population.id).toBe('child_population')
    // spend_lost_pc names a cash total the catalogue lacks: without it neither real terms nor shares can be worked out.
    expect(spending?.categories.map((c) => [c.perChild.id, c.cash.id])).toEqual([
      ['spend_a_pc', 'spend_a'],
      ['spend_b_pc', 'spend_b'],
    ])
    expect(spending?.others.map(subjectOf)).toEqual(['The rest'])
    expect(spending?.shares.map((i) => i.id)).toEqual(['spend_a_share'])
    expect(spending && spendingSeriesIds(spending)).toEqual([
      'spend_total_pc',
      'spend_a_pc',
      'spend_b_pc',
      'spend_total',
      'spend_a',
      'spend_b',
      'spend_rest',
      'spend_a_share',
      'child_population',
    ])
  })

  it('names a figure by its subject, else its short label', () => {
    expect(subjectOf({ ...indicator('spend_a'), subject: 'A things' })).toBe('A things')
    expect(subjectOf({ ...indicator('spend_b'), shortLabel: 'B spend' })).toBe('B spend')
  })

  it('is null without a total whose cash and population the catalogue has', () => {
    expect(spendingCatalogue(catalogue.filter((i) => i.id !== 'spend_total'))).toBeNull()
    expect(spendingCatalogue(catalogue.filter((i) => i.id !== 'child_population'))).toBeNull()
    expect(spendingCatalogue([])).toBeNull()
  })
})
