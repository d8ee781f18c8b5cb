import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { indicatorSchema } from '../../../src/schema/indicators'
import { readCsv } from '../../lib/readCsv'
import { decimalsOf, excelDate, laitIndicator, laitIndicatorId, polarityOf, unitOf } from './catalogueEntry'
import { parseLaitDictionary, type LaitDictionaryEntry } from './dictionary'

const entries = parseLaitDictionary(readCsv(join(import.meta.dirname, 'fixtures/dictionary.csv')))
const entry = (measure: string): LaitDictionaryEntry => {
  const found = entries.get(measure)
  if (!found) throw new Error(`no fixture entry ${measure}`)
  return found
}

describe('laitIndicatorId', () => {
  it('turns the LAIT code into a snake-case id, spelling out % and &', () => {
    expect(laitIndicatorId('Work_Force_TO_Rate')).toBe('lait_work_force_to_rate')
    expect(laitIndicatorId('LAC%_Adopt_AppUnop')).toBe('lait_lac_pct_adopt_appunop')
    expect(laitIndicatorId('OtherChildren&FamilyFinance')).toBe('lait_otherchildren_and_familyfinance')
    expect(laitIndicatorId('16-17 NEET')).toBe('lait_16_17_neet')
  })
})

describe('unitOf', () => {
  it('reads the unit from the axis name, and whole numbers from dps 0', () => {
    const cases: [string, number | undefined, string | undefined][] = [
      ['Rate per 10,000', undefined, 'rate per 10,000'],
      ['Rate per 10,000 of 10-17 population', undefined, 'rate per 10,000'],
      ['Rate per 100,000 of 10-17 population', undefined, 'rate per 100,000'],
      ['% of referrals', undefined, '%'],
      ['Turnover rate', undefined, '%'],
      ['Absence Rate', undefined, '%'],
      ['Average Score', 2, 'score'],
      ['Unit Cost', 0, '£'],
      ['Spend', 0, '£'],
      ['Number of Children Looked After', 0, 'count'],
      ['Starters FTE', undefined, 'number'],
      ['Social Workers', undefined, 'number'],
      ['Case Load', undefined, 'number'],
      ['Number of cases', undefined, undefined],
      ['Rate per 1000 live births', undefined, undefined],
    ]
    for (const [axisLabel, dps, unit] of cases) expect(unitOf({ axisLabel, dps }), axisLabel).toBe(unit)
  })
})

describe('polarityOf', () => {
  it('maps High and Low to a better direction and everything else to none', () => {
    expect(polarityOf('High')).toBe('higher-is-better')
    expect(polarityOf('Low')).toBe('higher-is-worse')
    expect(polarityOf(undefined)).toBe('neutral')
    expect(polarityOf('-')).toBe('neutral')
  })
})

describe('excelDate', () => {
  it('turns a date serial into an ISO date and keeps words as they are', () => {
    expect(excelDate('45931')).toBe('2025-10-01')
    expect(excelDate('45658')).toBe('2025-01-01')
    expect(excelDate('TBC')).toBe('TBC')
    expect(excelDate(undefined)).toBeUndefined()
  })
})

describe('decimalsOf', () => {
  it('takes the dictionary’s places, else 1 as LAIT shows them, or 0 when every value is whole', () => {
    expect(decimalsOf(2, [1, 2])).toBe(2)
    expect(decimalsOf(undefined, [51, 49])).toBe(0)
    expect(decimalsOf(undefined, [51, 49.000000000000007])).toBe(0)
    expect(decimalsOf(undefined, [11.8, 12])).toBe(1)
  })
})

describe('laitIndicator', () => {
  it('builds the catalogue entry from the dictionary: title, unit, axis, polarity, year type, texts and the LAIT code', () => {
    const indicator = laitIndicator(entry('Work_Force_TO_Rate'), { decimals: 1, threeYear: false }, 'd.csv')
    expect(indicatorSchema.parse(indicator)).toEqual(indicator)
    expect(indicator).toMatchObject({
      id: 'lait_work_force_to_rate',
      label: 'Percentage rate of social worker turnover',
      topic: 'workforce',
      unit: '%',
      decimals: 1,
      polarity: 'higher-is-worse',
      yearType: '30 September',
      source: ['lait'],
      definition: 'Leavers as a share of social workers.\n\nSecond paragraph.',
      laitMeasure: 'Work_Force_TO_Rate',
      chartTitle: 'Social worker turnover (%)',
      axisLabel: 'Turnover rate',
      methodology: 'FTE leavers / FTE at 30 September',
      publisher: 'DfE',
      lastUpdate: '2025-10-01',
      nextUpdate: 'TBC',
    })
    expect(indicator.method).toMatch(/gives no decimal places for it; values are shown to 1/)
    expect(indicator.noQuartiles).toBeUndefined()
  })

  it('keeps LAIT’s no-quartile flag, a neutral polarity, and keys a three-year measure as such', () => {
    expect(laitIndicator(entry('Social_Work_Starters'), { decimals: 1, threeYear: false }, 'd.csv')).toMatchObject({
      unit: 'number',
      polarity: 'neutral',
      noQuartiles: true,
    })
    expect(laitIndicator(entry('FirstYJS'), { decimals: 0, threeYear: true }, 'd.csv').yearType).toBe(
      'three-year period',
    )
    expect(laitIndicator(entry('LAC_KS4_AVG_Prog8'), { decimals: 2, threeYear: false }, 'd.csv')).toMatchObject({
      unit: 'score',
      yearType: 'academic year',
      polarity: 'higher-is-better',
    })
  })

  it('stops, naming the row, on an axis name or year type it cannot read', () => {
    const odd = { ...entry('CIN'), axisLabel: 'Per 1000 births' }
    expect(() => laitIndicator(odd, { decimals: 1, threeYear: false }, 'd.csv')).toThrow(
      'd.csv, row 4, column "y_axis_name": no unit known for the axis name "Per 1000 births" (CIN)',
    )
    const oddYear = { ...entry('CIN'), yearType: 'Quarterly' }
    expect(() => laitIndicator(oddYear, { decimals: 1, threeYear: false }, 'd.csv')).toThrow(
      'd.csv, row 4, column "Year_Type": unknown year type "Quarterly" (CIN)',
    )
  })
})
