import type { Indicator } from '../../../src/schema/indicators'
import { CLA_IDS } from './observations'

const COMMON: Pick<Indicator, 'topic' | 'polarity' | 'yearType' | 'source'> = {
  topic: 'looked-after',
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
  source: ['lait', 'cla-ees-2025', 'cla-ees-2022', 'cla-pre-2018', 'population-0-17', 'cin-pre-2013'],
}

const ROUNDING =
  'England totals in the older releases are rounded (2010: to the nearest 100, authorities to the nearest 5; 2011-2017: England and regions to the nearest 10), so figures computed from them can differ by 1 from the rate DfE computed from unrounded counts.'

const COMPUTED_METHOD = (what: string, years: string) =>
  `${years}: computed, because no rate for those years is in the bundled files: ${what} / ONS mid-year 0-17 population for mid-(N-1) as DfE used it (see child_population) × 10,000, rounded half away from zero to whole numbers as DfE publishes. This reproduces exactly every authority rate in DfE's 2018-2022 and 2021-2025 releases. Other years: as published; where releases overlap the most recent wins (LAIT April 2026, then the 2025, 2022 and earlier releases).`

export const CLA_INDICATORS: Indicator[] = [
  {
    ...COMMON,
    id: CLA_IDS.count,
    label: 'Children looked after at 31 March',
    shortLabel: 'CLA (number)',
    unit: 'count',
    decimals: 0,
    definition:
      'Number of children looked after by the local authority at 31 March (SSDA903), excluding children in a series of short-term placements.',
    caveats: `2010 figures are rounded (authorities to the nearest 5). ${ROUNDING} DfE revises earlier years; the most recent publication is used.`,
  },
  {
    ...COMMON,
    id: CLA_IDS.rate,
    label: 'Children looked after at 31 March per 10,000 children aged 0-17',
    shortLabel: 'CLA rate',
    unit: 'rate per 10,000',
    decimals: 0,
    definition:
      'Children looked after at 31 March per 10,000 children aged 0 to 17 (ONS mid-year estimate for the previous mid-year).',
    method: COMPUTED_METHOD(
      'children looked after at 31 March',
      '2011-2015 (and any later year without a published rate)',
    ),
    caveats: `Series break 2018/2019: DfE's rates from 2019 use ONS estimates rebased after Census 2021. ${ROUNDING}`,
  },
  {
    ...COMMON,
    id: CLA_IDS.startsCount,
    label: 'Children who started to be looked after during the year',
    shortLabel: 'CLA starts (number)',
    unit: 'count',
    decimals: 0,
    definition:
      'Number of children who started to be looked after during the year ending 31 March (first occasion in the year only).',
    caveats: `2010 figures are rounded (authorities to the nearest 5). The 2015 file labels this column CLA_started2014; it holds the 2015 figures. ${ROUNDING}`,
  },
  {
    ...COMMON,
    id: CLA_IDS.startsRate,
    label: 'Children who started to be looked after during the year per 10,000 children aged 0-17',
    shortLabel: 'CLA starts rate',
    unit: 'rate per 10,000',
    decimals: 0,
    definition:
      'Children who started to be looked after during the year ending 31 March per 10,000 children aged 0 to 17.',
    method: COMPUTED_METHOD(
      'children who started to be looked after',
      '2010-2017 (and any later year without a published rate)',
    ),
    caveats: `2010 starts are rounded to the nearest 5 and the mid-2009 population to the nearest 100. Series break 2018/2019 (rebased populations). ${ROUNDING}`,
  },
  {
    ...COMMON,
    id: CLA_IDS.ceasedCount,
    label: 'Children who ceased to be looked after during the year',
    shortLabel: 'CLA ceased (number)',
    unit: 'count',
    decimals: 0,
    definition: 'Number of children who ceased to be looked after during the year ending 31 March.',
    caveats: `2010 figures are rounded (authorities to the nearest 5). ${ROUNDING}`,
  },
]
