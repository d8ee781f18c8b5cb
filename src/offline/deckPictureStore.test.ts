// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BriefingItem } from '../briefing/model'
import type { ItemPicture } from '../briefing/renderItemPicture'
import { deckCacheName } from './cacheNames'
import {
  deckPictureKey,
  deleteStaleDeckPictures,
  forgetKeptDeck,
  keepDeckPicture,
  keepDeckSummary,
  keptDeckPicture,
  keptDeckSummary,
} from './deckPictureStore'

/** Cache Storage in memory: named caches of responses filed by absolute address, as the browser keeps them. */
function fakeCacheStorage() {
  const stores = new Map<string, Map<string, string>>()
  const cacheOf = (entries: Map<string, string>) => ({
    match: async (key: string) => (entries.has(key) ? new Response(entries.get(key)) : undefined),
    put: async (key: string, response: Response) => void entries.set(key, await response.text()),
    keys: async () => [...entries.keys()].map((url) => new Request(url)),
    delete: async (key: Request) => entries.delete(key.url),
  })
  return {
    stores,
    has: async (name: string) => stores.has(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map())
      return cacheOf(stores.get(name) as Map<string, string>)
    },
  }
}

const RELEASE = '0123456789abcdef'
const item = (title: string, areaCode = 'E08000016'): BriefingItem => ({
  id: title,
  kind: 'chart',
  title,
  view: `/area/${areaCode}?indicator=cla_rate&x=1`,
  areaCode,
  sentence: '',
  note: '',
})
const picture: ItemPicture = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg"><text>Barnsley’s rate</text></svg>',
  width: 1280,
  height: 600,
  description: 'Children looked after per 10,000 children, Barnsley, 2010 to 2025.',
  years: [{ label: '2010', markup: '<svg/>', title: 'Children looked after per 10,000 children, Barnsley, 2010' }],
}

let storage: ReturnType<typeof fakeCacheStorage>
beforeEach(() => {
  storage = fakeCacheStorage()
  vi.stubGlobal('caches', storage)
})
afterEach(() => vi.unstubAllGlobals())

describe('slide pictures kept for decks offline', () => {
  it('files each picture under its authority by the view and title that draw it, within the app', () => {
    expect(deckPictureKey('E08000016', { view: '/area/E08000016?a=1&b=2', title: 'Rate, 2025' })).toBe(
      `${window.location.origin}/deck-pictures/E08000016/%2Farea%2FE08000016%3Fa%3D1%26b%3D2/Rate%2C%202025`,
    )
  })

  it('gives back a kept picture whole, with its years, for the same release and build only', async () => {
    const bytes = await keepDeckPicture(RELEASE, 'E08000016', item('Trend'), picture)
    expect(bytes).toBe(new TextEncoder().encode(JSON.stringify(picture)).length)
    expect(await keptDeckPicture(RELEASE, item('Trend'))).toEqual(picture)
    expect(await keptDeckPicture(RELEASE, item('Another trend'))).toBeNull()
    expect(await keptDeckPicture('fedcba9876543210', item('Trend'))).toBeNull()
    // Only the release that kept something has a cache: looking never makes one.
    expect([...storage.stores.keys()]).toEqual([deckCacheName(RELEASE, 'development')])
  })

  it('ignores a damaged entry and an item with no authority', async () => {
    const cache = await storage.open(deckCacheName(RELEASE, 'development'))
    await cache.put(deckPictureKey('E08000016', item('Trend')), new Response('{"markup": 3}'))
    expect(await keptDeckPicture(RELEASE, item('Trend'))).toBeNull()
    await keepDeckPicture(RELEASE, 'E08000016', item('Map'), picture)
    expect(await keptDeckPicture(RELEASE, { ...item('Map'), areaCode: undefined })).toBeNull()
  })

  it('counts a deck as kept only once its summary is written, and forgets one authority’s deck only', async () => {
    await keepDeckPicture(RELEASE, 'E08000016', item('Trend'), picture)
    expect(await keptDeckSummary(RELEASE, 'E08000016')).toBeNull()
    await keepDeckSummary(RELEASE, 'E08000016', { pictures: 1, bytes: 900 })
    await keepDeckPicture(RELEASE, 'E08000035', item('Trend', 'E08000035'), picture)
    await keepDeckSummary(RELEASE, 'E08000035', { pictures: 1, bytes: 800 })
    expect(await keptDeckSummary(RELEASE, 'E08000016')).toEqual({ pictures: 1, bytes: 900 })

    await forgetKeptDeck('E08000016')
    expect(await keptDeckSummary(RELEASE, 'E08000016')).toBeNull()
    expect(await keptDeckPicture(RELEASE, item('Trend'))).toBeNull()
    expect(await keptDeckPicture(RELEASE, item('Trend', 'E08000035'))).toEqual(picture)
  })

  it('deletes what other releases and builds drew, and nothing else', async () => {
    await storage.open('csc-deck-aaaa-index-A1.js')
    await storage.open(`csc-deck-${RELEASE}-index-A1.js`)
    await storage.open(`csc-data-${RELEASE}`)
    await keepDeckPicture(RELEASE, 'E08000016', item('Trend'), picture)
    await deleteStaleDeckPictures(RELEASE)
    expect([...storage.stores.keys()]).toEqual([`csc-data-${RELEASE}`, deckCacheName(RELEASE, 'development')])
  })
})
