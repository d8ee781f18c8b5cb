import { describe, expect, it } from 'vitest'
import { nextSort, readSortParam, readTableSort, writeSortParam } from './sorting'

describe('nextSort', () => {
  it('sorts a newly clicked column ascending, whatever the current direction', () => {
    expect(nextSort({ key: 'name', direction: 'descending' }, 'rank')).toEqual({ key: 'rank', direction: 'ascending' })
    expect(nextSort({ key: null, direction: 'descending' }, 'rank')).toEqual({ key: 'rank', direction: 'ascending' })
  })

  it('flips the direction when the same column is clicked again', () => {
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'rank')).toEqual({ key: 'rank', direction: 'descending' })
    expect(nextSort({ key: 'rank', direction: 'descending' }, 'rank')).toEqual({ key: 'rank', direction: 'ascending' })
  })
})

describe('sort in the URL', () => {
  it('writes and reads a column key with "-desc" for descending', () => {
    expect(writeSortParam('cla_rate_2025', 'descending')).toBe('cla_rate_2025-desc')
    expect(readSortParam('cla_rate_2025-desc')).toEqual({ key: 'cla_rate_2025', direction: 'descending' })
    expect(readSortParam('value')).toEqual({ key: 'value', direction: 'ascending' })
    expect(readSortParam(null)).toBeNull()
  })

  it('reads a table’s sort from the URL only when the column is one of the table’s', () => {
    const initial = { key: 'name', direction: 'ascending' } as const
    expect(readTableSort('rank-desc', ['name', 'rank'], initial)).toEqual({ key: 'rank', direction: 'descending' })
    expect(readTableSort('cla_rate_2025', ['name', 'rank'], initial)).toEqual(initial)
    expect(readTableSort(null, ['name', 'rank'], initial)).toEqual(initial)
  })
})
