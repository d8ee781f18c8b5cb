/** The S251 children's and young people's services categories the dashboard shows (gross expenditure). */
export const SPEND_CATEGORIES = [
  'cla',
  'safeguarding',
  'family_support',
  'early_years',
  'young_people',
  'youth_justice',
  'other_children_family',
] as const
export type SpendCategory = (typeof SPEND_CATEGORIES)[number]

/** A figure the spend ETL produces: the children and young people's services total, or one category. */
export type SpendPart = 'cyp' | SpendCategory

/** Cash indicator id of a part: spend_cyp_total, spend_cla_total, … */
export function cashIndicatorId(part: SpendPart): string {
  return `spend_${part}_total`
}

/** Real-terms per-child indicator id: spend_cyp_per_child, spend_cla_per_child, … */
export function perChildIndicatorId(part: SpendPart): string {
  return `spend_${part}_per_child`
}

/** The parts with a per-child real-terms series (docs/architecture.md, "Indicators"). "Other" is shown in cash only. */
export const PER_CHILD_PARTS: readonly SpendPart[] = [
  'cyp',
  'cla',
  'safeguarding',
  'family_support',
  'early_years',
  'young_people',
  'youth_justice',
]

/** Plain-English names, used in labels. */
export const PART_NAMES: Record<SpendPart, string> = {
  cyp: "children and young people's services (total)",
  cla: 'children looked after',
  safeguarding: "safeguarding children and young people's services",
  family_support: 'family support services',
  early_years: "Sure Start children's centres and early years (under 5)",
  young_people: 'services for young people',
  youth_justice: 'youth justice',
  other_children_family: "other children's and families services",
}

/**
 * The category of an S251 ReportGroup (FY 2012-13 onwards). The names change over the years ("… AND EARLY YEARS"
 * becomes "… AND OTHER SPEND ON CHILDREN UNDER 5" in 2017-18; safeguarding is "CHILDREN AND YOUNG PEOPLES SAFETY" on
 * some total rows, and in 2012-13 its detail lines carry "20 Total  Safeguarding …" as their group), so match on the
 * stem. Returns undefined for a group it does not recognise.
 */
export function categoryOfReportGroup(group: string): SpendCategory | undefined {
  const g = group.toUpperCase().replace(/\s+/g, ' ')
  if (g.startsWith('SURE START')) return 'early_years'
  if (g.includes('CHILDREN LOOKED AFTER')) return 'cla'
  if (g.startsWith('OTHER CHILDREN')) return 'other_children_family'
  if (g.includes('SAFEGUARDING') || g.includes('SAFETY')) return 'safeguarding'
  if (g.includes('FAMILY SUPPORT')) return 'family_support'
  if (g.includes('SERVICES FOR YOUNG PEOPLE')) return 'young_people'
  if (g.includes('YOUTH JUSTICE')) return 'youth_justice'
  return undefined
}

/** LAIT measure code of each part (S251 outturn, gross £). */
export const LAIT_MEASURES: Record<SpendPart, string> = {
  cyp: 'C&YPExpenditure',
  cla: 'TotalLACFinance',
  safeguarding: 'SafeguardingFinance',
  family_support: 'FamilySupportFinance',
  early_years: 'SureStartFinance',
  young_people: 'YoungPeopleFinance',
  youth_justice: 'YouthJusticeFinance',
  other_children_family: 'OtherChildren&FamilyFinance',
}
