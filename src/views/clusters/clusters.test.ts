import { describe, expect, it } from 'vitest'
import { testArea } from '../../testing/testAreas'
import { testIndicator } from '../../testing/testIndicator'
import { testSeries } from '../../testing/testSeries'
import { buildClusters } from './buildClusters'
import { describeCluster, describeZ, formatSd } from './describeClusters'
import { layoutDendrogram } from './layoutDendrogram'
import { resolveClusterYears } from './clusterChoices'
import { wardClustering } from '../../stats/hierarchicalClustering'

// Six authorities on two indicators. On "a" in 2025 they sit at 0, 1, 5, 6, 12 (E5 has none; E6 is City of London).
const AREAS = [
  testArea('E09000005'),
  testArea('E09000002'),
  testArea('E09000003'),
  testArea('E09000004'),
  testArea('E09000006'),
  testArea('E09000001', { excludedFromAverages: true }),
  testArea('E09000007', { status: 'former', lastYear: 2020 }),
  testArea('E09000008', { firstYear: 2025 }),
]
const A = testSeries([2024, 2025], {
  E09000002: [10, 0],
  E09000003: [10, 1],
  E09000004: [10, 5],
  E09000005: [10, 6],
  E09000006: [10, 12],
  E09000001: [10, 99],
  E09000007: [10, 50],
  E09000008: [10, null],
})
const B = testSeries([2023, 2024], {
  E09000002: [1, 7],
  E09000003: [1, 7],
  E09000004: [1, 7],
  E09000005: [1, 7],
  E09000006: [1, 8],
})

describe('buildClusters on levels', () => {
  const build = (k: number, ids = ['a']) =>
    buildClusters({
      areas: AREAS,
      indicators: ids.map(testIndicator),
      seriesById: new Map([
        ['a', A],
        ['b', B],
      ]),
      basis: { kind: 'levels', year: 2025 },
      k,
    })

  it('clusters the current authorities, in code order, on their figures of the chosen year', () => {
    const result = build(3)
    expect(result?.codes).toEqual(['E09000002', 'E09000003', 'E09000004', 'E09000005', 'E09000006'])
    expect(result?.values.map((r) => r[0])).toEqual([0, 1, 5, 6, 12])
    // As the hand-worked tree in the statistics tests: {0, 1}, {5, 6}, {12}.
    expect(result?.clusters.map((c) => c.members)).toEqual([
      ['E09000002', 'E09000003'],
      ['E09000004', 'E09000005'],
      ['E09000006'],
    ])
    expect(result?.clusters[0]?.meanValue).toEqual([0.5])
    // Mean 4.8, sample sd √(90.8 / 4) = 4.764452: cluster 3's mean z is (12 − 4.8) / 4.764452 = 1.511192.
    expect(result?.variables[0]?.scale.mean).toBeCloseTo(4.8, 12)
    expect(result?.clusters[2]?.meanZ[0]).toBeCloseTo(1.511192, 6)
    expect(result?.variables[0]?.years).toEqual([2025])
  })

  it('lists who is left out and why: no figure (never 0), too small by design; a former authority is not a candidate', () => {
    const result = build(2)
    expect(result?.leftOut).toEqual([{ code: 'E09000008', missing: ['a'] }])
    expect(result?.excluded).toEqual(['E09000001'])
    expect(result?.codes).not.toContain('E09000007')
  })

  it('uses the latest figures at or before the chosen year, and says when an indicator has none', () => {
    const result = build(2, ['a', 'b'])
    // b ends in 2024, so 2024's figures are used for 2025.
    expect(result?.variables.map((v) => v.years)).toEqual([[2025], [2024]])
    const early = buildClusters({
      areas: AREAS,
      indicators: [testIndicator('a'), testIndicator('b')],
      seriesById: new Map([
        ['a', A],
        ['b', B],
      ]),
      basis: { kind: 'levels', year: 2022 },
      k: 2,
    })
    expect(early).toBeNull()
  })

  it('keeps k between 2 and one fewer than the authorities', () => {
    expect(build(1)?.clusters).toHaveLength(2)
    expect(build(10)?.clusters).toHaveLength(4)
  })
})

describe('buildClusters on change per year', () => {
  it('uses the least-squares slope over the chosen years, and leaves out an indicator with under two years', () => {
    const result = buildClusters({
      areas: AREAS,
      indicators: [testIndicator('a'), testIndicator('b')],
      seriesById: new Map([
        ['a', A],
        ['b', B],
      ]),
      basis: { kind: 'change', from: 2024, to: 2025 },
      k: 2,
    })
    // a: 2024 → 2025 changes by −10, −9, −5, −4, +2 a year. b has only 2024 in the range.
    expect(result?.values.map((r) => r[0])).toEqual([-10, -9, -5, -4, 2])
    expect(result?.unusedIndicators.map((u) => [u.indicator.id, u.reason])).toEqual([
      ['b', 'fewer than two years of figures from 2024 to 2025'],
    ])
  })

  it('says when an indicator does not vary across the authorities', () => {
    const result = buildClusters({
      areas: AREAS,
      indicators: [testIndicator('a'), testIndicator('b')],
      seriesById: new Map([
        ['a', A],
        ['b', B],
      ]),
      basis: { kind: 'change', from: 2023, to: 2025 },
      k: 2,
    })
    // b changes by 6 a year everywhere but E09000006 (7), so it is kept; a's 2024 figures are all 10 but its change
    // differs, so both are used.
    expect(result?.variables.map((v) => v.indicator.id)).toEqual(['a', 'b'])
    const flat = buildClusters({
      areas: AREAS,
      indicators: [testIndicator('a'), testIndicator('b')],
      seriesById: new Map([
        ['a', A],
        ['b', B],
      ]),
      basis: { kind: 'levels', year: 2024 },
      k: 2,
    })
    // In 2024 every authority has a = 10: no spread, so it cannot be standardised.
    expect(flat?.unusedIndicators.map((u) => [u.indicator.id, u.reason])).toEqual([
      ['a', 'every authority has the same figure'],
    ])
    expect(flat?.variables.map((v) => v.indicator.id)).toEqual(['b'])
  })
})

