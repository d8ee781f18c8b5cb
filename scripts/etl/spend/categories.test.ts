import { describe, expect, it } from 'vitest'
import { cashIndicatorId, categoryOfReportGroup, perChildIndicatorId } from './categories'

describe('categoryOfReportGroup', () => {
  it('recognises every ReportGroup name used FY 2012-13 to 2018-19, including renamed ones', () => {
    expect(categoryOfReportGroup("SURE START CHILDREN'S CENTRES")).toBe('early_years')
    expect(categoryOfReportGroup("SURE START CHILDREN'S CENTRES AND EARLY YEARS")).toBe('early_years')
    expect(categoryOfReportGroup("SURE START CHILDREN'S CENTRES AND OTHER SPEND ON CHILDREN UNDER 5")).toBe(
      'early_years',
    )
    expect(categoryOfReportGroup('CHILDREN LOOKED AFTER')).toBe('cla')
    expect(categoryOfReportGroup("OTHER CHILDREN'S AND FAMILIES SERVICES")).toBe('other_children_family')
    expect(categoryOfReportGroup('OTHER CHILDREN AND FAMILY SERVICES')).toBe('other_children_family')
    expect(categoryOfReportGroup("SAFEGUARDING CHILDREN AND YOUNG PEOPLE'S SERVICES")).toBe('safeguarding')
    expect(categoryOfReportGroup('CHILDREN AND YOUNG PEOPLES SAFETY')).toBe('safeguarding')
    expect(categoryOfReportGroup("20 Total  Safeguarding Children and Young People's Services")).toBe('safeguarding')
    expect(categoryOfReportGroup('FAMILY SUPPORT SERVICES')).toBe('family_support')
    expect(categoryOfReportGroup('SERVICES FOR YOUNG PEOPLE')).toBe('young_people')
    expect(categoryOfReportGroup('YOUTH JUSTICE')).toBe('youth_justice')
  })

  it('returns undefined for a group it does not know', () => {
    expect(categoryOfReportGroup('SCHOOLS BUDGET')).toBeUndefined()
    expect(categoryOfReportGroup('')).toBeUndefined()
  })
})

describe('indicator ids', () => {
  it('cash ids end in _total and real-terms ids in _per_child', () => {
    expect(cashIndicatorId('cyp')).toBe('spend_cyp_total')
    expect(cashIndicatorId('other_children_family')).toBe('spend_other_children_family_total')
    expect(perChildIndicatorId('cla')).toBe('spend_cla_per_child')
  })
})
