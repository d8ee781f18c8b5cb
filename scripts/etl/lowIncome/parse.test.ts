import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCilifText } from './parse'

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/cilif-synthetic.csv'), 'utf8')
const parse = (text: string) => parseCilifText(text, 'cilif.csv')

describe('parseCilifText', () => {
  it('reads financial years as years ending March and marks the provisional one', () => {
    expect(parse(FIXTURE).years).toEqual([
      { label: '2019/20', year: 2020, isProvisional: false },
      { label: '2020/21', year: 2021, isProvisional: false },
      { label: '2021/22 (p)', year: 2022, isProvisional: true },
    ])
  })

  it('reads every area row up to the blank line before the notes, with its line number in the file', () => {
    const { rows } = parse(FIXTURE)
    expect(rows.map((r) => r.code)).toEqual([
      'E09000301',
      'E09000302',
      'E10000302',
      'W06000001',
      'S12000033',
      'N09000001',
      'ZZXXXXXXX',
      'Total',
    ])
    expect(rows[0]).toEqual({
      code: 'E09000301',
      row: 12,
      cells: [
        { value: 1200, flag: null },
        { value: 1310, flag: null },
        { value: 1250, flag: null },
      ],
    })
  })

  it('keeps ".." (nil or negligible) as null flagged too few to publish, never 0', () => {
    expect(parse(FIXTURE).rows[1]?.cells[0]).toEqual({ value: null, flag: 'low' })
  })

  it('finds the header however many title lines precede it', () => {
    const shorter = FIXTURE.replace('Stat-Xplore\r\n\r\n', '')
    expect(parse(shorter).rows[0]?.row).toBe(10)
  })

  it('stops when there is no "Year" header', () => {
    expect(() => parse(FIXTURE.replace('"Year",', '"Period",'))).toThrow(/cilif\.csv: no header row starting "Year"/)
  })

  it('stops on a year column it does not recognise, naming it', () => {
    expect(() => parse(FIXTURE.replace('"2020/21",', '"2020-21",'))).toThrow(
      /row 10, column "2020-21": expected a financial year/,
    )
    expect(() => parse(FIXTURE.replace('"2020/21",', '"2020/22",'))).toThrow(/expected a financial year/)
  })

  it('stops when the geography label line is missing', () => {
    expect(() => parse(FIXTURE.replace('"National - Regional - LA - OAs",\r\n', ''))).toThrow(
      /row 11, column "Year": expected the geography label/,
    )
  })

  it('stops on a value that is not a count, naming row and year', () => {
    expect(() => parse(FIXTURE.replace('"E09000301",1200,,1310', '"E09000301",1200,,13.5'))).toThrow(
      /row 12, column "2020\/21": expected a count of children/,
    )
    expect(() => parse(FIXTURE.replace('"E09000301",1200,,1310', '"E09000301",1200,,n/a'))).toThrow(
      /row 12, column "2020\/21"/,
    )
  })

  it('stops on an annotation it would not know how to carry', () => {
    expect(() => parse(FIXTURE.replace('"E09000301",1200,,', '"E09000301",1200,"r",'))).toThrow(
      /row 12, column "2019\/20 - Annotations": unexpected annotation "r"/,
    )
  })

  it('stops on a truncated row, naming its line', () => {
    expect(() => parse(FIXTURE.replace('"E09000302",..,,7,,12,,', '"E09000302",..,,7'))).toThrow(/row 13/)
  })
})
