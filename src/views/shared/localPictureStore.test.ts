// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { storedLocalPicture, storeLocalPicture } from './localPictureStore'

const made = {
  items: [{ id: 'a', kind: 'chart' as const, title: 'CLA rate', view: '/area/E08000016', sentence: '', note: '' }],
  missing: ['Spending mix'],
}

describe('made local pictures kept in the browser', () => {
  beforeEach(() => window.localStorage.clear())

  it('gives back the items made for the same release and build', () => {
    storeLocalPicture('0123456789abcdef', 'E08000016', made)
    expect(storedLocalPicture('0123456789abcdef', 'E08000016')).toEqual(made)
    expect(storedLocalPicture('0123456789abcdef', 'E08000035')).toBeNull()
  })

  it('makes them again for a new data release, and ignores damaged storage', () => {
    storeLocalPicture('0123456789abcdef', 'E08000016', made)
    expect(storedLocalPicture('fedcba9876543210', 'E08000016')).toBeNull()
    window.localStorage.setItem('csc-explorer:local-picture:E08000016', '{not json')
    expect(storedLocalPicture('0123456789abcdef', 'E08000016')).toBeNull()
    window.localStorage.setItem(
      'csc-explorer:local-picture:E08000016',
      JSON.stringify({ stamp: '0123456789abcdef development', value: { items: [{ id: 1 }], missing: [] } }),
    )
    expect(storedLocalPicture('0123456789abcdef', 'E08000016')).toBeNull()
  })
})
