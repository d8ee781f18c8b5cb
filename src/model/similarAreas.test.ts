import { describe, expect, it } from 'vitest'
import { buildSimilarity, describeDifference } from './similarAreas'
import { testArea as area } from '../testing/testAreas'
import { testSeries as series } from '../testing/testSeries'

describe('describeDifference', () => {
  it('puts a standardised difference into words', () => {
    expect(describeDifference(0.1, 'IMD score')).toBe('about the same IMD score')
    expect(describeDifference(-0.5, 'IMD score')).toBe('slightly lower IMD score')
    expect(describeDifference(1, 'IMD score')).toBe('higher IMD score')
    expect(describeDifference(-2, 'IMD score')).toBe('much lower IMD score')
    expect(describeDifference(1, 'Child population 0-17')).toBe('higher child population 0-17')
  })
})

describe('buildSimilarity', () => {
  const areas = ['T', 'A', 'B', 'C'].map((c) => area(c)).concat(area('X', { excludedFromAverages: true }))
  const imd = series([2015, 2019], { T: [0, 20], A: [0, 21], B: [0, 30], C: [0, 10], X: [0, 20] })
  const pop = series([2025], { T: [1000], A: [5000], B: [1000], C: [1100], X: [1000] })
  const flat = series([2025], { T: [1], A: [1], B: [1], C: [1], X: [1] })

  it('finds the nearest authorities, leaving out the tiny two, with differences aligned to the measures', () => {
    const result = buildSimilarity({
      areaCode: 'T',
      areas,
      year: 2025,
      k: 2,
      measures: [
        { indicatorId: 'imd_score', label: 'IMD score', series: imd },
        { indicatorId: 'flat', label: 'flat measure', series: flat },
        { indicatorId: 'child_population', label: 'child population', series: pop },
      ],
    })
    expect(result.measures.map((m) => m.year)).toEqual([2019, 2025, 2025])
    expect(result.unusedMeasures).toEqual(['flat measure'])
    expect(result.similar.map((s) => s.areaCode)).not.toContain('X')
    expect(result.similar).toHaveLength(2)
    const first = result.similar[0]
    expect(first?.differences[1]).toBeNull()
    expect(first?.differences).toHaveLength(3)
    expect(first?.explanation).toMatch(/^[A-Z].*IMD score; .*child population$/)
  })

  it('returns nothing for an authority not in the pool', () => {
    expect(
      buildSimilarity({
        areaCode: 'Q',
        areas,
        year: 2025,
        measures: [{ indicatorId: 'imd_score', label: 'IMD score', series: imd }],
      }).similar,
    ).toEqual([])
  })
})
