import { describe, expect, it } from 'vitest'
import { testIndicator } from '../../src/testing/testIndicator'
import { CLA_INDICATORS } from './cla/catalogue'
import { CIN_INDICATORS } from './cin/indicators'
import {
  attachRelations,
  describeRankEnds,
  describeRankOrder,
  INDICATOR_RELATIONS,
  INDICATOR_ROLES,
  ratePairsFor,
} from './indicatorRelations'

const everyNamedId = [
  ...Object.keys(INDICATOR_RELATIONS),
  ...Object.values(INDICATOR_RELATIONS).flatMap((r) => [r.count, r.denominator, r.rangeEnd, r.rankOf?.measure]),
  ...Object.values(INDICATOR_ROLES).flat(),
].filter((id): id is string => id !== undefined)
const imdScore = { ...testIndicator('imd_score'), shortLabel: 'IMD score', topic: 'deprivation' as const }
const catalogue = [...new Set(everyNamedId)].map((id) =>
  id === 'imd_score' ? { ...imdScore, polarity: 'higher-is-worse' as const } : testIndicator(id),
)

describe('attachRelations', () => {
  const built = attachRelations(catalogue)
  const get = (id: string) => built.find((i) => i.id === id)

  it('gives each rate its count and denominator, and each listed indicator its place in its lists', () => {
    expect(get('cla_rate')).toMatchObject({
      count: 'cla_count',
      denominator: 'child_population',
      roles: { headline: 3, profileTrend: 3, smallMultiples: 3 },
    })
    expect(get('s47_rate')?.count).toBeUndefined()
    expect(get('cla_count')?.roles).toBeUndefined()
  })

  it('words what rank 1 means, and which way a change of rank moves, from the measure ranked', () => {
    expect(get('imd_rank')?.rankOrder).toBe('1 = highest IMD score, the most deprived')
    expect(get('imd_rank')?.rankEnds).toEqual({ first: 'most deprived', last: 'least deprived' })
    expect(get('imd_district_rank')).toMatchObject({ rangeEnd: 'imd_district_rank_least' })
    // 317 districts in IoD2019, 296 in IoD2025: no fixed number ranked.
    expect(get('imd_district_rank')?.rankOf?.among).toBeUndefined()
  })

  it('stops on a relation or role naming an indicator the catalogue lacks', () => {
    expect(() => attachRelations(catalogue.filter((i) => i.id !== 'cla_count'))).toThrow(
      `cla_rate's relations names "cla_count", which is not in the catalogue`,
    )
    expect(() => attachRelations(catalogue.filter((i) => i.id !== 'spend_cyp_per_child'))).toThrow(
      'role headline names "spend_cyp_per_child"',
    )
  })
})

describe('ratePairsFor', () => {
  it('pairs each CIN rate with its count, at the rate’s published decimals, section 47 with its unpublished count', () => {
    expect(ratePairsFor(CIN_INDICATORS)).toEqual([
      { rateId: 'cin_rate', countId: 'cin_count', decimals: 1 },
      { rateId: 'cin_starts_rate', countId: 'cin_starts_count', decimals: 1 },
      { rateId: 'cpp_rate', countId: 'cpp_count', decimals: 1 },
      { rateId: 'cpp_starts_rate', countId: 'cpp_starts_count', decimals: 1 },
      { rateId: 'referrals_rate', countId: 'referrals_count', decimals: 1 },
      { rateId: 's47_rate', countId: 's47_count', decimals: 1 },
    ])
  })

  it('pairs the CLA rates with their counts as whole numbers, as DfE publishes them', () => {
    expect(ratePairsFor(CLA_INDICATORS)).toEqual([
      { rateId: 'cla_rate', countId: 'cla_count', decimals: 0 },
      { rateId: 'cla_starts_rate', countId: 'cla_starts_count', decimals: 0 },
    ])
  })

  it('follows the relations: a rate whose count changes there is paired with the new count', () => {
    const rate = { ...testIndicator('cla_rate'), unit: 'rate per 10,000' as const, decimals: 2 }
    expect(ratePairsFor([rate])).toEqual([{ rateId: 'cla_rate', countId: 'cla_count', decimals: 2 }])
  })

  it('pairs no spending per child (£, not per 10,000), no percentage and nothing without relations', () => {
    const perChild = { ...testIndicator('spend_cyp_per_child'), unit: '£' as const }
    const percent = { ...testIndicator('children_low_income_pct'), unit: '%' as const }
    const unrelated = { ...testIndicator('x_rate'), unit: 'rate per 10,000' as const }
    expect(ratePairsFor([perChild, percent, unrelated])).toEqual([])
  })
})

describe('describeRankEnds', () => {
  it('names the ends by what they mean when the measure has a direction, else by the measure', () => {
    const worse = { ...imdScore, polarity: 'higher-is-worse' as const }
    expect(describeRankEnds({ measure: 'imd_score', first: 'lowest' }, worse)).toEqual({
      first: 'least deprived',
      last: 'most deprived',
    })
    const better = { ...testIndicator('x'), shortLabel: 'attainment', polarity: 'higher-is-better' as const }
    expect(describeRankEnds({ measure: 'x', first: 'highest' }, better)).toEqual({ first: 'best', last: 'worst' })
    const neutral = { ...testIndicator('x'), shortLabel: 'population' }
    expect(describeRankEnds({ measure: 'x', first: 'highest' }, neutral)).toEqual({
      first: 'highest population',
      last: 'lowest population',
    })
  })

  it('gives every spending total in a spending list a subject to name it by', () => {
    const totals = [...INDICATOR_ROLES.spendingTotal, ...INDICATOR_ROLES.spendingCategory].map(
      (id) => INDICATOR_RELATIONS[id]?.count,
    )
    for (const id of [...totals, ...INDICATOR_ROLES.spendingOther])
      expect(id && INDICATOR_RELATIONS[id]?.subject, `${id}`).toBeTruthy()
  })
})

describe('describeRankOrder', () => {
  it('says which end is first, and for a measure with a direction what that end is', () => {
    const worse = { ...imdScore, polarity: 'higher-is-worse' as const }
    expect(describeRankOrder({ measure: 'imd_score', first: 'lowest' }, worse)).toBe(
      '1 = lowest IMD score, the least deprived',
    )
    const better = { ...testIndicator('x'), shortLabel: 'attainment', polarity: 'higher-is-better' as const }
    expect(describeRankOrder({ measure: 'x', first: 'highest' }, better)).toBe('1 = highest attainment, the best')
    expect(describeRankOrder({ measure: 'x', first: 'highest' }, testIndicator('x'))).toBe('1 = highest x')
  })
})
