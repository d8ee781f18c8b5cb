import { describe, expect, it } from 'vitest'
import type { Indicator } from '../schema/indicators'
import { testIndicator } from '../testing/testIndicator'
import { searchIndicators } from './searchIndicators'

const indicator = (id: string, label: string, extra: Partial<Indicator> = {}): Indicator => ({
  ...testIndicator(id),
  label,
  shortLabel: label,
  ...extra,
})
// Labels as DfE's LAIT dictionary and the catalogue word them.
const CATALOGUE = [
  indicator('cla_rate', 'Children looked after at 31 March per 10,000 children aged 0-17', {
    shortLabel: 'CLA rate',
  }),
  indicator('lait_work_force_to_rate', 'Percentage rate of social worker turnover', {
    chartTitle: 'Social worker turnover (%)',
    axisLabel: 'Turnover rate',
    laitMeasure: 'Work_Force_TO_Rate',
  }),
  indicator('lait_work_force_agecy_rate', 'Percentage of agency social workers', {
    laitMeasure: 'Work_Force_Agecy_Rate',
  }),
  indicator('lait_rereferral', "Percentage of re-referrals to children's social care within 12 months", {
    laitMeasure: 'ReReferral',
  }),
  indicator('lait_careleavereet', 'Care Leavers - Education, Employment & Training (EET) (%)', {
    laitMeasure: 'CareLeaverEET',
  }),
]
const ids = (query: string) => searchIndicators(query, CATALOGUE).map((i) => i.id)

describe('searchIndicators', () => {
  it('finds an indicator by part of its name, the word being typed as a prefix', () => {
    expect(ids('turnov')).toEqual(['lait_work_force_to_rate'])
    expect(ids('social work')).toEqual(['lait_work_force_to_rate', 'lait_work_force_agecy_rate'])
  })

  it('forgives typos', () => {
    expect(ids('turnvoer')).toEqual(['lait_work_force_to_rate'])
    expect(ids('socail workers agncy')).toEqual(['lait_work_force_agecy_rate'])
    expect(ids('care leevers')).toEqual(['lait_careleavereet'])
  })

  it('finds by short label and by LAIT code, and ignores common words', () => {
    expect(ids('CLA rate')[0]).toBe('cla_rate')
    expect(ids('rereferral')).toEqual(['lait_rereferral'])
    expect(ids('education of care leavers')).toEqual(['lait_careleavereet'])
  })

  it('puts exact matches before typo matches, and matches nothing for an empty query or a word that is nowhere', () => {
    expect(ids('rate')[0]).toBe('cla_rate')
    expect(ids('')).toEqual([])
    expect(ids('adoption')).toEqual([])
  })
})
