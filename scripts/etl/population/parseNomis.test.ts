import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { POPULATION_FIXTURE_RAW } from './fixtures/fixtureRaw'
import { NOMIS_AGE_FILES, parseNomisText, type NomisAgeBand } from './parseNomis'

const FILE = NOMIS_AGE_FILES['0-4'].file
const TEXT = readFileSync(join(POPULATION_FIXTURE_RAW, FILE), 'utf8')
const parse = (text: string, label = 'Age 0 - 4') => parseNomisText(text, 'popest-0-4.csv', label)

describe('parseNomisText', () => {
  it('reads every area row between the blank line after the header and the trailing blank lines, with its line', () => {
    const table = parse(TEXT)
    expect(table.midYears).toEqual([2018, 2019, 2020, 2021])
    expect(table.rows.map((r) => [r.code, r.row])).toEqual([
      ['E09000301', 9],
      ['E09000302', 10],
      ['E06000303', 11],
      ['W06000001', 12],
    ])
    expect(table.rows[0]?.byMidYear.get(2019)).toEqual({ value: 1810, flag: null })
  })

  it('reads a quoted area name with a comma in it (Kingston upon Hull, City of)', () => {
    expect(parse(TEXT).rows[2]?.byMidYear.get(2021)).toEqual({ value: 730, flag: null })
  })

  it('keeps a "-" (missing) estimate as null with its flag, never 0', () => {
    const table = parse(TEXT.replace('"E09000302",90,91,', '"E09000302",90,-,'))
    expect(table.rows[1]?.byMidYear.get(2019)).toEqual({ value: null, flag: '-' })
  })

  it('stops on a file of another age band (a swapped file)', () => {
    expect(() => parse(TEXT, 'Aged 5-9')).toThrow(/popest-0-4\.csv, column "Age": expected the age band "Aged 5-9"/)
  })

  it('stops on a truncated row, naming file and line', () => {
    expect(() => parse(TEXT.replace('"E09000302",90,91,92,93', '"E09000302",90,91'))).toThrow(
      /popest-0-4\.csv, row 10: expected 6 cells/,
    )
  })

  it('stops on a renamed header, naming row and column', () => {
    expect(() => parse(TEXT.replace('"mnemonic"', '"code"'))).toThrow(
      /popest-0-4\.csv, row 7, column "mnemonic": expected column "mnemonic" is missing/,
    )
    expect(() => parse(TEXT.replace('"local authority: county', '"area: county'))).toThrow(
      /row 7, column "local authority: county \/ unitary \(as of April 2021\)"/,
    )
    expect(() => parse(TEXT.replace('"2019",', '"mid-2019",'))).toThrow(/row 7, column "mid-2019": expected a mid-year/)
  })

  it('stops on a value that is not a number of people, naming row and mid-year', () => {
    expect(() => parse(TEXT.replace('"E09000302",90,91,', '"E09000302",90,9.5,'))).toThrow(
      /row 10, column "2019": expected a number of people/,
    )
    expect(() => parse(TEXT.replace('"E09000302",90,91,', '"E09000302",90,n/a,'))).toThrow(/row 10, column "2019"/)
  })

  it('stops on a code that is not a GSS code', () => {
    expect(() => parse(TEXT.replace('"E09000302"', '"Borough"'))).toThrow(/row 10, column "mnemonic"/)
  })

  it('stops on content after the blank line that ends the data (line numbers would no longer be right)', () => {
    expect(() => parse(`${TEXT.trimEnd()}\n\n"Late","E09000399",1,2,3,4\n`)).toThrow(
      /row 14: unexpected line after the end of the data/,
    )
  })
})

describe('parseNomisText on each band of the raw layout', () => {
  const bandText = (band: NomisAgeBand) =>
    readFileSync(join(POPULATION_FIXTURE_RAW, NOMIS_AGE_FILES[band].file), 'utf8')

  it('reads each band and checks its age label', () => {
    expect(parseNomisText(bandText('15'), 'popest-15.csv', NOMIS_AGE_FILES['15'].ageLabel).ageLabel).toBe('Age 15')
    const table = parseNomisText(bandText('10-14'), 'popest-10-14.csv', NOMIS_AGE_FILES['10-14'].ageLabel)
    expect(table.rows[0]?.byMidYear.get(2018)?.value).toBe(1700)
  })

  it('stops on a file whose age line says another band', () => {
    const swapped = bandText('15').replace('Age 15', 'Age 16')
    expect(() => parseNomisText(swapped, 'popest-15.csv', NOMIS_AGE_FILES['15'].ageLabel)).toThrow(
      /popest-15\.csv, column "Age"/,
    )
  })
})
