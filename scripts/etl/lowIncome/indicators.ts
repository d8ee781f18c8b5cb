import type { Indicator } from '../../../src/schema/indicators'
import { COUNT_ID, DWP_SOURCE_ID, LAIT_SOURCE_ID, PCT_ID } from './transform'

const RELATIVE_LOW_INCOME =
  'in relative low income families: families whose equivalised household income before housing costs is below 60% of contemporary UK median income, counting only families that claim Child Benefit and at least one other household benefit (Universal Credit, tax credits or Housing Benefit)'

const common = { topic: 'deprivation', polarity: 'higher-is-worse', yearType: 'financial year' } as const

/** Catalogue entries for the low-income indicators (DWP Children in Low Income Families). */
export const LOW_INCOME_INDICATORS: Indicator[] = [
  {
    ...common,
    id: PCT_ID,
    label: 'Children under 16 in relative low income families (%)',
    shortLabel: 'Children in low income families',
    unit: '%',
    decimals: 1,
    source: [LAIT_SOURCE_ID],
    definition: `Percentage of children aged under 16 living ${RELATIVE_LOW_INCOME}. Year = financial year ending March (2025 = FY 2024-25). DWP Children in Low Income Families local area statistics; DWP’s denominator is the ONS mid-year population estimate of children aged 0-15.`,
    method:
      'As published by DWP, taken from DfE’s Local Authority Interactive Tool compilation (April 2026, measure ChildPov), rounded to DWP’s one decimal place. Not computed by this project.',
    caveats:
      'FY 2021-22 onwards only: DWP’s 2026 release revised the back-series (improved use of administrative data in place of survey responses) and withdrew earlier years because they are not on a consistent basis. These percentages are therefore not comparable with the counts of the 2022 release (children_low_income_count). DWP normally publishes its latest year as provisional and revises it the following year; LAIT does not mark which. Areas are those of the LAIT compilation (April 2023 authorities; North and West Northamptonshire from FY 2021-22).',
  },
  {
    ...common,
    id: COUNT_ID,
    label: 'Children aged 0-19 in relative low income families (number)',
    shortLabel: 'Children in low income families (number)',
    unit: 'count',
    decimals: 0,
    source: [DWP_SOURCE_ID],
    definition: `Number of dependent children (under 16, or 16-19 in full-time non-advanced education or unwaged government training and living with their parents) ${RELATIVE_LOW_INCOME}. Age is taken at 31 March. Year = financial year ending March (2015 = FY 2014-15). As published in DWP’s Stat-Xplore table “Relative Low Income … by Year”, all ages (0-19).`,
    caveats:
      'From DWP’s 2022 release (retrieved 7 September 2022): FY 2021-22 is provisional. DWP has since revised the whole series and withdrawn years before FY 2021-22, so these counts are not comparable with the later percentages (children_low_income_pct). DWP applies disclosure control, so counts are rounded and do not sum exactly; ".." (nil or negligible) is shown as too few to publish. Every year is on April 2021 boundaries: North and West Northamptonshire, Bournemouth, Christchurch and Poole, and Dorset have figures for years before they were created, and the former authorities they replaced have none. Cumbria, North Yorkshire and Somerset are as in 2021. No England total is published in this table (its total is for the UK).',
  },
]
