import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvText, readCsv } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import { ENGLAND_CODE } from '../types'
import { TEST_AREAS } from './fixtures/testAreas'
import { parsePre2013, PRE_2013_FILES, type Pre2013FileSpec } from './parsePre2013'
import { toObservations } from './records'

const FIXTURE = join(import.meta.dirname, 'fixtures/osr-2010-layout.csv')
const SPEC_2010 = PRE_2013_FILES[0] as Pre2013FileSpec
const fixtureText = () => readCsv(FIXTURE)
const valueOf = (records: ReturnType<typeof parsePre2013>, laNumber: number | 'england', id: string) =>
  records.find(
    (r) =>
      r.indicatorId === id &&
      (laNumber === 'england'
        ? r.place.kind === 'england'
        : r.place.kind === 'authority' && r.place.laNumber === laNumber),
  )?.cell

describe('parsePre2013', () => {
  it('reads quoted thousands separators and keeps published rates as published', () => {
    const records = parsePre2013(fixtureText(), SPEC_2010)
    expect(valueOf(records, 370, 'cin_count')).toEqual({ value: 1114, flag: null })
    expect(valueOf(records, 370, 'cin_rate')).toEqual({ value: 229.3, flag: null })
    expect(valueOf(records, 370, 'referrals_count')).toEqual({ value: 2481, flag: null })
    expect(valueOf(records, 'england', 'cin_count')).toEqual({ value: 375900, flag: null })
  })

  it('treats the national row as England although its geog_c (921) is also the Isle of Wight’s LA number', () => {
    const observations = toObservations(parsePre2013(fixtureText(), SPEC_2010), TEST_AREAS, {
      sourceId: 'cin-pre-2013',
      release: 1,
    })
    expect(observations.filter((o) => o.areaCode === ENGLAND_CODE && o.indicatorId === 'cpp_rate')).toEqual([
      expect.objectContaining({ value: 36, year: 2010 }),
    ])
  })

  it('keeps ".." (not available) as a null with flag x, never 0, and keeps real zeros', () => {
    const records = parsePre2013(fixtureText(), SPEC_2010)
    expect(valueOf(records, 204, 'cin_count')).toEqual({ value: null, flag: 'x' })
    expect(valueOf(records, 204, 'cpp_rate')).toEqual({ value: null, flag: 'x' })
    expect(valueOf(records, 201, 'cpp_count')).toEqual({ value: 0, flag: null })
  })

  it('stops on a renamed column, naming it', () => {
    const text = readFixture().replace('CPPAt310310RatePer10k', 'CPPRate')
    expect(() => parsePre2013(parseCsvText(text, 'osr.csv'), SPEC_2010)).toThrow(/osr\.csv.*CPPAt310310RatePer10k/)
  })

  it('stops on a non-numeric cell with file, row and column', () => {
    const text = readFixture().replace('229.3', 'n/a')
    expect(() => parsePre2013(parseCsvText(text, 'osr.csv'), SPEC_2010)).toThrow(
      'osr.csv, row 3, column "CINRatePer10K"',
    )
  })

  it('stops on a row that is neither national nor an authority', () => {
    const text = readFixture().replace('LA,204', 'REGION,204')
    expect(() => parsePre2013(parseCsvText(text, 'osr.csv'), SPEC_2010)).toThrow(/row 4, column "geog_l"/)
  })

  it('stops on a truncated file (a short last row)', () => {
    const text = readFixture().trimEnd().split('\n').slice(0, -1).join('\n') + '\nLA,201,City of London,84'
    expect(() => parseCsvText(text, 'osr.csv')).toThrow(SourceError)
    expect(() => parseCsvText(text, 'osr.csv')).toThrow(/osr\.csv, row 5/)
  })

  it('stops on an LA number no authority has, naming file, row and column', () => {
    const text = readFixture().replace('LA,370', 'LA,999')
    const records = parsePre2013(parseCsvText(text, 'osr.csv'), SPEC_2010)
    expect(() => toObservations(records, TEST_AREAS, { sourceId: 'cin-pre-2013', release: 1 })).toThrow(
      /osr\.csv, row 3, column "CINAt310310": unknown DfE LA number 999/,
    )
  })
})

function readFixture(): string {
  return readFileSync(FIXTURE, 'utf8')
}
