import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvText, readCsv } from '../../lib/readCsv'
import { parseFinancialYearPeriod, parseHighlights } from './parseHighlights'

const FIXTURE = join(import.meta.dirname, 'fixtures/highlights-synthetic.csv')

describe('parseHighlights', () => {
  const rows = parseHighlights(readCsv(FIXTURE))

  it('reads cyps_spend in £ million as whole pounds, with the year ending March', () => {
    expect(rows[2]).toMatchObject({ level: 'Local authority', laNumber: 901, year: 2019, value: 39440100, flag: null })
    expect(rows[0]).toMatchObject({ level: 'National', laNumber: null, year: 2020, value: 10530800000 })
    expect(rows[1]).toMatchObject({ level: 'Regional', regionCode: 'E12000001', value: 556189000 })
  })

  it('records the rounding of each figure (half of its last digit, in £)', () => {
    expect(rows[2]?.halfUnit).toBeCloseTo(50, 6) // 39.4401: 4 decimals of £ million
    expect(rows[0]?.halfUnit).toBeCloseTo(50000, 6) // 10530.8
  })

  it("turns ':' into null with flag x, never 0", () => {
    expect(rows[4]).toMatchObject({ laNumber: 903, value: null, flag: 'x' })
  })

  it('stops on an unexpected geographic level or a non-financial-year period, naming row and column', () => {
    const text = `time_period,geographic_level,region_code,old_la_code,cyps_spend\n201819,Ward,,,1\n`
    expect(() => parseHighlights(parseCsvText(text, 'h.csv'))).toThrow(/h\.csv, row 2, column "geographic_level"/)
    const period = `time_period,geographic_level,region_code,old_la_code,cyps_spend\n2018,National,,,1\n`
    expect(() => parseHighlights(parseCsvText(period, 'h.csv'))).toThrow(/column "time_period"/)
  })

  it('stops when cyps_spend is missing', () => {
    expect(() =>
      parseHighlights(parseCsvText('time_period,geographic_level,region_code,old_la_code\n', 'h.csv')),
    ).toThrow(/expected column "cyps_spend"/)
  })
})

describe('parseFinancialYearPeriod', () => {
  const at = { file: 'f', row: 2, column: 'time_period' }
  it('reads "201415" as 2015 and "199900" as 2000, and rejects a three-year span', () => {
    expect(parseFinancialYearPeriod('201415', at)).toBe(2015)
    expect(parseFinancialYearPeriod('199900', at)).toBe(2000)
    expect(() => parseFinancialYearPeriod('201416', at)).toThrow(/financial year/)
  })
})
