import { GROUPS } from '../../src/model/comparatorGroups'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Area } from '../../src/schema/areas'
import { LSOA21_MEASURES } from '../../src/schema/geo'
import {
  MAX_COMPARE,
  MAX_INDICATORS,
  NEIGHBOURHOOD_EDITION_KEYS,
  RANK_SCOPES,
  URL_KEYS,
  ZOOMS,
  parseDashboardState,
  serializeDashboardState,
  type DashboardCatalogue,
} from '../../src/state/dashboardState'
import { testIndicator as indicator } from '../../src/testing/testIndicator'

// Property-based checks of the URL state parser: whatever a link contains, parsing never throws and always yields a
// state the views can use; and a parsed state survives serialise → parse unchanged.

const area = (code: string, formerCodes?: string[]): Area => ({
  code,
  laNumber: 300 + Number(code.slice(-2)),
  name: `Area ${code}`,
  aliases: [],
  region: 'London',
  regionCode: 'E12000007',
  type: 'london borough',
  status: 'current',
  ...(formerCodes ? { formerCodes } : {}),
})

const catalogue: DashboardCatalogue = {
  areas: [area('E09000001'), area('E09000002'), area('E09000012'), area('E06000060', ['E10000002'])],
  indicators: [
    indicator('cla_rate'),
    indicator('cin_rate'),
    { ...indicator('imd_score'), roles: { deprivationMeasure: 1 } },
  ],
  coverage: {
    cla_rate: { first: 2010, last: 2025 },
    cin_rate: { first: 2010, last: 2025 },
    imd_score: { first: 2015, last: 2019 },
  },
}
const codes = catalogue.areas.flatMap((a) => [a.code, ...(a.formerCodes ?? [])])
// Every declared key, so a key added to the state is fuzzed too, and one the app does not know.
const keys = [...Object.keys(URL_KEYS), 'other']

/** Values drawn from what a link might plausibly hold: valid codes and ids, years, junk and unicode. */
const plausibleValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    ...codes,
    ...codes.map((c) => c.toLowerCase()),
    'cla_rate',
    'imd_score',
    'imd',
    'idaci',
    'none',
    'nope',
    'all',
    'london',
    'income',
    'value-desc',
    ...GROUPS,
  ),
  fc.array(fc.constantFrom('cla_rate', 'imd_score', 'cin_rate', 'x', ''), { maxLength: 15 }).map((xs) => xs.join('~')),
  fc.integer({ min: -5000, max: 5000 }).map(String),
  fc.array(fc.constantFrom(...codes, 'E09999999', ''), { maxLength: 12 }).map((xs) => xs.join('~')),
)

const queryString = fc.array(fc.tuple(fc.constantFrom(...keys), plausibleValue), { maxLength: 8 }).map((pairs) => {
  const params = new URLSearchParams()
  for (const [k, v] of pairs) params.append(k, v)
  return params
})

function expectUsable(state: ReturnType<typeof parseDashboardState>['state']) {
  expect(state.area === null || catalogue.areas.some((a) => a.code === state.area)).toBe(true)
  expect(catalogue.indicators.some((i) => i.id === state.indicator)).toBe(true)
  const coverage = catalogue.coverage[state.indicator]
  expect(
    state.year === null || (coverage !== undefined && state.year >= coverage.first && state.year <= coverage.last),
  ).toBe(true)
  expect(GROUPS).toContain(state.group)
  expect(state.compare.length).toBeLessThanOrEqual(MAX_COMPARE)
  expect(new Set(state.compare).size).toBe(state.compare.length)
  for (const code of state.compare) expect(catalogue.areas.some((a) => a.code === code)).toBe(true)
  const known = (id: string) => catalogue.indicators.some((i) => i.id === id)
  expect(state.measure === null || catalogue.indicators.some((i) => i.id === state.measure && i.roles)).toBe(true)
  for (const list of [state.indicators, state.similarity ?? []]) {
    expect(list.every(known)).toBe(true)
    expect(new Set(list).size).toBe(list.length)
    expect(list.length).toBeLessThanOrEqual(MAX_INDICATORS)
  }
  expect(state.from === null || state.to === null || state.from <= state.to).toBe(true)
  expect(RANK_SCOPES).toContain(state.ranked)
  expect(ZOOMS).toContain(state.zoom)
  expect(LSOA21_MEASURES).toContain(state.domain)
  expect(NEIGHBOURHOOD_EDITION_KEYS).toContain(state.edition)
  expect(state.sort === null || /^[a-z0-9_]+(-desc)?$/.test(state.sort)).toBe(true)
}

describe('URL state parser under random input', () => {
  it('never throws and always yields a usable state', () => {
    fc.assert(
      fc.property(queryString, (params) => {
        const { state, notices } = parseDashboardState(params, catalogue)
        expectUsable(state)
        for (const notice of notices) expect(notice.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 2000, seed: 20261123 },
    )
  })

  it('never throws on arbitrary raw query strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expectUsable(parseDashboardState(new URLSearchParams(raw), catalogue).state)
      }),
      { numRuns: 2000, seed: 7 },
    )
  })

  it('a parsed state survives serialise → parse unchanged, with no notices', () => {
    fc.assert(
      fc.property(queryString, (params) => {
        const { state } = parseDashboardState(params, catalogue)
        const again = parseDashboardState(new URLSearchParams(serializeDashboardState(state, catalogue)), catalogue)
        expect(again.state).toEqual(state)
        expect(again.notices).toEqual([])
      }),
      { numRuns: 2000, seed: 42 },
    )
  })
})
