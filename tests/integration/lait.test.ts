import { beforeAll, describe, expect, it } from 'vitest'
import { indicatorSchema, TOPICS } from '../../src/schema/indicators'
import type { Series } from '../../src/schema/series'
import { existedThroughout } from '../../src/schema/yearPeriods'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import type { AreaRegistry } from '../../scripts/etl/areas/registry'
import { main } from '../../scripts/etl/lait/run'
import { PRIMARY_INDICATOR_OF } from '../../scripts/etl/lait/primaryMeasures'
import { ENGLAND_CODE, type SourceOutput } from '../../scripts/etl/types'
import { combinedSeries, RAW_DIR, rawContext } from './rawBundle'

const BLACKPOOL = 'E06000009'
const BARNSLEY = 'E08000016'
const KENT = 'E10000016'
const LONDON = 'E12000007'
const BCP = 'E06000058'
const DORSET = 'E06000059'
const BOURNEMOUTH = 'E06000028'
/** An authority-year LAIT gives as "-" for social worker turnover. */
const GAP = { area: 'E06000053', year: 2025 }

let registry: AreaRegistry
let output: SourceOutput
let series: Map<string, Series>

/** A figure as the series file holds it: England's, a region's or an authority's. */
function valueOf(id: string, areaCode: string, year: number): number | null | undefined {
  const s = series.get(id)
  const i = s?.years.indexOf(year) ?? -1
  if (!s || i < 0) return undefined
  if (areaCode === ENGLAND_CODE) return s.england[i]
  return (s.regions?.[areaCode] ?? s.values[areaCode])?.[i]
}

beforeAll(async () => {
  registry = buildAreaRegistry(RAW_DIR).registry
  output = await main(await rawContext(registry))
  series = combinedSeries(output, registry)
}, 120_000)

describe('every LAIT measure of the children’s social care topics, from the raw LAIT files', () => {
  it('catalogues the 183 measures of the eight topics: 161 as indicators of their own, 22 through primary indicators', () => {
    expect(output.indicators).toHaveLength(161)
    expect(Object.keys(PRIMARY_INDICATOR_OF)).toHaveLength(22)
    for (const indicator of output.indicators) {
      expect(indicatorSchema.parse(indicator)).toEqual(indicator)
      expect(indicator.laitMeasure, indicator.id).toBeTruthy()
      expect(series.has(indicator.id), indicator.id).toBe(true)
    }
    const topics = new Set(output.indicators.map((i) => i.topic))
    for (const topic of [
      'children-in-need',
      'child-protection',
      'looked-after',
      'adoption',
      'workforce',
      'youth-justice',
      'spending',
      'economic',
    ] as const) {
      expect(TOPICS).toContain(topic)
      expect(topics.has(topic), topic).toBe(true)
    }
  })

  it('reproduces published figures across the topics', () => {
    // DfE LAIT, April 2026: workforce, child protection, care leavers, adoption, finance, economic factors, CIN.
    expect(valueOf('lait_work_force_to_rate', ENGLAND_CODE, 2025)).toBe(11.8)
    expect(valueOf('lait_rereferral', BLACKPOOL, 2025)).toBe(23.4)
    expect(valueOf('lait_careleavereet', KENT, 2025)).toBe(51)
    expect(valueOf('lait_rereferral', LONDON, 2025)).toBe(19.4)
    expect(valueOf('lait_pct_of_lac_adopted', ENGLAND_CODE, 2025)).toBe(9)
    expect(valueOf('lait_lacfinance', ENGLAND_CODE, 2025)).toBe(2100)
    expect(valueOf('lait_prifsm', ENGLAND_CODE, 2025)).toBe(24.7)
    expect(valueOf('lait_cintime2more', BARNSLEY, 2025)).toBe(22.5)
    expect(valueOf('lait_lac_ks4_avg_prog8', ENGLAND_CODE, 2024)).toBe(-1.31)
    expect(valueOf('lait_work_force_avgnumcase_sw', ENGLAND_CODE, 2025)).toBe(15.2)
  })

  it('takes title, polarity, unit, axis, decimals and year type from the dictionary', () => {
    const turnover = output.indicators.find((i) => i.laitMeasure === 'Work_Force_TO_Rate')
    expect(turnover).toMatchObject({
      label: 'Percentage rate of social worker turnover',
      chartTitle: 'Social worker turnover (%)',
      unit: '%',
      axisLabel: 'Turnover rate',
      decimals: 1,
      polarity: 'higher-is-worse',
      yearType: '30 September',
      topic: 'workforce',
      publisher: 'DfE',
    })
    expect(output.indicators.find((i) => i.laitMeasure === 'CareLeaverEET')).toMatchObject({
      polarity: 'higher-is-better',
      decimals: 0,
      yearType: 'financial year',
    })
    expect(output.indicators.find((i) => i.laitMeasure === 'LAC_KS4_AVG_Prog8')).toMatchObject({
      unit: 'score',
      decimals: 2,
      yearType: 'academic year',
    })
    expect(output.indicators.find((i) => i.laitMeasure === 'Vacancies_cover')?.noQuartiles).toBe(true)
  })

  it('keeps LAIT’s "-" as a flagged gap, never 0, and caveats an England row that is not on its regions’ basis', () => {
    const s = series.get('lait_work_force_to_rate')
    const i = s?.years.indexOf(GAP.year) ?? -1
    expect(s?.values[GAP.area]?.[i]).toBeNull()
    expect(s?.flags?.[GAP.area]?.[i]).toBe('-')
    expect(output.indicators.find((i) => i.laitMeasure === 'FirstYJS')?.caveats).toMatch(/not on the same basis/)
    expect(output.reports[0]?.dropped).toEqual({ 'no period and no figure': 170 })
  })
})

describe('authority lifetimes read by year type, from the raw LAIT files', () => {
  it('keeps BCP’s figures at 30 September 2019, as published: it existed from 1 April 2019', () => {
    // LAIT, Work_Force_TO_Rate and Work_Force_NoSW, "2019", LA 839 and 838.
    expect(valueOf('lait_work_force_to_rate', BCP, 2019)).toBe(10.1)
    expect(valueOf('lait_work_force_nosw', BCP, 2019)).toBe(253.3)
    expect(valueOf('lait_work_force_to_rate', DORSET, 2019)).toBe(13.9)
    // Bournemouth was abolished on 31 March 2019: its last figure is at 30 September 2018, then nothing.
    expect(valueOf('lait_work_force_to_rate', BOURNEMOUTH, 2018)).toBe(18.8)
    const s = series.get('lait_work_force_to_rate')
    const i = s?.years.indexOf(2019) ?? -1
    expect(s?.values[BOURNEMOUTH]?.[i]).toBeNull()
    expect(s?.flags?.[BOURNEMOUTH]?.[i]).toBe('z')
  })

  it('shows no figure for a year an authority did not exist, under each indicator’s year type', () => {
    const yearTypes = new Map(output.indicators.map((i) => [i.id, i.yearType]))
    let checked = 0
    for (const [id, s] of series) {
      const yearType = yearTypes.get(id)
      if (!yearType || yearType === 'edition') continue
      for (const area of registry.areas) {
        s.years.forEach((year, i) => {
          if (existedThroughout(area, yearType, year)) return
          checked++
          expect(s.values[area.code]?.[i] ?? null, `${id} ${area.code} ${year}`).toBeNull()
          if (s.values[area.code]) expect(s.flags?.[area.code]?.[i], `${id} ${area.code} ${year}`).toBe('z')
        })
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })
})
