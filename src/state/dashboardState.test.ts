import { GROUPS } from '../model/comparatorGroups'
import { RELATIVE_MODES } from '../model/relativeToEngland'
import { SUMMARY_METHODS as SUMMARIES } from '../stats/groupSummary'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Area } from '../schema/areas'
import { LSOA21_MEASURES } from '../schema/geo'
import {
  DEFAULT_STATE,
  CLUSTER_BASES,
  defaultStateFor,
  LAYOUTS,
  MAX_COMPARE,
  MAX_DATA_COMPARE,
  NEIGHBOURHOOD_EDITION_KEYS,
  MAX_INDICATORS,
  RANK_SCOPES,
  ZOOMS,
  MAP_STYLES,
  NEIGHBOURHOOD_ANALYSES,
  PANEL_VIEWS,
  YES_NO,
  parseDashboardState,
  requestedMapStyle,
  serializeDashboardState,
  type DashboardCatalogue,
  type DashboardState,
} from './dashboardState'
import { testIndicator as indicator } from '../testing/testIndicator'

const area = (code: string, name: string, extra: Partial<Area> = {}): Area => ({
  code,
  laNumber: 800,
  name,
  aliases: [],
  region: 'North East',
  regionCode: 'E12000001',
  type: 'unitary',
  status: 'current',
  ...extra,
})

const catalogue: DashboardCatalogue = {
  areas: [
    area('E06000001', 'Hartlepool'),
    area('E06000002', 'Middlesbrough'),
    area('E06000060', 'Buckinghamshire', { formerCodes: ['E10000002'] }),
    area('E08000037', 'Gateshead'),
    area('E09000001', 'City of London'),
    area('E09000002', 'Barking and Dagenham'),
    area('E09000003', 'Barnet'),
    area('E09000004', 'Bexley'),
    area('E09000005', 'Brent'),
  ],
  indicators: [
    indicator('cin_rate'),
    { ...indicator('cla_rate'), roles: { defaultIndicator: 1 } },
    { ...indicator('imd_score'), roles: { deprivationMeasure: 1 } },
    { ...indicator('idaci_score'), roles: { deprivationMeasure: 2 } },
  ],
  coverage: { cla_rate: { first: 2010, last: 2025 }, cin_rate: { first: 2013, last: 2025 } },
}
const parse = (query: string) => parseDashboardState(new URLSearchParams(query), catalogue)
/** The defaults with this catalogue: its defaultIndicator (cla_rate) is the indicator. */
const DEFAULTS = defaultStateFor(catalogue)
const serialize = (state: DashboardState) => serializeDashboardState(state, catalogue)

