import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixtureRawWith } from '../population/fixtures/fixtureRaw'
import { buildTestAreas } from '../population/fixtures/testAreas'
import { readCsv } from '../../lib/readCsv'
import { emptyReport, ENGLAND_CODE } from '../types'
import { CLA_IDS } from './observations'
import { parsePre2018Table, PRE_2018_RELEASES } from './parsePre2018'

const RAW = join(import.meta.dirname, 'fixtures/raw')
const areas = buildTestAreas()
const CLA_2017 = { file: 'cla/pre-2018/2017/SFR50_CLA2017.csv', column: 'CLA_Mar2017', indicatorId: CLA_IDS.count }
const PUBLICATION = { sourceId: 'cla-pre-2018', release: 20170928 }
const parse = (raw = RAW, table = CLA_2017) =>
  parsePre2018Table(readCsv(join(raw, table.file)), table, 2017, PUBLICATION, areas, emptyReport('t'))

describe('parsePre2018Table', () => {
  it('reads England, regions by code and authorities by LA number, with a leading LA_order column', () => {
    const byArea = Object.fromEntries(parse().map((o) => [o.areaCode, [o.value, o.flag]]))
    expect(byArea).toEqual({
      [ENGLAND_CODE]: [72_670, null],
      E12000001: [4_830, null],
      E08000016: [289, null],
      E06000001: [null, 'x'],
      E06000053: [0, null],
    })
  })

  it('keeps suppressed counts as null with flag x, never 0', () => {
    expect(parse().find((o) => o.areaCode === 'E06000001')).toMatchObject({ value: null, flag: 'x' })
  })

  it('reads the 2015 starts from the column mislabelled CLA_started2014', () => {
    const release2015 = PRE_2018_RELEASES.find((r) => r.year === 2015)
    const starts = release2015?.tables.find((t) => t.indicatorId === CLA_IDS.startsCount)
    expect(starts?.column).toBe('CLA_started2014')
    const table = starts ?? CLA_2017
    const obs = parsePre2018Table(readCsv(join(RAW, table.file)), table, 2015, PUBLICATION, areas, emptyReport('t'))
    expect(obs.find((o) => o.areaCode === 'E08000016')?.value).toBe(128)
  })

  it('lists every release 2011-2017 with the three tables', () => {
    expect(PRE_2018_RELEASES.map((r) => r.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017])
    expect(PRE_2018_RELEASES.every((r) => r.tables.length === 3)).toBe(true)
  })
})

describe('parsePre2018Table on bad input', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const edit = (change: (t: string) => string) => (dir = fixtureRawWith(RAW, CLA_2017.file, change))

  it('stops on a truncated row, naming file and row', () => {
    edit((t) => t.replace('Barnsley,289,407,x', 'Barnsley,289'))
    expect(() => parse(dir)).toThrow(/SFR50_CLA2017\.csv, row 4: expected 8 cells/)
  })

  it('stops on a renamed header, naming the column', () => {
    edit((t) => t.replace('CLA_Mar2017', 'CLA_March2017'))
    expect(() => parse(dir)).toThrow(/SFR50_CLA2017\.csv, row 1, column "CLA_Mar2017"/)
  })

  it('stops on an unknown LA number', () => {
    edit((t) => t.replace('LA,370,Barnsley', 'LA,371,Barnsley'))
    expect(() => parse(dir)).toThrow(/row 4, column "geog_c": unknown DfE LA number 371/)
  })

  it('stops on a non-numeric cell', () => {
    edit((t) => t.replace('Barnsley,289,', 'Barnsley,28 9,'))
    expect(() => parse(dir)).toThrow(/row 4, column "CLA_Mar2017": expected a number.*"28 9"/)
  })

  it('stops on an unknown geography level', () => {
    edit((t) => t.replace('REGION,A', 'COUNTRY,A'))
    expect(() => parse(dir)).toThrow(/row 3, column "geog_l": unexpected geography level "COUNTRY"/)
  })
})
