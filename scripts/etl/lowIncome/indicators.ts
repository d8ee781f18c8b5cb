import type { Indicator } from '../../../src/schema/indicators'
import { COUNT_ID, DWP_SOURCE_ID, LAIT_SOURCE_ID, NOMIS_SOURCE_ID, PCT_ID } from './transform'

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
    source: [LAIT_SOURCE_ID, DWP_SOURCE_ID, NOMIS_SOURCE_ID],
    definition: `Percentage of children aged under 16 living ${RELATIVE_LOW_INCOME}. Year = financial year ending March (2025 = FY 2024-25). DWP Children in Low Income Families local area statistics; DWP’s denominator is the ONS mid-year population estimate of children aged 0-15.`,
    method:
      'Two parts. FY 2014-15 to FY 2020-21 (2015-2021): computed by this project with DWP’s method from DWP’s 2022 release (Stat-Xplore, retrieved 7 September 2022): the counts of children aged 0-4, 5-10 and 11-15 in relative low income before housing costs, summed, divided by the ONS mid-year population aged 0-15 (Nomis single-year-of-age estimates on April 2021 county/unitary boundaries, ages 0-4, 5-9, 10-14 and 15 summed) × 100, rounded half up to one decimal place. The population is the mid-year at the start of the financial year (mid-2014 for FY 2014-15), as in DWP’s local-area statistics, which use the population of the calendar year the financial year starts in. FY 2021-22 onwards (2022-2025): as published by DWP, taken from DfE’s Local Authority Interactive Tool compilation (April 2026, measure ChildPov), rounded to DWP’s one decimal place; where both exist the published figure is shown. England and the regions are published from 2022 only: the DWP 2022 tables have no England or regional rows, and they are not computed.',
    caveats:
      'Methodology break between 2021 and 2022: the years to 2021 are computed from DWP’s original 2022 release, the years from 2022 are DWP’s 2026 release, which revised the whole back-series (better use of administrative data in place of survey responses) and withdrew earlier years. They are not comparable across the break: e.g. Barnsley FY 2021-22 is 24.9% as published (revised) and would be 21.2% computed from the original provisional counts. DWP’s counts are rounded by its disclosure control, so computed percentages may differ slightly from any DWP calculated from unrounded counts at the time (not bundled, so not checked). The population estimates are those Nomis gave in March 2023, which appear to be ONS’s pre-Census-2021 series to mid-2020. DWP’s tables are on April 2021 boundaries for every year, so North and West Northamptonshire, Bournemouth, Christchurch and Poole, and Dorset have computed figures for years before they were created and the former authorities they replaced have none; Cumbria, North Yorkshire and Somerset are as in 2021. ".." (nil or negligible) counts make the percentage too few to publish. From 2022, areas are those of the LAIT compilation (April 2023 authorities; Cumbria has no 2022 figure there). DWP normally publishes its latest year as provisional and revises it the following year; LAIT does not mark which.',
    breaks: [
      {
        year: 2022,
        note: 'DWP revised its method (2026 release): figures from 2022 are DWP’s revised series as published, those to 2021 are computed from DWP’s original 2022 release; not comparable across the break.',
      },
    ],
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
      'From DWP’s 2022 release (retrieved 7 September 2022): FY 2021-22 is provisional. DWP has since revised the whole series and withdrawn years before FY 2021-22, so these counts are not comparable with the percentages from 2022 (children_low_income_pct); the percentages to 2021 are computed from these counts’ 0-15 age bands. DWP applies disclosure control, so counts are rounded and do not sum exactly; ".." (nil or negligible) is shown as too few to publish. Every year is on April 2021 boundaries: North and West Northamptonshire, Bournemouth, Christchurch and Poole, and Dorset have figures for years before they were created, and the former authorities they replaced have none. Cumbria, North Yorkshire and Somerset are as in 2021. No England total is published in this table (its total is for the UK).',
  },
]
