import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { ENGLAND_CODE } from '../types'
import { denominatorSeriesFor } from './childPopulation'
import { loadChildPopulation } from './read'
import { fixtureRawWith, POPULATION_FIXTURE_RAW } from './fixtures/fixtureRaw'
import { buildTestAreas } from './fixtures/testAreas'
import { buildChildPopulationObservations } from './run'

const areas = buildTestAreas()
const OLDER = 'population/dfe-ons-0-17/ons_mid-year_population_estimates.csv'
const PRE_2012 = 'cin/pre-2013/2011-12/SFR27-2012ud.csv'

describe('denominatorSeriesFor', () => {
  it('uses the CIN files to 2012, the pre-Census-2021 series to 2018 and the rebased series from 2019', () => {
    expect(denominatorSeriesFor(2010)).toBe('cinPre2013')
    expect(denominatorSeriesFor(2012)).toBe('cinPre2013')
    expect(denominatorSeriesFor(2013)).toBe('onsPreCensus2021')
    expect(denominatorSeriesFor(2018)).toBe('onsPreCensus2021')
    expect(denominatorSeriesFor(2019)).toBe('onsCensus2021Rebased')
    expect(denominatorSeriesFor(2025)).toBe('onsCensus2021Rebased')
  })

  it('has no series outside 2010-2025', () => {
    expect(denominatorSeriesFor(2009)).toBeUndefined()
    expect(denominatorSeriesFor(2026)).toBeUndefined()
  })
})

describe('loadChildPopulation', () => {
  const population = loadChildPopulation(POPULATION_FIXTURE_RAW, areas)

  it('gives the mid-(N-1) estimate for reporting year N from the series DfE used', () => {
    expect(population.denominatorFor('E08000016', 2015)).toEqual({ value: 49_469, sourceId: 'population-0-17' })
    expect(population.denominatorFor('E08000016', 2018)).toEqual({ value: 50_185, sourceId: 'population-0-17' })
    expect(population.denominatorFor('E08000016', 2021)).toEqual({ value: 49_960, sourceId: 'population-0-17' })
    expect(population.denominatorFor('E08000016', 2025)).toEqual({ value: 51_799, sourceId: 'population-0-17' })
  })

  it('keeps both ONS vintages reachable by name (Barnsley mid-2020: 51,621 before, 49,960 after rebasing)', () => {
    expect(population.estimateFor('E08000016', 2020, 'onsPreCensus2021')).toBe(51_621)
    expect(population.estimateFor('E08000016', 2020, 'onsCensus2021Rebased')).toBe(49_960)
  })

  it('reads the pre-2013 columns with thousands separators, keyed by LA number', () => {
    expect(population.denominatorFor('E08000016', 2010)).toEqual({ value: 48_600, sourceId: 'cin-pre-2013' })
    expect(population.denominatorFor('E08000016', 2011)).toEqual({ value: 48_356, sourceId: 'cin-pre-2013' })
    expect(population.denominatorFor('E08000016', 2012)).toEqual({ value: 48_800, sourceId: 'cin-pre-2013' })
  })

  it('finds England by level, not by its number 921, which is also the Isle of Wight', () => {
    expect(population.denominatorFor(ENGLAND_CODE, 2010)?.value).toBe(11_012_300)
    expect(population.denominatorFor('E06000046', 2010)?.value).toBe(26_900)
    expect(population.denominatorFor(ENGLAND_CODE, 2015)?.value).toBe(11_591_700)
    expect(population.denominatorFor(ENGLAND_CODE, 2025)?.value).toBe(12_183_016)
  })

  it('gives regions by code, and the series code for recoded and former authorities', () => {
    expect(population.denominatorFor('E12000003', 2021)).toBeUndefined() // regional row only in the older fixture
    expect(population.estimateFor('E12000003', 2020, 'onsPreCensus2021')).toBe(1_174_360)
    expect(population.denominatorFor('E12000007', 2021)?.value).toBe(2_000_000)
    expect(population.denominatorFor('E06000060', 2015)?.value).toBe(117_000) // file code E10000002, LA 825
    expect(population.denominatorFor('E10000021', 2021)?.value).toBe(170_287)
    expect(population.denominatorFor('E06000061', 2022)?.value).toBe(79_186)
  })

  it('has no denominator for a year outside the series or an area without an estimate', () => {
    expect(population.denominatorFor('E08000016', 2026)).toBeUndefined()
    expect(population.denominatorFor('E06000009', 2015)).toBeUndefined()
    expect(population.denominatorFor('E12000003', 2011)).toBeUndefined()
  })

  it('lists each denominator once, only in the reporting years its series applies to', () => {
    const barnsley = population.denominators().filter((d) => d.areaCode === 'E08000016')
    expect(barnsley.map((d) => [d.reportingYear, d.value])).toEqual([
      [2010, 48_600],
      [2011, 48_356],
      [2012, 48_800],
      [2015, 49_469],
      [2018, 50_185],
      [2019, 49_555],
      [2021, 49_960],
      [2025, 51_799],
    ])
  })

  it('falls back to the pre-Census-2021 estimate only where the rebased series has none for the area and year', () => {
    // Hartlepool mid-2018: "x" in the rebased fixture, 19,000 in the older one; Blackpool mid-2019: older only.
    expect(population.denominatorFor('E06000001', 2019)).toEqual({ value: 19_000, sourceId: 'population-0-17' })
    expect(population.denominatorFor('E06000009', 2020)).toEqual({ value: 30_000, sourceId: 'population-0-17' })
    // Barnsley mid-2020 is in both series: the rebased 49,960 is kept, not the older 51,621.
    expect(population.denominatorFor('E08000016', 2021)?.value).toBe(49_960)
    expect(population.fallbacks).toEqual([
      { areaCode: 'E06000001', reportingYear: 2019, value: 19_000 },
      { areaCode: 'E06000009', reportingYear: 2020, value: 30_000 },
    ])
  })

  it('keeps each named series as it is: the fallback does not leak into estimateFor', () => {
    expect(population.estimateFor('E06000001', 2018, 'onsCensus2021Rebased')).toBeUndefined()
    expect(population.estimateFor('E06000001', 2018, 'onsPreCensus2021')).toBe(19_000)
  })

  it('does not fall back for years the older series covers itself (its mid-2012 to mid-2017 are its own years)', () => {
    // Hartlepool mid-2018 would be reporting year 2019 only; no denominator appears for 2018 or 2020.
    expect(population.denominatorFor('E06000001', 2018)).toBeUndefined()
    expect(population.denominatorFor('E06000001', 2020)).toBeUndefined()
  })

  it('lists the fallbacks among the denominators and says so in the report', () => {
    expect(population.denominators().find((d) => d.areaCode === 'E06000001')).toEqual({
      areaCode: 'E06000001',
      reportingYear: 2019,
      value: 19_000,
      sourceId: 'population-0-17',
      series: 'onsPreCensus2021',
    })
    expect(population.reports[1]?.notes).toContain(
      'denominators from the pre-Census-2021 series where the rebased series has no estimate: E06000001 2019 (mid-2018), E06000009 2020 (mid-2019)',
    )
  })

  it('becomes child_population observations with the source of each series', () => {
    const obs = buildChildPopulationObservations(population).filter((o) => o.areaCode === 'E08000016')
    expect(obs.find((o) => o.year === 2010)).toMatchObject({ value: 48_600, sourceId: 'cin-pre-2013', flag: null })
    expect(obs.find((o) => o.year === 2021)).toMatchObject({
      indicatorId: 'child_population',
      value: 49_960,
      sourceId: 'population-0-17',
      provenance: 'published',
    })
  })
})

