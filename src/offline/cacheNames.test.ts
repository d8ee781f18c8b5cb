import { describe, expect, it } from 'vitest'
import { dataCacheName, deckCacheName, releaseOfPrecache, staleDataCaches, staleDeckCaches } from './cacheNames'

describe('data caches per release', () => {
  it('names one cache per release and finds the other releases’ caches only', () => {
    expect(dataCacheName('0123456789abcdef')).toBe('csc-data-0123456789abcdef')
    const names = ['csc-data-aaaa', 'csc-data-bbbb', 'workbox-precache-v2-https://x/', 'someone-else']
    expect(staleDataCaches(names, 'bbbb')).toEqual(['csc-data-aaaa'])
    expect(staleDataCaches(names, 'cccc')).toEqual(['csc-data-aaaa', 'csc-data-bbbb'])
  })

  it('names the slide pictures by release and build, and lets a new release or build replace them', () => {
    const current = deckCacheName('bbbb', 'index-B2.js')
    expect(current).toBe('csc-deck-bbbb-index-B2.js')
    const names = ['csc-data-bbbb', 'csc-deck-aaaa-index-A1.js', 'csc-deck-bbbb-index-A1.js', current, 'other']
    // The worker knows the release only: another release's pictures go, this release's stay for the page to judge.
    expect(staleDataCaches(names, 'bbbb')).toEqual(['csc-deck-aaaa-index-A1.js'])
    expect(staleDeckCaches(names, current)).toEqual(['csc-deck-aaaa-index-A1.js', 'csc-deck-bbbb-index-A1.js'])
  })

  it('reads the release from the precache entry for the data manifest', () => {
    const entries = [
      'index.html',
      { url: 'assets/index-abc.js', revision: null },
      { url: 'data/manifest.json', revision: '0123456789abcdef' },
    ]
    expect(releaseOfPrecache(entries)).toBe('0123456789abcdef')
    expect(releaseOfPrecache(entries.slice(0, 2))).toBeNull()
  })
})
