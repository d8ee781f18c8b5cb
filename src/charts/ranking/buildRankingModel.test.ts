import { describe, expect, it } from 'vitest'
import { buildRankingModel, type RankingInput } from './buildRankingModel'

const row = (areaCode: string, value: number | null, over: Partial<RankingInput> = {}): RankingInput => ({
  areaCode,
  label: areaCode,
  value,
  flag: null,
  isSelected: false,
  ...over,
})

describe('buildRankingModel', () => {
  it('puts rank 1 at the top, highest first, with ties sharing a rank and ordered by name', () => {
    const model = buildRankingModel([row('B', 5), row('A', 5), row('C', 9), row('D', 1)], { order: 'highest-first' })
    expect(model.bars.map((b) => [b.areaCode, b.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
      ['D', 4],
    ])
    expect(model.rankedCount).toBe(4)
  })

  it('ranks lowest first when asked', () => {
    const model = buildRankingModel([row('A', 3), row('B', 1)], { order: 'lowest-first' })
    expect(model.bars.map((b) => b.areaCode)).toEqual(['B', 'A'])
  })

  it('keeps authorities without a figure at the bottom, unranked, with the reason', () => {
    const model = buildRankingModel([row('Z', null, { flag: 'c' }), row('Y', null), row('A', 2)], {
      order: 'highest-first',
    })
    expect(model.bars.map((b) => [b.areaCode, b.rank, b.missingReason])).toEqual([
      ['A', 1, null],
      ['Y', null, 'no figure'],
      ['Z', null, 'suppressed to protect confidentiality'],
    ])
    expect(model.rankedCount).toBe(1)
  })

  it('spans zero, the bars and the reference lines', () => {
    const model = buildRankingModel([row('A', 20), row('B', 30)], {
      order: 'highest-first',
      references: [{ key: 'eng', label: 'England', value: 45, kind: 'england' }],
    })
    expect(model.extent).toEqual([0, 45])
    expect(buildRankingModel([row('A', -2)], { order: 'highest-first' }).extent).toEqual([-2, 0])
  })

  it('has no extent for an empty or all-missing group', () => {
    expect(buildRankingModel([], { order: 'highest-first' }).extent).toBeNull()
    expect(buildRankingModel([row('A', null)], { order: 'highest-first' }).extent).toBeNull()
  })
})