describe('loadChildPopulation on bad input', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('stops on a truncated row, naming file and row', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, OLDER, (t) => t.replace(/,51621\n/, '\n'))
    expect(() => loadChildPopulation(dir, areas)).toThrow(/ons_mid-year_population_estimates\.csv, row 4/)
  })

  it('stops on a child population of 0, naming file, row and column (every rate would divide by it)', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, OLDER, (t) => t.replace(/,51621\n/, ',0\n'))
    expect(() => loadChildPopulation(dir, areas)).toThrow(
      /ons_mid-year_population_estimates\.csv, row 4, column "population_estimate": expected a child population \(a whole number above 0\), found 0/,
    )
  })

  it('stops on a renamed header, naming the column', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, OLDER, (t) => t.replace('population_estimate', 'pop_est'))
    expect(() => loadChildPopulation(dir, areas)).toThrow(/column "population_estimate".*missing/)
  })

  it('stops on a pre-2013 file whose population column names another year', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, PRE_2012, (t) => t.replace('Mid2011Pop0-17', 'Mid2012Pop0-17'))
    expect(() => loadChildPopulation(dir, areas)).toThrow(/SFR27-2012ud\.csv, row 1, column "Mid2011Pop0-17"/)
  })

  it('stops on an unknown LA number', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, PRE_2012, (t) => t.replace('LA,370,', 'LA,999,'))
    expect(() => loadChildPopulation(dir, areas)).toThrow(
      /SFR27-2012ud\.csv, row 3, column "geog_c": unknown DfE LA number 999/,
    )
  })

  it('stops on a non-numeric estimate', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, OLDER, (t) => t.replace(',51621', ',51.6k'))
    expect(() => loadChildPopulation(dir, areas)).toThrow(/row 4, column "population_estimate".*"51\.6k"/)
  })

  it('stops on another age group', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, OLDER, (t) =>
      t.replace('Children aged 0 to 17 years,51621', 'Children aged 0 to 15 years,51621'),
    )
    expect(() => loadChildPopulation(dir, areas)).toThrow(/row 4, column "age_group"/)
  })

  it('drops a suppressed estimate rather than reading it as 0', () => {
    dir = fixtureRawWith(POPULATION_FIXTURE_RAW, PRE_2012, (t) =>
      t.replace('LA,370,Barnsley,1200,245.9,48800', 'LA,370,Barnsley,1200,245.9,x'),
    )
    const population = loadChildPopulation(dir, areas)
    expect(population.denominatorFor('E08000016', 2012)).toBeUndefined()
    expect(population.reports[0]?.dropped).toEqual({ 'Mid2011Pop0-17 not available (x)': 1 })
  })
})
