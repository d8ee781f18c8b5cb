import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvText, readCsv } from '../../lib/readCsv'
import { ENGLAND_CODE } from '../types'
import { TEST_AREAS } from './fixtures/testAreas'
import { EES_FILES, parseEes, type EesFileSpec } from './parseEes'
import { toObservations } from './records'

const B1 = join(import.meta.dirname, 'fixtures/b1-2022-layout.csv')
const C1 = join(import.meta.dirname, 'fixtures/c1-2025-layout.csv')
const specFor = (path: string) => EES_FILES.find((f) => f.path.endsWith(path)) as EesFileSpec
const B1_2022 = specFor('b1_children_in_need_2013_to_2022.csv')
const C1_2025 = specFor('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv')
const publication = { sourceId: 'cin-ees-2022', release: 20221027 }

describe('parseEes', () => {
  it('puts national rows under England, regional rows under their region code and authorities under their series code', () => {
    const observations = toObservations(parseEes(readCsv(B1), B1_2022), TEST_AREAS, publication)
    const cinRate = (code: string) => observations.find((o) => o.indicatorId === 'cin_rate' && o.areaCode === code)
    expect(cinRate(ENGLAND_CODE)?.value).toBe(321.2)
    expect(cinRate('E12000003')?.value).toBe(359.9)
    expect(cinRate('E08000016')).toMatchObject({ year: 2021, value: 352.2, flag: null, sourceId: 'cin-ees-2022' })
  })

  it('keeps Hackney’s unavailable 2021 figures as null with flag x and Scilly’s suppressed ones as c', () => {
    const observations = toObservations(parseEes(readCsv(B1), B1_2022), TEST_AREAS, publication)
    const hackney = observations.filter((o) => o.areaCode === 'E09000012')
    expect(hackney.map((o) => [o.indicatorId, o.value, o.flag])).toEqual([
      ['cin_count', null, 'x'],
      ['cin_rate', null, 'x'],
      ['cin_starts_count', null, 'x'],
      ['cin_starts_rate', null, 'x'],
    ])
    expect(observations.find((o) => o.areaCode === 'E06000053' && o.indicatorId === 'cin_rate')?.flag).toBe('c')
  })

  it('reads the 2025 release’s renamed referral column and its u (low reliability) marker', () => {
    const records = parseEes(readCsv(C1), C1_2025)
    expect(records.map((r) => [r.indicatorId, r.year, r.cell.value, r.cell.flag])).toEqual([
      ['referrals_count', 2025, 632830, null],
      ['referrals_count', 2024, null, 'u'],
      ['referrals_count', 2025, 3241, null],
    ])
  })

  it('stops when the 2022 column name turns up in the 2025 layout (renamed header)', () => {
    const text = readFileSync(C1, 'utf8').replace('referral_count', 'Referrals')
    expect(() => parseEes(parseCsvText(text, 'c1.csv'), C1_2025)).toThrow(
      'c1.csv, row 1, column "referral_count": expected column "referral_count" is missing',
    )
  })

  it('stops on a non-numeric cell with file, row and column', () => {
    const text = readFileSync(B1, 'utf8').replace('352.2', 'n/a')
    expect(() => parseEes(parseCsvText(text, 'b1.csv'), B1_2022)).toThrow('b1.csv, row 4, column "At31_episodes_rate"')
  })

  it('stops on an unknown geographic level or a malformed region code', () => {
    const ward = readFileSync(B1, 'utf8').replace('2021,Reporting year,Regional', '2021,Reporting year,Ward')
    expect(() => parseEes(parseCsvText(ward, 'b1.csv'), B1_2022)).toThrow(/row 3, column "geographic_level"/)
    const region = readFileSync(B1, 'utf8').replace(',E12000003,Yorkshire and The Humber,,,', ',Yorks,Yorkshire,,,')
    expect(() => parseEes(parseCsvText(region, 'b1.csv'), B1_2022)).toThrow(/row 3, column "region_code"/)
  })

  it('stops on a truncated file', () => {
    const text = readFileSync(B1, 'utf8').trimEnd() + '\n2014,Reporting year,Local authority,E92000001'
    expect(() => parseCsvText(text, 'b1.csv')).toThrow(/b1\.csv, row 7/)
  })

  it('stops on an LA number no authority has, naming file, row and column', () => {
    const text = readFileSync(B1, 'utf8').replace(',370,E08000016,', ',999,E08000016,')
    const records = parseEes(parseCsvText(text, 'b1.csv'), B1_2022)
    expect(() => toObservations(records, TEST_AREAS, publication)).toThrow(
      /b1\.csv, row 4, column "At31_episodes": unknown DfE LA number 999/,
    )
  })
})
