import { describe, expect, it } from 'vitest'
import type { Indicator } from '../schema/indicators'
import { testIndicator as indicator } from '../testing/testIndicator'
import { idsWithRole, indicatorsWithRole, poolingSeriesOf, resolveIndicator } from './indicators'

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

describe('resolveIndicator', () => {
  it("uses the URL's indicator when the catalogue has it", () => {
    expect(resolveIndicator([indicator('cin_rate'), indicator('s47_rate')], 's47_rate')?.id).toBe('s47_rate')
  })
  it('falls back to the first profile trend rate the catalogue has, then to anything, then to null', () => {
    const trend = withRoles('cin_rate', { profileTrend: 1 })
    expect(resolveIndicator([indicator('s47_rate'), trend], 'cla_rate')?.id).toBe('cin_rate')
    expect(resolveIndicator([indicator('s47_rate')], 'cla_rate')?.id).toBe('s47_rate')
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