describe('cluster profiles in words', () => {
  it('grades distance from average in standard deviations', () => {
    expect(describeZ(0.49)).toBe('near average')
    expect(describeZ(-0.5)).toBe('below average')
    expect(describeZ(0.99)).toBe('above average')
    expect(describeZ(1.3)).toBe('well above average')
    expect(describeZ(-2)).toBe('well below average')
    expect(formatSd(1.26)).toBe('+1.3 SD')
    expect(formatSd(-0.04)).toBe('±0.0 SD')
    expect(formatSd(-0.75)).toBe('−0.8 SD')
  })

  it('names the size and then the most distinctive measures first', () => {
    const variables = [
      {
        indicator: { ...testIndicator('cin'), shortLabel: 'Children in need rate' },
        years: [2025],
        scale: { mean: 0, sd: 1 },
      },
      {
        indicator: { ...testIndicator('spend'), shortLabel: 'Spending per child' },
        years: [2025],
        scale: { mean: 0, sd: 1 },
      },
    ]
    const cluster = {
      number: 2,
      members: Array.from({ length: 14 }, (_, i) => `E0900000${i}`),
      meanZ: [0.1, 1.3],
      meanValue: [],
    }
    expect(describeCluster(cluster, variables, { kind: 'levels', year: 2025 })).toBe(
      'Cluster 2 (14 authorities): spending per child well above average (+1.3 SD), children in need rate near average (+0.1 SD).',
    )
    expect(describeCluster({ ...cluster, members: ['x'] }, variables, { kind: 'change', from: 2020, to: 2025 })).toBe(
      'Cluster 2 (1 authority): change per year in spending per child well above average (+1.3 SD), change per year in children in need rate near average (+0.1 SD).',
    )
  })
})

describe('layoutDendrogram', () => {
  it('spaces the leaves evenly in drawing order and draws each merge as a bracket, coloured inside the cut', () => {
    // The hand-worked tree on 0, 1, 5, 6, 12, cut into 3: {0, 1}, {5, 6}, {12}.
    const merges = wardClustering([[0], [1], [5], [6], [12]])
    const { leafX, links } = layoutDendrogram({
      merges,
      order: [0, 1, 2, 3, 4],
      clusterOf: [0, 0, 1, 1, 2],
      k: 3,
      left: 0,
      width: 100,
      bottom: 50,
      y: (h) => 50 - h,
    })
    expect(leafX).toEqual([10, 30, 50, 70, 90])
    expect(links.map((l) => l.path)).toEqual([
      'M10,50V49H30V50',
      'M50,50V49H70V50',
      // ab (x 20, top 49) with cd (x 60, top 49) at √50 = 7.07.
      'M20,49V42.9H60V49',
      'M40,42.9V38.6H90V50',
    ])
    expect(links.map((l) => l.cluster)).toEqual([0, 1, null, null])
  })
})

describe('resolveClusterYears', () => {
  const years = [
    [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    [2019, 2025],
    [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
  ]
  const none = { year: null, from: null, to: null }

  it('offers the years from the first year every indicator has to the last any has', () => {
    const result = resolveClusterYears(years, { kind: 'levels', ...none })
    expect(result?.offered).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    // Levels default to the latest year all three have reached.
    expect(result?.basis).toEqual({ kind: 'levels', year: 2024 })
  })

  it('keeps a year asked for when it is offered, and falls back when it is not', () => {
    expect(resolveClusterYears(years, { kind: 'levels', ...none, year: 2025 })?.basis).toEqual({
      kind: 'levels',
      year: 2025,
    })
    expect(resolveClusterYears(years, { kind: 'levels', ...none, year: 2014 })?.basis).toEqual({
      kind: 'levels',
      year: 2024,
    })
  })

  it('defaults change to five years up to the latest common year, and keeps from before to', () => {
    expect(resolveClusterYears(years, { kind: 'change', ...none })?.basis).toEqual({
      kind: 'change',
      from: 2019,
      to: 2024,
    })
    expect(resolveClusterYears(years, { kind: 'change', year: null, from: 2021, to: 2023 })?.basis).toEqual({
      kind: 'change',
      from: 2021,
      to: 2023,
    })
    expect(resolveClusterYears(years, { kind: 'change', year: null, from: 2024, to: 2021 })?.basis).toEqual({
      kind: 'change',
      from: 2019,
      to: 2021,
    })
  })

  it('is null when no indicator has figures', () => {
    expect(resolveClusterYears([[]], { kind: 'levels', ...none })).toBeNull()
  })
})
