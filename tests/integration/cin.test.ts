import { beforeAll, describe, expect, it } from 'vitest'
import { indicatorSchema } from '../../src/schema/indicators'
import type { Series } from '../../src/schema/series'
import { computeRatePer10k } from '../../src/stats/rates'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import type { AreaRegistry } from '../../scripts/etl/areas/registry'
import { main, readPublishedCin } from '../../scripts/etl/cin/run'
import { ENGLAND_CODE, type EtlContext, type Observation, type SourceOutput } from '../../scripts/etl/types'
import { combinedSeries, RAW_DIR, rawContext } from './rawBundle'

const BARNSLEY = 'E08000016'
const BLACKPOOL = 'E06000009'
const HARTLEPOOL = 'E06000001'
const LEEDS = 'E08000035'
const HACKNEY = 'E09000012'
const BCP = 'E06000058'
const NORTH_NORTHANTS = 'E06000061'
const NORTHANTS = 'E10000021'
const WEST_SUSSEX = 'E10000032'

let registry: AreaRegistry
let output: SourceOutput
let published: Observation[]
let ctx: EtlContext
const series = new Map<string, Series>()

function valueOf(id: string, areaCode: string, year: number): number | null | undefined {
  const s = series.get(id)
  const i = s?.years.indexOf(year) ?? -1
  if (!s || i < 0) return undefined
  return areaCode === ENGLAND_CODE ? s.england[i] : s.values[areaCode]?.[i]
}
function flagOf(id: string, areaCode: string, year: number) {
  const s = series.get(id)
  const i = s?.years.indexOf(year) ?? -1
  return s?.flags?.[areaCode]?.[i] ?? null
}
const publishedIn = (sourceId: string, id: string, areaCode: string, year: number) =>
  published.find((o) => o.sourceId === sourceId && o.indicatorId === id && o.areaCode === areaCode && o.year === year)
    ?.value

