import { describe, expect, it } from 'vitest'
import type { NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import { fitMultipleRegression } from '../../stats/multipleRegression'
import { collectRows, completeRows, resolveVariable, withUnit, type NeighbourhoodRow } from './analysisData'
import { buildClassedMap, sequentialPalette } from './buildClassedMap'
import { buildDensity } from './buildDensity'
import { BIVARIATE_PALETTE, buildOverlap } from './buildOverlap'
import { describeRegression } from './describeRegression'

const variable = (id: string, over: Partial<NeighbourhoodVariable> = {}): NeighbourhoodVariable => ({
  id,
  label: `${id} label`,
  shortLabel: id,
  group: 'Test',
  kind: 'score',
  unit: 'score',
  decimals: 1,
  definition: 'A synthetic variable for tests.',
  source: { publisher: 'Test', publication: 'Test', file: 'test.csv' },
  ...over,
})
const rowsOf = (a: (number | null)[], b: (number | null)[] = []): NeighbourhoodRow[] =>
  a.map((v, i) => ({ code: `E0100000${i}`, areaCode: 'E06000001', values: { a: v, b: b[i] ?? null } }))

describe('buildClassedMap', () => {
  it('classes the neighbourhoods shown into quantiles, counts each class and leaves a missing figure out', () => {
    // 1..6 in three classes: tertile breaks 2.667 and 4.333 (type 7), so two per class; the null is counted apart.
    const map = buildClassedMap(rowsOf([1, 2, 3, 4, 5, 6, null]), variable('a'), 3)
    expect(map?.legend.map((l) => l.count)).toEqual([2, 2, 2])
    expect(map?.legend.map((l) => l.label)).toEqual(['1.0 to 2.7', 'above 2.7 to 4.3', 'above 4.3 to 6.0'])
    expect(map?.missing).toBe(1)
    expect(map?.classOfCode.get('E01000005')).toBe(2)
    expect(map?.fillOf.has('E01000006')).toBe(false)
  })

  it('uses k distinct colours, light to dark', () => {
    for (let k = 3; k <= 10; k++) expect(new Set(sequentialPalette(k)).size).toBe(k)
  })

  it('is null when no neighbourhood has a figure', () => {
    expect(buildClassedMap(rowsOf([null, null]), variable('a'), 5)).toBeNull()
  })
})

describe('buildOverlap', () => {
  it('puts each neighbourhood in the cell of its thirds on both variables and counts the cells', () => {
    // a rises with the index, b falls: the lowest third of a is the highest of b (cell 1-3), and so on.
    const rows = rowsOf([1, 2, 3, 4, 5, 6, 7, 8, 9, null], [9, 8, 7, 6, 5, 4, 3, 2, 1, 5])
    const overlap = buildOverlap(rows, variable('a'), variable('b'))
    expect(overlap?.cellOf.get('E01000000')).toBe('1-3')
    expect(overlap?.cellOf.get('E01000004')).toBe('2-2')
    expect(overlap?.cellOf.get('E01000008')).toBe('3-1')
    expect(overlap?.cells.find((c) => c.key === '1-3')).toMatchObject({ count: 3, fill: BIVARIATE_PALETTE[0][2] })
    expect(overlap?.cells.find((c) => c.key === '1-1')?.count).toBe(0)
    expect(overlap?.cells).toHaveLength(9)
    expect(overlap?.missing).toBe(1)
  })
})

describe('buildDensity', () => {
  it('counts points per cell of the grid over their joint range', () => {
    const grid = buildDensity([0, 0, 10, 5], [0, 0, 10, 5], 2, 2)
    expect(grid?.counts).toEqual([
      [2, 0],
      [0, 2],
    ])
    expect(grid?.max).toBe(2)
  })
})

describe('analysis data', () => {
  it('collects each authority’s neighbourhoods in the index’s order with each variable’s value', () => {
    const rows = collectRows(
      { lsoaCount: 3, areas: { A: ['E01000001', 'E01000002'], B: ['E01000003'] } },
      ['B', 'A'],
      [{ id: 'x', areas: { A: [1, null], B: [3] } }],
    )
    expect(rows.map((r) => [r.code, r.areaCode, r.values.x])).toEqual([
      ['E01000003', 'B', 3],
      ['E01000001', 'A', 1],
      ['E01000002', 'A', null],
    ])
    expect(completeRows(rows, ['x'])).toMatchObject({ leftOut: 1 })
  })

  it('falls back to the default for an unknown or category variable, naming what it did not use', () => {
    const catalogue = { variables: [variable('imd'), variable('cls', { kind: 'category' })] }
    expect(resolveVariable(catalogue, 'nope', 'imd')).toMatchObject({ variable: { id: 'imd' }, unknown: 'nope' })
    expect(resolveVariable(catalogue, 'cls', 'imd').unknown).toBe('cls')
    expect(withUnit(variable('a', { unit: '%' }))).toBe('a (%)')
    expect(withUnit(variable('a'))).toBe('a')
  })
})

describe('describeRegression', () => {
  it('reads each coefficient with its interval, and warns against causal and individual claims', () => {
    const fit = fitMultipleRegression([3, 5, 7, 9.5, 11], [{ name: 'x', values: [1, 2, 3, 4, 5] }])
    if (!fit.ok) throw new Error(fit.reason)
    const text = describeRegression(fit.fit, variable('Outcome'), [variable('Crime', { unit: 'score' })]).join(' ')
    expect(text).toMatch(/^Each 1 more of Crime \(score\) goes with Outcome 2\.0\d higher on average \(95% interval/)
    expect(text).toMatch(/does not include zero/)
    expect(text).toMatch(/does not show that any predictor causes the outcome/)
    expect(text).toMatch(/ecological fallacy/)
  })
})
