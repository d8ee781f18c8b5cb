import type { Indicator } from '../../../src/schema/indicators'

/**
 * LAIT measures that are an indicator already built from the primary releases (and from LAIT for the years the
 * releases lack), by LAIT code: the catalogue keeps the primary indicator, records the LAIT code on it and builds no
 * second series. Every measure another source reads from LAIT is here, so the dictionary check covers it.
 */
export const PRIMARY_INDICATOR_OF: Readonly<Record<string, string>> = {
  CIN: 'cin_rate',
  CPP_rate: 'cpp_rate',
  CPP_Num: 'cpp_count',
  CPP_Abuse: 'cpp_starts_count',
  CPP_Abuse_Rate: 'cpp_starts_rate',
  CPP_Total_NumRef: 'referrals_count',
  'CPP_Total_Rateper10,000': 'referrals_rate',
  Section_47: 's47_rate',
  LAC: 'cla_rate',
  LACnum: 'cla_count',
  LACnum_Start: 'cla_starts_count',
  LAC_Start_Rate: 'cla_starts_rate',
  LACceased: 'cla_ceased_count',
  ChildPov: 'children_low_income_pct',
  'C&YPExpenditure': 'spend_cyp_total',
  TotalLACFinance: 'spend_cla_total',
  SafeguardingFinance: 'spend_safeguarding_total',
  FamilySupportFinance: 'spend_family_support_total',
  SureStartFinance: 'spend_early_years_total',
  YoungPeopleFinance: 'spend_young_people_total',
  YouthJusticeFinance: 'spend_youth_justice_total',
  'OtherChildren&FamilyFinance': 'spend_other_children_family_total',
}

/**
 * Records on each primary indicator the LAIT code of the measure it stands for. An indicator missing from the
 * catalogue stops the build: the mapping would otherwise hide a LAIT measure behind nothing.
 */
export function attachLaitMeasures(indicators: readonly Indicator[]): Indicator[] {
  const measureOf = new Map(Object.entries(PRIMARY_INDICATOR_OF).map(([measure, id]) => [id, measure]))
  const ids = new Set(indicators.map((i) => i.id))
  for (const [measure, id] of Object.entries(PRIMARY_INDICATOR_OF))
    if (!ids.has(id))
      throw new Error(`LAIT measure ${measure} stands for indicator "${id}", which is not in the catalogue`)
  return indicators.map((i) => {
    const measure = measureOf.get(i.id)
    return measure ? { ...i, laitMeasure: measure } : i
  })
}