describe('the CIN source over the raw bundle', () => {
  beforeAll(async () => {
    registry = buildAreaRegistry(RAW_DIR).registry
    ctx = await rawContext(registry)
    output = await main(ctx)
    published = readPublishedCin(ctx).observations
    for (const [id, s] of combinedSeries(output, registry)) series.set(id, s)
  }, 60_000)

  it('produces every indicator for 2010-2025 (section 47: 2010-2012 and 2016-2025, the years the bundle has)', () => {
    const years = (id: string) => series.get(id)?.years
    const all = Array.from({ length: 16 }, (_, i) => 2010 + i)
    for (const id of [
      'cin_rate',
      'cin_count',
      'cpp_rate',
      'cpp_count',
      'cpp_starts_rate',
      'cpp_starts_count',
      'referrals_rate',
      'referrals_count',
      'cin_starts_rate',
      'cin_starts_count',
    ])
      expect(years(id), id).toEqual(all)
    expect(years('s47_rate')).toEqual([2010, 2011, 2012, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
  })

  it('reproduces the golden child protection figures for Barnsley, Blackpool and Hartlepool', () => {
    expect(valueOf('cpp_rate', BARNSLEY, 2015)).toBe(66.5)
    expect(valueOf('cpp_count', BARNSLEY, 2015)).toBe(329)
    expect(valueOf('cpp_count', BARNSLEY, 2021)).toBe(250)
    expect(valueOf('cpp_rate', BLACKPOOL, 2015)).toBe(123.1)
    expect(valueOf('cpp_rate', HARTLEPOOL, 2015)).toBe(71.1)
    expect(valueOf('cpp_rate', BARNSLEY, 2024)).toBe(71.6)
  })

  it('keeps the 2022 release’s 2021 rates as read, and shows LAIT’s revision (rebased populations) as the latest', () => {
    expect(publishedIn('cin-ees-2022', 'cpp_rate', BARNSLEY, 2021)).toBe(48.4)
    expect(publishedIn('cin-ees-2022', 'cpp_rate', BLACKPOOL, 2021)).toBe(122.6)
    expect(publishedIn('cin-ees-2022', 'cpp_rate', HARTLEPOOL, 2021)).toBe(121.8)
    // 250 / 49,960 (rebased mid-2020) = 50.0, where the 2022 release divided by 51,621.
    expect(valueOf('cpp_rate', BARNSLEY, 2021)).toBe(50)
    expect(valueOf('cpp_rate', BLACKPOOL, 2021)).toBe(126.2)
    expect(valueOf('cpp_rate', HARTLEPOOL, 2021)).toBe(123.6)
  })

  it('shows a rate with the count it was computed from: West Sussex 2013 plans 379 (2025 release) → 22.8, not 25.5', () => {
    // The 2022 release gave 424 and 25.5; the 2025 release revised the count to 379 and gave no rate.
    expect(
      published
        .filter((o) => o.indicatorId === 'cpp_count' && o.areaCode === 'E10000032' && o.year === 2013)
        .map((o) => [o.sourceId, o.value]),
    ).toEqual([
      ['cin-ees-2022', 424],
      ['cin-ees-2025', 379],
    ])
    expect(valueOf('cpp_count', 'E10000032', 2013)).toBe(379)
    expect(valueOf('cpp_rate', 'E10000032', 2013)).toBe(22.8)
  })

  it('reads the pre-2013 files: Barnsley 2010 children in need 1,114, rate 229.3 as published', () => {
    expect(valueOf('cin_count', BARNSLEY, 2010)).toBe(1114)
    expect(valueOf('cin_rate', BARNSLEY, 2010)).toBe(229.3)
    expect(series.get('cin_rate')?.yearSources[0]).toBe('cin-pre-2013')
  })

  it('takes England from the published national rows', () => {
    expect(valueOf('cin_rate', ENGLAND_CODE, 2010)).toBe(341)
    expect(valueOf('cin_count', ENGLAND_CODE, 2010)).toBe(375900)
    expect(valueOf('cin_rate', ENGLAND_CODE, 2013)).toBe(330.9)
    expect(valueOf('cpp_count', ENGLAND_CODE, 2022)).toBe(50920)
    expect(valueOf('cin_count', ENGLAND_CODE, 2025)).toBe(402400)
    expect(valueOf('referrals_count', ENGLAND_CODE, 2025)).toBe(632830)
    expect(series.get('cpp_rate')?.england.slice(6)).toEqual([
      43.4, 43.8, 45.9, 44.5, 43.7, 42.4, 43.3, 42.7, 41.4, 40.6,
    ])
  })

  it('lists the nine regions and Inner and Outer London from the published regional rows', () => {
    expect(Object.keys(series.get('cin_rate')?.regions ?? {})).toHaveLength(11)
  })

  it('shows Hackney’s unavailable 2021 and 2022 figures as null with flag x, not LAIT’s less informative "-"', () => {
    for (const id of ['cin_rate', 'cin_count', 'cpp_rate', 'cpp_count'])
      for (const year of [2021, 2022]) {
        expect(valueOf(id, HACKNEY, year), `${id} ${year}`).toBeNull()
        expect(flagOf(id, HACKNEY, year), `${id} ${year}`).toBe('x')
      }
  })

  it('uses the 2025 release’s revised counts (West Sussex 2013 plans: 379, not 424)', () => {
    expect(publishedIn('cin-ees-2022', 'cpp_count', WEST_SUSSEX, 2013)).toBe(424)
    expect(valueOf('cpp_count', WEST_SUSSEX, 2013)).toBe(379)
  })

  it('starts reorganised authorities in their first year: BCP from 2020, North Northamptonshire from 2022', () => {
    expect(flagOf('cin_rate', BCP, 2019)).toBe('z')
    expect(valueOf('cin_rate', BCP, 2020)).toBeTypeOf('number')
    expect(flagOf('cpp_rate', NORTH_NORTHANTS, 2021)).toBe('z')
    expect(valueOf('cin_rate', NORTH_NORTHANTS, 2022)).toBe(278.2)
    expect(valueOf('cin_rate', NORTHANTS, 2021)).toBe(286.4)
    expect(flagOf('cin_rate', NORTHANTS, 2022)).toBe('z')
  })

  it('computes with DfE’s method exactly the rates DfE published for 2023-2025 (LAIT), for every authority', () => {
    const population = ctx.population
    for (const [rateId, countId] of [
      ['cin_rate', 'cin_count'],
      ['cpp_rate', 'cpp_count'],
      ['cpp_starts_rate', 'cpp_starts_count'],
      ['referrals_rate', 'referrals_count'],
    ] as const) {
      let compared = 0
      for (const rate of published.filter((o) => o.sourceId === 'lait' && o.indicatorId === rateId && o.year >= 2023)) {
        const count = publishedIn('cin-ees-2025', countId, rate.areaCode, rate.year)
        const denominator = population.denominatorFor(rate.areaCode, rate.year)
        if (rate.value === null || count === null || count === undefined || !denominator) continue
        expect(computeRatePer10k(count, denominator.value, 1), `${rateId} ${rate.areaCode} ${rate.year}`).toBe(
          rate.value,
        )
        compared++
      }
      expect(compared, rateId).toBeGreaterThan(450)
    }
    const leeds = [2023, 2024, 2025].map((year) =>
      computeRatePer10k(
        publishedIn('cin-ees-2025', 'cin_count', LEEDS, year),
        population.denominatorFor(LEEDS, year)?.value,
        1,
      ),
    )
    expect(leeds).toEqual([324.6, 332.1, 327.7])
    expect([2023, 2024, 2025].map((year) => valueOf('cin_rate', LEEDS, year))).toEqual([324.6, 332.1, 327.7])
  })

  it('marks computed years and fills only years without a published rate', () => {
    const starts = series.get('cin_starts_rate')
    expect(starts?.yearProvenance).toEqual([
      'computed',
      'computed',
      ...Array<string>(11).fill('published'),
      'computed',
      'computed',
      'computed',
    ])
    expect(series.get('cpp_starts_rate')?.yearProvenance.slice(0, 3)).toEqual(['computed', 'computed', 'published'])
    expect(series.get('cin_rate')?.yearProvenance.every((p) => p === 'published')).toBe(true)
  })

  it('has a catalogue entry for every indicator it produces', () => {
    const ids = [...series.keys()].sort()
    expect(output.indicators.map((i) => i.id).sort()).toEqual(ids)
    for (const indicator of output.indicators) {
      indicatorSchema.parse(indicator)
      expect(indicator.topic).toBe(indicator.id.startsWith('cin_') ? 'children-in-need' : 'child-protection')
      expect(indicator.polarity).toBe('higher-is-more-intervention')
      expect(indicator.yearType === '31 March' && /31 March/.test(indicator.definition)).toBe(true)
    }
  })
})
