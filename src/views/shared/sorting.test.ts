import { describe, expect, it } from 'vitest'
import { nextSort } from './sorting'

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
