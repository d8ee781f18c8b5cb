import { describe, expect, it } from 'vitest'
import { dataCacheName, releaseOfPrecache, staleDataCaches } from './cacheNames'

describe('data caches per release', () => {
  it('names one cache per release and finds the other releases’ caches only', () => {
    expect(dataCacheName('0123456789abcdef')).toBe('csc-data-0123456789abcdef')
    const names = ['csc-data-aaaa', 'csc-data-bbbb', 'workbox-precache-v2-https://x/', 'someone-else']
    expect(staleDataCaches(names, 'bbbb')).toEqual(['csc-data-aaaa'])
    expect(staleDataCaches(names, 'cccc')).toEqual(['csc-data-aaaa', 'csc-data-bbbb'])
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
