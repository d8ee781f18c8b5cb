import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvText, readCsv } from '../../lib/readCsv'
import { dictionaryMeasures, parseLaitDictionary } from './dictionary'

const FIXTURE = join(import.meta.dirname, 'fixtures/dictionary.csv')

describe('parseLaitDictionary', () => {
  it('reads the entries of the children’s social care topics only, cells as published', () => {
    const entries = parseLaitDictionary(readCsv(FIXTURE))
    expect([...entries.keys()]).toEqual([
      'Work_Force_TO_Rate',
      'CIN',
      'Social_Work_Starters',
      'FirstYJS',
      'LACceased',
      'LAC_KS4_AVG_Prog8',
    ])
    expect(entries.get('Work_Force_TO_Rate')).toEqual({
      measure: 'Work_Force_TO_Rate',
      topic: "Children's Services Workforce",
      title: 'Percentage rate of social worker turnover',
      chartTitle: 'Social worker turnover (%)',
      polarity: 'Low',
      axisLabel: 'Turnover rate',
      description: 'Leavers as a share of social workers.\n\nSecond paragraph.',
      methodology: 'FTE leavers / FTE at 30 September',
      publisher: 'DfE',
      lastUpdate: '45931',
      nextUpdate: 'TBC',
      dps: undefined,
      yearType: 'Annual (end of Sept)',
      noQuartiles: false,
      row: 3,
    })
  })

  it('reads "NA", "-" and an unnamed publisher ("0") as nothing, dps "0" as 0 places, No_Quartile "N" as no bands', () => {
    const entries = parseLaitDictionary(readCsv(FIXTURE))
    expect(entries.get('Social_Work_Starters')).toMatchObject({
      publisher: undefined,
      methodology: undefined,
      noQuartiles: true,
    })
    expect(entries.get('CIN')?.polarity).toBeUndefined()
    expect(entries.get('LACceased')?.dps).toBe(0)
  })

  it('stops on a measure listed twice in the topics, a row without a code and decimals that are not a number', () => {
    const header =
      'Topic,Measure,Chart_title,Measure_short,Polarity,y_axis_name,Description,Last Update,Next Update,Data Owner (DO) /Supplier and Contact Details,Methodology,dps,Year_Type,No_Quartile'
    const table = (...rows: string[]) => parseCsvText([header, ...rows].join('\n'), 'd.csv')
    const row = (code: string, dps = 'NA') =>
      `Adoption,Title,Chart,${code},High,% adopted,D,1,2,DfE,M,${dps},Financial Year,NA`
    expect(() => parseLaitDictionary(table(row('A'), row('A')))).toThrow(
      'd.csv, row 3, column "Measure_short": measure "A" is listed twice (rows 2 and 3)',
    )
    expect(() => parseLaitDictionary(table(row('')))).toThrow('d.csv, row 2, column "Measure_short": expected a value')
    expect(() => parseLaitDictionary(table(row('A', 'one')))).toThrow(
      'd.csv, row 2, column "dps": expected a number of decimal places, found "one"',
    )
  })
})

describe('dictionaryMeasures', () => {
  it('lists every measure code in any topic', () => {
    expect(dictionaryMeasures(readCsv(FIXTURE)).has('InfMort')).toBe(true)
  })
})
