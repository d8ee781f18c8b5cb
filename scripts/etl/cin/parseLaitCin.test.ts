import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../lib/readCsv'
import { laitRow as row } from '../testing/laitRow'
import { ENGLAND_CODE } from '../types'
import { TEST_AREAS } from './fixtures/testAreas'
import { parseLaitDecimals } from './laitMeasures'
import { parseLaitCin, roundTo } from './parseLaitCin'

const MEASURES = { cin_rate: 'CIN', cpp_rate: 'CPP_rate' }
const DECIMALS = new Map([
  ['CIN', 1],
  ['CPP_rate', 1],
])

describe('parseLaitCin', () => {
  it('rounds floating noise to the measure’s decimals', () => {
    const [obs] = parseLaitCin(
      [row('CPP_rate', '2024', 370, '71.599999999999994')],
      MEASURES,
      DECIMALS,
      TEST_AREAS,
      'l',
    )
    expect(obs).toMatchObject({ indicatorId: 'cpp_rate', areaCode: 'E08000016', year: 2024, value: 71.6, flag: null })
  })

  it('maps LAIT’s own numbers for England and the regions', () => {
    const out = parseLaitCin(
      [row('CIN', '2025', 970, '330.3'), row('CIN', '2025', 982, '400')],
      MEASURES,
      DECIMALS,
      TEST_AREAS,
      'l',
    )
    expect(out.map((o) => o.areaCode)).toEqual([ENGLAND_CODE, 'E12000003'])
  })

  it('turns "-" into a null with flag "-" and ignores other measures', () => {
    const out = parseLaitCin(
      [row('CIN', '2021', 204, '-'), row('LAC', '2021', 204, '50')],
      MEASURES,
      DECIMALS,
      TEST_AREAS,
      'l',
    )
    expect(out).toEqual([expect.objectContaining({ areaCode: 'E09000012', value: null, flag: '-', sourceId: 'lait' })])
  })

  it('stops on an unknown LA number or a year that is not a reporting year, naming the row', () => {
    expect(() => parseLaitCin([row('CIN', '2025', 999, '1', 7)], MEASURES, DECIMALS, TEST_AREAS, 'l.parquet')).toThrow(
      'l.parquet, row 7, column "LA Number": unknown LA number 999',
    )
    expect(() => parseLaitCin([row('CIN', '2014-16', 370, '1', 8)], MEASURES, DECIMALS, TEST_AREAS, 'l')).toThrow(
      'l, row 8, column "Years"',
    )
    expect(() => parseLaitCin([row('CIN', '2025', 370, 'abc', 9)], MEASURES, DECIMALS, TEST_AREAS, 'l')).toThrow(
      'l, row 9, column "Values"',
    )
  })
})

describe('parseLaitDecimals', () => {
  const dictionary = () => readCsv(join(import.meta.dirname, 'fixtures/lait-dictionary-layout.csv'))

  it('uses dps where given and one place for a rate per 10,000 whose dps is NA (multi-line descriptions read fine)', () => {
    expect(parseLaitDecimals(dictionary(), ['CIN', 'CPP_Total_NumRef'])).toEqual(
      new Map([
        ['CIN', 1],
        ['CPP_Total_NumRef', 0],
      ]),
    )
  })

  it('stops on a measure it cannot find or whose precision it cannot tell', () => {
    expect(() => parseLaitDecimals(dictionary(), ['Section_47'])).toThrow(/"Section_47" is not in the dictionary/)
    expect(() => parseLaitDecimals(dictionary(), ['CINSEN_SUP'])).toThrow(/column "dps": cannot tell/)
  })
})

describe('roundTo', () => {
  it('removes binary noise and rounds half away from zero', () => {
    expect(roundTo(38.200000000000003, 1)).toBe(38.2)
    expect(roundTo(0.25, 1)).toBe(0.3)
    expect(roundTo(-0.25, 1)).toBe(-0.3)
    expect(roundTo(2996, 0)).toBe(2996)
  })
})
