import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AreaRegistry } from '../areas/registry'
import { POPULATION_FIXTURE_RAW } from '../population/fixtures/fixtureRaw'
import { NOMIS_AGE_FILES, parseNomisText, type NomisAgeBand } from '../population/parseNomis'
import { emptyReport } from '../types'
import {
  buildComputedPercentObservations,
  percentOneDecimal,
  populationMidYearFor,
  type AgeCountTable,
} from './computePercent'
import { AREAS } from './fixtures/areas'
import { parseCilifText } from './parse'

const areas = new AreaRegistry(AREAS)
const fixtureText = (age: string) =>
  readFileSync(join(import.meta.dirname, `fixtures/cilif-age-${age}-synthetic.csv`), 'utf8')
const ageTable = (age: string, text = fixtureText(age)): AgeCountTable => ({
  file: `age-${age}.csv`,
  table: parseCilifText(text, `age-${age}.csv`),
})
const [AGE_0_4, AGE_5_10, AGE_11_15] = [ageTable('0-4'), ageTable('5-10'), ageTable('11-15')]
const COUNTS = [AGE_0_4, AGE_5_10, AGE_11_15]
const POPULATION = (['0-4', '5-9', '10-14', '15'] as NomisAgeBand[]).map((band) =>
  parseNomisText(
    readFileSync(join(POPULATION_FIXTURE_RAW, NOMIS_AGE_FILES[band].file), 'utf8'),
    NOMIS_AGE_FILES[band].file,
    NOMIS_AGE_FILES[band].ageLabel,
  ),
)
const build = (counts = COUNTS, population = POPULATION, report = emptyReport('t')) =>
  buildComputedPercentObservations(counts, population, areas, report)
const valuesOf = (areaCode: string) =>
  build()
    .filter((o) => o.areaCode === areaCode)
    .map((o) => [o.year, o.value, o.flag])

describe('populationMidYearFor', () => {
  it('divides a financial year by the mid-year at its start (FY 2014/15 → mid-2014)', () => {
    expect(populationMidYearFor(2015)).toBe(2014)
  })
})

describe('percentOneDecimal', () => {
  it('rounds exact halves up, which floating point would get wrong (49 / 400 = 12.25 %)', () => {
    expect(percentOneDecimal(49, 400)).toBe(12.3)
    expect(percentOneDecimal(7875, 43_705)).toBe(18)
    expect(percentOneDecimal(0, 10)).toBe(0)
  })
})

describe('buildComputedPercentObservations', () => {
  it('divides the 0-4, 5-10 and 11-15 counts by the 0-15 population at the start of the financial year', () => {
    // FY 2019/20: (300 + 400 + 250) / (1,810 + 1,910 + 1,710 + 351, mid-2019) = 16.43 %.
    expect(valuesOf('E09000301')).toEqual([
      [2020, 16.4, null],
      [2021, 16.9, null],
      [2022, 17.3, null],
    ])
  })

  it('keeps English authorities under their series codes, as computed figures of the DWP release', () => {
    expect(valuesOf('E06000303')).toEqual([
      [2020, 20.3, null],
      [2021, 21.2, null],
      [2022, 22.1, null],
    ])
    expect(build()[0]).toEqual({
      indicatorId: 'children_low_income_pct',
      areaCode: 'E09000301',
      year: 2020,
      value: 16.4,
      flag: null,
      sourceId: 'dwp-children-low-income',
      release: 20220907,
      provenance: 'computed',
    })
  })

  it('keeps a ".." count as null flagged too few to publish, never 0', () => {
    expect(valuesOf('E09000302')).toEqual([
      [2020, null, 'low'],
      [2021, null, 'low'],
      [2022, 12.4, null],
    ])
  })

  it('keeps a missing population estimate as null with its flag', () => {
    // Age 15, Borough 301, mid-2019 given as Nomis's "-" (missing).
    const nomis15 = NOMIS_AGE_FILES['15'].file
    const text = readFileSync(join(POPULATION_FIXTURE_RAW, nomis15), 'utf8').replace(',350,351,', ',350,-,')
    const population = [...POPULATION.slice(0, 3), parseNomisText(text, nomis15, 'Age 15')]
    const obs = build(COUNTS, population).filter((o) => o.areaCode === 'E09000301')
    expect(obs.map((o) => [o.value, o.flag])).toEqual([
      [null, '-'],
      [16.9, null],
      [17.3, null],
    ])
  })

  it('drops the non-English rows with reasons', () => {
    const report = emptyReport('t')
    build(COUNTS, POPULATION, report)
    expect(report).toMatchObject({ rowsRead: 6, rowsKept: 3 })
    expect(Object.keys(report.dropped)).toEqual([
      'Welsh authority',
      'area unknown (ZZXXXXXXX)',
      'UK total (not England)',
    ])
  })

  it('stops when the age tables do not have the same years, naming the file and column', () => {
    const shifted = ageTable('5-10', fixtureText('5-10').replaceAll('2019/20', '2018/19'))
    expect(() => build([AGE_0_4, shifted, AGE_11_15])).toThrow(/age-5-10\.csv, column "2018\/19": expected the years/)
  })

  it('stops when an area is missing from one age table, or present only there', () => {
    const without = ageTable('11-15', fixtureText('11-15').replace(/"E09000302",[^\r\n]*\r\n/, ''))
    expect(() => build([AGE_0_4, AGE_5_10, without])).toThrow(
      /age-11-15\.csv, column "Year": no row for area "E09000302"/,
    )
    const extra = ageTable('11-15', fixtureText('11-15').replace('"W06000001"', '"W06000099"'))
    expect(() => build([AGE_0_4, AGE_5_10, extra])).toThrow(
      /age-11-15\.csv, row 16, column "Year": area "W06000099" is not in age-0-4\.csv/,
    )
  })

  it('stops when the population has no row for an English authority, or no column for the mid-year', () => {
    const noRow = POPULATION.map((t, i) => (i === 2 ? { ...t, rows: t.rows.filter((r) => r.code !== 'E09000302') } : t))
    expect(() => build(COUNTS, noRow)).toThrow(/popest-10-14\.csv, column "mnemonic": no row for area "E09000302"/)
    const laterYears = ageTable('0-4', fixtureText('0-4'))
    const shifted = [laterYears, ...COUNTS.slice(1)].map((t) => ({
      ...t,
      table: { ...t.table, years: t.table.years.map((y) => ({ ...y, year: y.year + 1 })) },
    }))
    expect(() => build(shifted)).toThrow(/popest-0-4\.csv, column "2022": no column for mid-2022/)
  })
})
