import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { apportionShares, buildLsoaPopulation, codeRuns } from './build'
import { parseCensus21Children, parseLsoa11Children, parseLsoaLookup } from './parse'

// Small tables in the layouts of the three ONS files (see the raw bundle's README): two districts in two authorities.
const LSOA11 = `"lsoa11_code","lsoa11_name","country","total_population","age_0_15","age_16_17","age_0_17"
"E01000001","A 001A","England",1500,300,40,340
"E01000002","A 001B","England",1600,200,20,220
"E01000003","A 002A","England",1400,100,10,110
"E01000004","B 001A","England",1700,400,50,450
"W01000001","Wales 001A","Wales",1500,300,30,330
`
const CENSUS = `"lsoa21_code","lsoa21_name","country","age_0_15","age_16_24","age_25_34","age_35_49","age_50_64","age_65_plus","total_usual_residents"
"E01000001","A 001A","England",310,1,1,1,1,1,315
"E01035001","A 001C","England",150,1,1,1,1,1,155
"E01035002","A 001D","England",50,1,1,1,1,1,55
"E01035003","A 002B","England",120,1,1,1,1,1,125
"E01000004","B 001A","England",390,1,1,1,1,1,395
"W01000001","Wales 001A","Wales",300,1,1,1,1,1,305
`
const LOOKUP = `"lsoa11_name","lsoa11_code","change_code","lsoa21_name","lsoa21_code","ltla22_name","ltla22_code"
"A 001A","E01000001","U","A 001A","E01000001","A","E07000001"
"A 001B","E01000002","S","A 001C","E01035001","A","E07000001"
"A 001B","E01000002","S","A 001D","E01035002","A","E07000001"
"A 002A","E01000003","M","A 002B","E01035003","A","E07000001"
"B 001A","E01000004","U","B 001A","E01000004","B","E06000002"
"Wales 001A","W01000001","U","Wales 001A","W01000001","W","W06000001"
`

const inputs = () => ({
  lookup: parseLsoaLookup(parseCsvText(LOOKUP, 'lookup.csv')),
  ladToArea: new Map([
    ['E07000001', 'E10000001'],
    ['E06000002', 'E06000002'],
  ]),
  lsoa11Children: parseLsoa11Children(parseCsvText(LSOA11, 'lsoa11.csv')),
  census21Children: parseCensus21Children(parseCsvText(CENSUS, 'census.csv')),
  lsoa11Overrides: {},
  files: { lookup: 'lookup.csv', lsoa11: 'lsoa11.csv', census21: 'census.csv' },
})

describe('buildLsoaPopulation', () => {
  it("groups each year's LSOAs by authority with their children and the 16-17 ratio", () => {
    const { byArea } = buildLsoaPopulation(inputs())
    const county = byArea.find((f) => f.areaCode === 'E10000001')
    expect(county?.lsoa11).toEqual({
      midYear: 2020,
      codes: ['E01000001', 'E01000002', 'E01000003'],
      children0to17: [340, 220, 110],
    })
    expect(county?.lsoa21).toEqual({
      codes: ['E01000001', 'E01035001', 'E01035002', 'E01035003'],
      children0to15: [310, 150, 50, 120],
    })
    // (40 + 20 + 10) / (300 + 200 + 100)
    expect(county?.ratio16to17).toBeCloseTo(70 / 600, 6)
  })

  it('splits share by Census 0-15 children of the pieces; unchanged and merged LSOAs move whole', () => {
    const { byArea } = buildLsoaPopulation(inputs())
    expect(byArea.find((f) => f.areaCode === 'E10000001')?.lsoa11to21).toEqual([
      [0, 'E01000001', 1],
      [1, 'E01035001', 0.75],
      [1, 'E01035002', 0.25],
      [2, 'E01035003', 1],
    ])
  })

  it('indexes the LSOAs of each year as runs of consecutive codes', () => {
    const { index } = buildLsoaPopulation(inputs())
    expect(index.areas).toEqual(['E06000002', 'E10000001'])
    expect(index.lsoa11).toEqual([
      [1, 3, 1],
      [4, 1, 0],
    ])
    expect(index.lsoa21).toEqual([
      [1, 1, 1],
      [4, 1, 0],
      [35001, 3, 1],
    ])
  })

  it('a district in no authority stops the build, naming file, row and column', () => {
    const error = errorFrom(() => buildLsoaPopulation({ ...inputs(), ladToArea: new Map() }))
    expect(error.message).toBe(
      'lookup.csv, row 2, column "ltla22_code": district E07000001 is not in any current authority',
    )
  })
})

describe('parsers', () => {
  it('refuse sums that do not add up and counts that are not whole numbers', () => {
    const broken = LSOA11.replace('300,40,340', '300,40,341')
    expect(errorFrom(() => parseLsoa11Children(parseCsvText(broken, 'l.csv'))).message).toBe(
      'l.csv, row 2, column "age_0_17": age_0_15 + age_16_17 = 340, but age_0_17 = 341',
    )
    const text = CENSUS.replace('"England",50,', '"England",x,')
    expect(errorFrom(() => parseCensus21Children(parseCsvText(text, 'c.csv'))).message).toBe(
      'c.csv, row 4, column "age_0_15": expected a whole number of people, found "x"',
    )
  })

  it('refuse an unknown change code', () => {
    const text = LOOKUP.replace('"S","A 001D"', '"Q","A 001D"')
    expect(errorFrom(() => parseLsoaLookup(parseCsvText(text, 'k.csv'))).message).toContain(
      'row 4, column "change_code"',
    )
  })
})

describe('apportionShares and codeRuns', () => {
  it('equal shares when no piece has children', () => {
    const lookup = parseLsoaLookup(parseCsvText(LOOKUP, 'lookup.csv'))
    const shares = apportionShares(lookup, new Map())
    expect(shares.get('E01000002')).toEqual([
      { lsoa21: 'E01035001', share: 0.5 },
      { lsoa21: 'E01035002', share: 0.5 },
    ])
  })

  it('breaks a run at a gap or a change of authority', () => {
    const runs = codeRuns(
      new Map([
        ['E01000001', 'A'],
        ['E01000002', 'A'],
        ['E01000004', 'A'],
        ['E01000005', 'B'],
      ]),
      ['A', 'B'],
    )
    expect(runs).toEqual([
      [1, 2, 0],
      [4, 1, 0],
      [5, 1, 1],
    ])
  })
})