describe('parseDashboardState', () => {
  it('gives the defaults and no notices for an empty query', () => {
    expect(parse('')).toEqual({ state: DEFAULTS, notices: [] })
  })

  it('takes the default indicator from the catalogue (its defaultIndicator role), not from the state code', () => {
    expect(parse('').state.indicator).toBe('cla_rate')
    const otherDefault = {
      ...catalogue,
      indicators: catalogue.indicators.map((i) => ({
        ...i,
        roles: i.id === 'cin_rate' ? { defaultIndicator: 1 } : { ...i.roles, defaultIndicator: undefined },
      })),
    }
    expect(parseDashboardState(new URLSearchParams(''), otherDefault).state.indicator).toBe('cin_rate')
    expect(parseDashboardState(new URLSearchParams('indicator=nope'), otherDefault).state.indicator).toBe('cin_rate')
    // The URL leaves the catalogue's default out, and writes any other indicator.
    expect(serializeDashboardState({ ...DEFAULTS, indicator: 'cin_rate' }, otherDefault)).toBe('')
    expect(serializeDashboardState({ ...DEFAULTS, indicator: 'cla_rate' }, otherDefault)).toBe('indicator=cla_rate')
    expect(serialize({ ...DEFAULTS, indicator: 'cin_rate' })).toBe('indicator=cin_rate')
  })

  it('has no indicator while the catalogue loads, and writes none', () => {
    expect(DEFAULT_STATE.indicator).toBe('')
    expect(serializeDashboardState(DEFAULT_STATE, null)).toBe('')
  })

  it('reads every key', () => {
    expect(
      parse(
        'area=E06000001&indicator=cin_rate&year=2019&group=region&compare=E06000002~E08000037&summary=median&measure=idaci_score' +
          '&deflator=sppi&indicators=cin_rate~cla_rate&from=2015&to=2020&layout=wide&similarity=imd_score~cin_rate' +
          '&ranked=all&zoom=london&map=hex&domain=income&edition=2019&analysis=regression&nvar=imd25_imd_score' +
          '&nvar2=rural&classes=7&cell=3-1&predictors=rural~ind25_theft&basis=change&clusters=6' +
          '&relative=ratio&view=map&view2=trend&indicator2=cla_rate&compare2=E08000037',
      ).state,
    ).toEqual({
      area: 'E06000001',
      indicator: 'cin_rate',
      year: 2019,
      group: 'region',
      compare: ['E06000002', 'E08000037'],
      summary: 'median',
      measure: 'idaci_score',
      deflator: 'sppi',
      indicators: ['cin_rate', 'cla_rate'],
      from: 2015,
      to: 2020,
      layout: 'wide',
      self: 'yes',
      regions: 'no',
      sort: null,
      similarity: ['imd_score', 'cin_rate'],
      ranked: 'all',
      zoom: 'london',
      map: 'hex',
      domain: 'income',
      edition: '2019',
      analysis: 'regression',
      nvar: 'imd25_imd_score',
      nvar2: 'rural',
      classes: 7,
      cell: '3-1',
      predictors: ['rural', 'ind25_theft'],
      basis: 'change',
      clusters: 6,
      relative: 'ratio',
      view: 'map',
      view2: 'trend',
      indicator2: 'cla_rate',
      compare2: ['E08000037'],
    })
  })

  it('reads the /clusters keys and explains values that cannot be used', () => {
    const { state, notices } = parse('basis=trend&clusters=11')
    expect([state.basis, state.clusters]).toEqual(['levels', 4])
    expect(notices.map((n) => n.key)).toEqual(['basis', 'clusters'])
    expect(parse('clusters=2.5').state.clusters).toBe(4)
    expect(serialize({ ...DEFAULTS, basis: 'change', clusters: 10 })).toBe('basis=change&clusters=10')
    expect(serialize({ ...DEFAULTS, clusters: 4 })).toBe('')
  })

  it('reads the neighbourhood analysis keys and explains values that cannot be used', () => {
    const { state, notices } = parse('classes=12&cell=4-1&nvar=IMD%20score&predictors=rural~Bad!~rural')
    expect([state.classes, state.cell, state.nvar, state.predictors]).toEqual([5, null, null, ['rural']])
    expect(notices.map((n) => n.key)).toEqual(['nvar', 'classes', 'cell', 'predictors'])
    expect(serialize({ ...DEFAULTS, classes: 3, cell: '1-2' })).toBe('classes=3&cell=1-2')
  })

  it('reads the /data sort column, descending with "-desc", and explains one that cannot be a column', () => {
    expect(parse('sort=cla_rate_2025-desc').state.sort).toBe('cla_rate_2025-desc')
    expect(serialize({ ...DEFAULTS, sort: 'value' })).toBe('sort=value')
    const { state, notices } = parse('sort=<script>')
    expect(state.sort).toBeNull()
    expect(notices.map((n) => n.key)).toEqual(['sort'])
  })

  it('reads the /data switches for the chosen authority and the regional rows, and explains unknown values', () => {
    expect(parse('self=no&regions=yes').state).toEqual({ ...DEFAULTS, self: 'no', regions: 'yes' })
    expect(serialize({ ...DEFAULTS, self: 'no', regions: 'yes' })).toBe('self=no&regions=yes')
    const { state, notices } = parse('self=maybe&regions=1')
    expect([state.self, state.regions]).toEqual(['yes', 'no'])
    expect(notices.map((n) => n.key)).toEqual(['self', 'regions'])
  })

  it('reads the /data indicator list, dropping unknown and repeated ids with a notice, and caps it', () => {
    const { state, notices } = parse('indicators=cin_rate~nonsense~cin_rate~imd_score')
    expect(state.indicators).toEqual(['cin_rate', 'imd_score'])
    expect(notices.map((n) => [n.key, n.value])).toEqual([['indicators', 'nonsense']])
    const many = Array.from({ length: MAX_INDICATORS + 2 }, (_, i) => `x${i}`)
    const wide = parseDashboardState(new URLSearchParams(`indicators=${many.join('~')}`), {
      ...catalogue,
      indicators: many.map(indicator),
    })
    expect(wide.state.indicators).toEqual(many.slice(0, MAX_INDICATORS))
    expect(wide.notices).toHaveLength(2)
  })

  it('reads a year range, swapping a reversed one and ignoring a non-year, each with a notice', () => {
    const reversed = parse('from=2020&to=2012')
    expect([reversed.state.from, reversed.state.to]).toEqual([2012, 2020])
    expect(reversed.notices[0]?.message).toContain('showing 2012 to 2020')
    const bad = parse('from=soon&to=2019')
    expect([bad.state.from, bad.state.to]).toEqual([null, 2019])
    expect(bad.notices.map((n) => n.key)).toEqual(['from'])
  })

  it('reads the price index and table layout, and explains unknown ones', () => {
    expect(serialize({ ...DEFAULTS, deflator: 'sppi', layout: 'wide' })).toBe('deflator=sppi&layout=wide')
    const { state, notices } = parse('deflator=cpi&layout=tall')
    expect([state.deflator, state.layout]).toEqual(['gdp', 'long'])
    expect(notices.map((n) => n.key)).toEqual(['deflator', 'layout'])
  })

  it('reads how a trend is shown against England, and explains an unknown way', () => {
    expect(serialize({ ...DEFAULTS, relative: 'ratio' })).toBe('relative=ratio')
    expect(parse('relative=difference').state.relative).toBe('difference')
    const { state, notices } = parse('relative=percent')
    expect(state.relative).toBe('values')
    expect(notices.map((n) => n.message)).toEqual([
      'There is no way of showing a trend against England "percent"; using values.',
    ])
  })

  it('reads the benchmarking groups: the 2021 neighbour list, a custom list and computed similar authorities', () => {
    for (const group of ['neighbours2021', 'custom', 'similar'] as const) {
      expect(parse(`group=${group}`)).toEqual({ state: { ...DEFAULTS, group }, notices: [] })
      expect(serialize({ ...DEFAULTS, group })).toBe(`group=${group}`)
    }
  })

  it('reads the group summary and the deprivation measure (an indicator id), and explains unknown ones', () => {
    expect(parse('summary=pooled&measure=idaci_score').state).toEqual({
      ...DEFAULTS,
      summary: 'pooled',
      measure: 'idaci_score',
    })
    expect(serialize({ ...DEFAULTS, summary: 'median', measure: 'idaci_score' })).toBe(
      'summary=median&measure=idaci_score',
    )
    const { state, notices } = parse('summary=mode&measure=gdp')
    expect(state).toEqual(DEFAULTS)
    expect(notices.map((n) => [n.key, n.value])).toEqual([
      ['summary', 'mode'],
      ['measure', 'gdp'],
    ])
  })

  it('reads links written before the measure was an indicator id, without a notice', () => {
    expect(parse('measure=idaci')).toEqual({ state: { ...DEFAULTS, measure: 'idaci_score' }, notices: [] })
    expect(parse('measure=imd').state.measure).toBe('imd_score')
    // Only deprivation measures: an indicator that is not one is refused.
    expect(parse('measure=cla_rate').notices.map((n) => n.key)).toEqual(['measure'])
  })

  it('keeps the /compare similarity measures, an empty choice included, so group=similar links reproduce', () => {
    expect(parse('similarity=child_population~imd_score').state.similarity).toEqual(['imd_score'])
    expect(parse('similarity=cin_rate~imd_score').state.similarity).toEqual(['cin_rate', 'imd_score'])
    expect(parse('similarity=none').state.similarity).toEqual([])
    expect(serialize({ ...DEFAULTS, similarity: [] })).toBe('similarity=none')
    const { state, notices } = parse('similarity=nope')
    expect(state.similarity).toBeNull()
    expect(notices.map((n) => n.key)).toEqual(['similarity'])
  })

  it('reads the /deprivation ranking, the map extent and style and the neighbourhood domain, and explains unknown ones', () => {
    expect(serialize({ ...DEFAULTS, ranked: 'all', zoom: 'london', map: 'hex', domain: 'crime' })).toBe(
      'ranked=all&zoom=london&map=hex&domain=crime',
    )
    const { state, notices } = parse('ranked=some&zoom=wales&map=cubes&domain=weather')
    expect([state.ranked, state.zoom, state.map, state.domain]).toEqual(['neighbours', 'england', 'geographic', 'imd'])
    expect(notices.map((n) => n.key)).toEqual(['ranked', 'zoom', 'map', 'domain'])
  })

  it('falls back to the default with a notice for an unknown area, indicator, group and a non-year', () => {
    const { state, notices } = parse('area=E99999999&indicator=nonsense&year=20x9&group=planets')
    expect(state).toEqual(DEFAULTS)
    expect(notices.map((n) => n.key)).toEqual(['area', 'indicator', 'year', 'group'])
    expect(notices[1]?.message).toContain('nonsense')
  })

  it('uses the first of a repeated key and says the link gives it more than once', () => {
    const { state, notices } = parse('area=E06000001&indicator=cla_rate&area=E06000002&area=E06000003')
    expect(state.area).toBe('E06000001')
    expect(notices).toEqual([
      { key: 'area', value: 'E06000001', message: 'The link gives "area" 3 times; using the first.' },
    ])
  })

  it('rejects a year outside the indicator coverage, naming the covered range', () => {
    const { state, notices } = parse('indicator=cin_rate&year=2011')
    expect(state.year).toBeNull()
    expect(notices[0]?.message).toContain('2013 to 2025')
  })

  it('accepts any four-digit year for an indicator without coverage yet', () => {
    expect(parse('indicator=imd_score&year=2019').state.year).toBe(2019)
  })

  it('maps a former code to the current series code and says so', () => {
    const { state, notices } = parse('area=e10000002')
    expect(state.area).toBe('E06000060')
    expect(notices[0]?.message).toContain('former code of Buckinghamshire')
  })

  it('drops unknown and duplicate compare codes and caps the list', () => {
    const codes = catalogue.areas.map((a) => a.code)
    const { state, notices } = parse(`compare=${['E00000000', codes[0], codes[0], ...codes.slice(1)].join('~')}`)
    expect(state.compare).toEqual(codes.slice(0, MAX_COMPARE))
    expect(notices.filter((n) => n.key === 'compare')).toHaveLength(1 + codes.length - MAX_COMPARE)
  })

  it('lets the /data table raise the compare cap, so a custom list can hold every authority', () => {
    const codes = catalogue.areas.map((a) => a.code)
    const { state, notices } = parseDashboardState(new URLSearchParams(`compare=${codes.join('~')}`), catalogue, {
      maxCompare: MAX_DATA_COMPARE,
    })
    expect(state.compare).toEqual(codes)
    expect(notices).toEqual([])
  })

  it('ignores empty values and empty list items', () => {
    expect(parse('area=&compare=~E06000001~').state).toEqual({ ...DEFAULTS, compare: ['E06000001'] })
  })
})

