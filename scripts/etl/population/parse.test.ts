import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { emptyReport, ENGLAND_CODE } from '../types'
import { buildTestAreas } from './fixtures/testAreas'
import { parseDfeOnsPopulation, parsePre2013Population } from './parse'

const areas = buildTestAreas()

const PRE_2013 = [
  'geog_l,geog_c,geog_n,Mid2011Pop0-17',
  'National,921,England,11340800',
  'LA,921,Isle of Wight,26300',
  'LA,370,Barnsley,48800',
].join('\n')

const ONS_HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate'
const onsRow = (year: number, level: string, region: string, la: string, value: string) =>
  `${year},Reporting year,${level},E92000001,England,${region},,${la},,,Children aged 0 to 17 years,${value}`

describe('parsePre2013Population (a table already read)', () => {
  it('finds England by level, not by its LA number 921 (the Isle of Wight’s)', () => {
    const rows = parsePre2013Population(parseCsvText(PRE_2013, 'pre.csv'), 2011, areas, emptyReport('t'))
    expect(rows).toEqual([
      { areaCode: ENGLAND_CODE, midYear: 2011, value: 11340800 },
      { areaCode: 'E06000046', midYear: 2011, value: 26300 },
      { areaCode: 'E08000016', midYear: 2011, value: 48800 },
    ])
  })

  it('names the file label, row and column of a bad estimate', () => {
    const text = PRE_2013.replace('48800', '0')
    const error = errorFrom(() => parsePre2013Population(parseCsvText(text, 'pre.csv'), 2011, areas, emptyReport('t')))
    expect(error.location).toEqual({ file: 'pre.csv', row: 4, column: 'Mid2011Pop0-17' })
  })

  it('stops when the column for the mid-year is missing', () => {
    const error = errorFrom(() =>
      parsePre2013Population(parseCsvText(PRE_2013, 'pre.csv'), 2010, areas, emptyReport('t')),
    )
    expect(error.location).toMatchObject({ file: 'pre.csv', row: 1, column: 'Mid2010Pop0-17' })
  })
})

describe('parseDfeOnsPopulation (a table already read)', () => {
  const text = [
    ONS_HEADER,
    onsRow(2020, 'National', '', '', '12093290'),
    onsRow(2020, 'Regional', 'E12000003', '', '1174360'),
    onsRow(2020, 'Local authority', 'E12000003', '370', '51621'),
    onsRow(2020, 'Local authority', 'E12000003', '890', 'x'),
  ].join('\n')

  it('keeps England, regions and authorities and drops a suppressed estimate (never 0), counting it', () => {
    const report = emptyReport('t')
    const rows = parseDfeOnsPopulation(parseCsvText(text, 'ons.csv'), areas, report)
    expect(rows).toEqual([
      { areaCode: ENGLAND_CODE, midYear: 2020, value: 12093290 },
      { areaCode: 'E12000003', midYear: 2020, value: 1174360 },
      { areaCode: 'E08000016', midYear: 2020, value: 51621 },
    ])
    expect(report).toMatchObject({ rowsRead: 4, rowsKept: 3 })
  })

  it('names the file label, row and column of a value that is not a child population', () => {
    const error = errorFrom(() =>
      parseDfeOnsPopulation(parseCsvText(text.replace('51621', '51.6k'), 'ons.csv'), areas, emptyReport('t')),
    )
    expect(error.location).toEqual({ file: 'ons.csv', row: 4, column: 'population_estimate' })
  })
})
