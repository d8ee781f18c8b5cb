import { describe, expect, it } from 'vitest'
import { moveCountsTo2021 } from './apportion'

describe('moveCountsTo2021', () => {
  const codes = ['A11', 'B11', 'C11', 'D11']
  const moves = [
    [0, 'A21', 1], // unchanged
    [1, 'M21', 1], // B and C merged into M
    [2, 'M21', 1],
    [3, 'S1', 0.25], // D split 1:3 by Census children
    [3, 'S2', 0.75],
  ] as const

  it('keeps unchanged counts, adds merged ones and splits by the shares', () => {
    const moved = moveCountsTo2021(
      new Map([
        ['A11', 5],
        ['B11', 3],
        ['C11', 4],
        ['D11', 8],
      ]),
      codes,
      moves,
    )
    expect(moved.get('A21')).toEqual({ count: 5, sources: ['A11'] })
    expect(moved.get('M21')).toEqual({ count: 7, sources: ['B11', 'C11'] })
    expect(moved.get('S1')).toEqual({ count: 2, sources: ['D11'] })
    expect(moved.get('S2')).toEqual({ count: 6, sources: ['D11'] })
  })

  it('a 2021 neighbourhood fed by any unknown 2011 count is unknown, never a partial sum', () => {
    const moved = moveCountsTo2021(
      new Map([
        ['B11', 3],
        ['C11', null],
      ]),
      codes,
      moves,
    )
    expect(moved.get('M21')?.count).toBeNull()
    expect(moved.get('A21')?.count).toBeNull() // missing from the file
  })
})
