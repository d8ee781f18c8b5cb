import { describe, expect, it } from 'vitest'
import type { RankingBar } from './buildRankingModel'
import { compactRanking, placeReferenceLabels } from './compactRanking'

const bar = (i: number, isSelected = false): RankingBar => ({
  areaCode: `A${i}`,
  label: `A${i}`,
  value: 200 - i,
  flag: null,
  isSelected,
  rank: i + 1,
  missingReason: null,
  note: null,
})

describe('compactRanking', () => {
  it('draws every bar of a small group', () => {
    const rows = compactRanking(Array.from({ length: 12 }, (_, i) => bar(i)))
    expect(rows).toHaveLength(12)
    expect(rows.every((r) => r.kind === 'bar')).toBe(true)
  })

  it('for all of England draws the top and bottom ten and the selected authority with its neighbours in rank', () => {
    const bars = Array.from({ length: 151 }, (_, i) => bar(i, i === 70))
    const rows = compactRanking(bars)
    const drawn = rows.flatMap((r) => (r.kind === 'bar' ? [r.index] : []))
    expect(drawn).toEqual([
      ...Array.from({ length: 10 }, (_, i) => i),
      69,
      70,
      71,
      ...Array.from({ length: 10 }, (_, i) => 141 + i),
    ])
    expect(rows.filter((r) => r.kind === 'gap').map((r) => (r.kind === 'gap' ? r.hidden : 0))).toEqual([59, 69])
    expect(rows.length).toBeLessThan(30)
  })

  it('has no gap marker where the selected authority joins the top ten', () => {
    const rows = compactRanking(Array.from({ length: 151 }, (_, i) => bar(i, i === 10)))
    expect(rows.slice(0, 12).every((r) => r.kind === 'bar')).toBe(true)
    expect(rows.filter((r) => r.kind === 'gap')).toHaveLength(1)
  })
})

describe('placeReferenceLabels', () => {
  it('keeps each name at its line when there is room', () => {
    const placed = placeReferenceLabels([
      { key: 'england', x: 100, width: 50 },
      { key: 'group', x: 200, width: 40 },
    ])
    expect(placed.get('england')).toBe(100)
    expect(placed.get('group')).toBe(200)
  })

  it('moves the second name clear of the first when the lines are close', () => {
    const placed = placeReferenceLabels([
      { key: 'group', x: 104, width: 40 },
      { key: 'england', x: 100, width: 50 },
    ])
    const england = placed.get('england') ?? 0
    const group = placed.get('group') ?? 0
    expect(england).toBe(100)
    expect(group - 20).toBeGreaterThanOrEqual(england + 25 + 6)
  })
})
