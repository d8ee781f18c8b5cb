import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { parseLsoa2011Parents } from './lsoa2011To2021'
import { parseLsoaColumns, parseRuralUrban } from './parseColumns'

// Synthetic rows laid out as the humaniverse CSVs are (quoted header, quoted codes, R's empty string for NA).
const indicatorsCsv = (rows: string[]) =>
  parseCsvText(
    [
      '"lsoa21_code","income_deprivation_affecting_children_index_idaci_numerator","burglary_rate_per_1_000_at_risk_properties"',
      ...rows,
    ].join('\n'),
    'indicators.csv',
  )
const COLUMNS = [
  { name: 'income_deprivation_affecting_children_index_idaci_numerator', integer: true, min: 0, blankAllowed: true },
  { name: 'burglary_rate_per_1_000_at_risk_properties' },
]

describe('parseLsoaColumns', () => {
  it('reads the named columns by LSOA code, a blank as no figure, and skips Welsh rows', () => {
    const parsed = parseLsoaColumns(
      indicatorsCsv(['"E01000001",,5.2', '"E01000002",30,5.3', '"W01000001",15,2.0']),
      'lsoa21_code',
      COLUMNS,
    )
    expect([...parsed.keys()]).toEqual(['E01000001', 'E01000002'])
    expect(parsed.get('E01000001')).toEqual({
      income_deprivation_affecting_children_index_idaci_numerator: null,
      burglary_rate_per_1_000_at_risk_properties: 5.2,
    })
    expect(parsed.get('E01000002')?.income_deprivation_affecting_children_index_idaci_numerator).toBe(30)
  })

  it('names the file, row and column of a cell that is not a number', () => {
    const error = errorFrom(() =>
      parseLsoaColumns(indicatorsCsv(['"E01000001",10,5.2', '"E01000002",20,n/a']), 'lsoa21_code', COLUMNS),
    )
    expect(error.location).toEqual({
      file: 'indicators.csv',
      row: 3,
      column: 'burglary_rate_per_1_000_at_risk_properties',
    })
    expect(error.message).toMatch(/found "n\/a"/)
  })

  it('stops on a blank where none is allowed, a fraction in a count, a repeated LSOA and a missing column', () => {
    expect(
      errorFrom(() => parseLsoaColumns(indicatorsCsv(['"E01000001",10,']), 'lsoa21_code', COLUMNS)).message,
    ).toMatch(/row 2, column "burglary_rate_per_1_000_at_risk_properties": expected a number, found an empty cell/)
    expect(
      errorFrom(() => parseLsoaColumns(indicatorsCsv(['"E01000001",10.5,1']), 'lsoa21_code', COLUMNS)).message,
    ).toMatch(/expected a whole number/)
    expect(
      errorFrom(() => parseLsoaColumns(indicatorsCsv(['"E01000001",10,1', '"E01000001",10,1']), 'lsoa21_code', COLUMNS))
        .message,
    ).toMatch(/row 3, column "lsoa21_code": LSOA E01000001 appears twice/)
    expect(
      errorFrom(() => parseLsoaColumns(indicatorsCsv(['"E01000001",10,1']), 'lsoa21_code', [{ name: 'age_0_15' }]))
        .message,
    ).toMatch(/age_0_15/)
  })

  it('checks ranks against their range', () => {
    const table = parseCsvText('"lsoa11_code","IMD_rank"\n"E01000001",32845', 'imd2019.csv')
    expect(
      errorFrom(() => parseLsoaColumns(table, 'lsoa11_code', [{ name: 'IMD_rank', integer: true, min: 1, max: 32844 }]))
        .message,
    ).toMatch(/32845 is outside 1-32844/)
  })
})

describe('parseRuralUrban', () => {
  const csv = (rows: string[]) =>
    parseCsvText(['"lsoa21_code","ruc21_code","classification","ruc"', ...rows].join('\n'), 'ruc21.csv')

  it('reads each LSOA as rural or urban and its six-way class', () => {
    const ruc = parseRuralUrban(
      csv([
        '"E01000001","UN1","Urban: Nearer to a major town or city","Urban"',
        '"E01000002","RSF1","Smaller rural: Further from a major town or city","Rural"',
        '"W01000001","RLN1","Larger rural: Nearer to a major town or city","Rural"',
      ]),
    )
    expect(ruc.byCode.get('E01000001')).toEqual({ rural: 0, classIndex: 0 })
    expect(ruc.byCode.get('E01000002')).toEqual({ rural: 1, classIndex: 5 })
    expect(ruc.byCode.has('W01000001')).toBe(false)
  })

  it('stops on an unknown class or one that contradicts urban or rural', () => {
    expect(errorFrom(() => parseRuralUrban(csv(['"E01000001","X","Suburban","Urban"']))).location).toEqual({
      file: 'ruc21.csv',
      row: 2,
      column: 'classification',
    })
    expect(
      errorFrom(() => parseRuralUrban(csv(['"E01000001","UN1","Urban: Nearer to a major town or city","Rural"'])))
        .message,
    ).toMatch(/is not rural/)
  })
})

describe('parseLsoa2011Parents', () => {
  const csv = (rows: string[]) =>
    parseCsvText(
      [
        '"lsoa11_name","lsoa11_code","change_code","lsoa21_name","lsoa21_code","ltla22_name","ltla22_code"',
        ...rows,
      ].join('\n'),
      'lookup.csv',
    )

  it('carries a 2011 LSOA to 2021 only when unchanged or split, not merged or irregular', () => {
    const { parentOf, leftOut } = parseLsoa2011Parents(
      csv([
        '"A 001A","E01000001","U","A 001A","E01000001","A","E06000001"',
        '"A 002A","E01000002","S","A 002E","E01035001","A","E06000001"',
        '"A 002A","E01000002","S","A 002F","E01035002","A","E06000001"',
        '"A 003A","E01000003","M","A 003E","E01035003","A","E06000001"',
        '"A 004A","E01000004","M","A 003E","E01035003","A","E06000001"',
        '"A 005A","E01000005","X","A 005E","E01035005","A","E06000001"',
      ]),
    )
    expect([...parentOf.entries()]).toEqual([
      ['E01000001', 'E01000001'],
      ['E01035001', 'E01000002'],
      ['E01035002', 'E01000002'],
    ])
    expect(leftOut).toEqual({ merged: 1, irregular: 1 })
  })

  it('stops on an unknown change code', () => {
    expect(
      errorFrom(() => parseLsoa2011Parents(csv(['"A 001A","E01000001","Q","A 001A","E01000001","A","E06000001"'])))
        .location,
    ).toEqual({ file: 'lookup.csv', row: 2, column: 'change_code' })
  })
})