describe('requestedMapStyle', () => {
  it('reads the map style from the address before the catalogue loads, as the full parse does once it has', () => {
    for (const query of ['map=hex', 'map=geographic', 'map=HEX', 'map=', 'map=foo', '', 'indicator=cin_rate&map=hex']) {
      const params = new URLSearchParams(query)
      expect(requestedMapStyle(params), query).toBe(parse(query).state.map)
    }
    expect(requestedMapStyle(new URLSearchParams('map=hex'))).toBe('hex')
  })
})

describe('serializeDashboardState', () => {
  it('writes nothing for the defaults', () => {
    expect(serialize(DEFAULTS)).toBe('')
  })

  it('writes only non-default keys, in a fixed order, with a literal ~ between list items', () => {
    expect(serialize({ ...DEFAULTS, compare: ['E06000002', 'E06000001'], area: 'E08000037', year: 2020 })).toBe(
      'area=E08000037&year=2020&compare=E06000002~E06000001',
    )
  })

  it('round-trips every valid state', () => {
    const codes = catalogue.areas.map((a) => a.code)
    const stateArb: fc.Arbitrary<DashboardState> = fc.record({
      area: fc.option(fc.constantFrom(...codes), { nil: null }),
      indicator: fc.constantFrom('cla_rate', 'cin_rate'),
      year: fc.option(fc.integer({ min: 2013, max: 2025 }), { nil: null }),
      group: fc.constantFrom(...GROUPS),
      compare: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: MAX_COMPARE }),
      summary: fc.constantFrom(...SUMMARIES),
      measure: fc.option(fc.constantFrom('imd_score', 'idaci_score'), { nil: null }),
      deflator: fc.constantFrom('gdp' as const, 'sppi' as const),
      indicators: fc.uniqueArray(fc.constantFrom('cla_rate', 'cin_rate', 'imd_score'), { maxLength: 3 }),
      from: fc.option(fc.integer({ min: 2010, max: 2017 }), { nil: null }),
      to: fc.option(fc.integer({ min: 2018, max: 2025 }), { nil: null }),
      layout: fc.constantFrom(...LAYOUTS),
      self: fc.constantFrom(...YES_NO),
      regions: fc.constantFrom(...YES_NO),
      sort: fc.option(fc.constantFrom('value', 'area-desc', 'cla_rate_2025-desc'), { nil: null }),
      similarity: fc.option(fc.uniqueArray(fc.constantFrom('imd_score', 'cin_rate', 'idaci_score'), { maxLength: 3 }), {
        nil: null,
      }),
      ranked: fc.constantFrom(...RANK_SCOPES),
      zoom: fc.constantFrom(...ZOOMS),
      map: fc.constantFrom(...MAP_STYLES),
      domain: fc.constantFrom(...LSOA21_MEASURES),
      edition: fc.constantFrom(...NEIGHBOURHOOD_EDITION_KEYS),
      analysis: fc.constantFrom(...NEIGHBOURHOOD_ANALYSES),
      nvar: fc.option(fc.constantFrom('imd25_imd_score', 'ind25_burglary'), { nil: null }),
      nvar2: fc.option(fc.constantFrom('idaci25_rank', 'children_0_15_share'), { nil: null }),
      classes: fc.integer({ min: 3, max: 10 }),
      cell: fc.option(fc.constantFrom('1-1', '3-2'), { nil: null }),
      predictors: fc.uniqueArray(fc.constantFrom('rural', 'imd25_crime_score', 'ind25_theft'), { maxLength: 3 }),
      basis: fc.constantFrom(...CLUSTER_BASES),
      clusters: fc.integer({ min: 2, max: 10 }),
      relative: fc.constantFrom(...RELATIVE_MODES),
      view: fc.constantFrom(...PANEL_VIEWS),
      view2: fc.constantFrom(...PANEL_VIEWS),
      indicator2: fc.option(fc.constantFrom('cla_rate', 'cin_rate'), { nil: null }),
      compare2: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: MAX_COMPARE }),
    })
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = parse(serialize(state))
        expect(parsed.notices).toEqual([])
        expect(parsed.state).toEqual(state)
      }),
      { seed: 42 },
    )
  })
})
