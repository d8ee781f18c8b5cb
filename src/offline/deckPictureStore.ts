import { z } from '../schema/zod'
import { appBase } from '../basePath'
import type { BriefingItem } from '../briefing/model'
import type { ItemPicture } from '../briefing/renderItemPicture'
import { appBuild } from './appBuild'
import { deckCacheName, DECK_CACHE_PREFIX, staleDeckCaches } from './cacheNames'

// Slide pictures drawn ahead for an authority's deck kept offline, in Cache Storage under addresses inside the app's
// own path that no page ever requests (so the service worker never sees them and nothing is sent anywhere), one cache
// per data release and build of the app (cacheNames.ts).

/** What is kept of one authority's deck: how many pictures, and the bytes they and its items take. */
export interface KeptDeck {
  pictures: number
  bytes: number
}

const keptDeckSchema = z.object({ pictures: z.number().int().min(0), bytes: z.number().min(0) })
// The picture as renderItemPicture returns it; only this build writes its cache, so the rest of it is kept whole.
const pictureSchema = z.looseObject({
  markup: z.string(),
  width: z.number(),
  height: z.number(),
  description: z.string(),
})

/** The folder one authority's deck is filed under: `<origin><base>deck-pictures/<code>/`. */
export function deckFolder(areaCode: string): string {
  return new URL(`${appBase()}deck-pictures/${encodeURIComponent(areaCode)}/`, window.location.origin).href
}

/** Where a slide picture is filed: by the view and title that draw it, as the deck's own query knows it. */
export function deckPictureKey(areaCode: string, item: Pick<BriefingItem, 'view' | 'title'>): string {
  return `${deckFolder(areaCode)}${encodeURIComponent(item.view ?? '')}/${encodeURIComponent(item.title)}`
}

/** The deck's summary (no "/" after the folder, so it is never a picture's address). */
const summaryKey = (areaCode: string) => `${deckFolder(areaCode)}deck.json`

const canKeep = () => typeof caches !== 'undefined'
const currentCacheName = (release: string) => deckCacheName(release, appBuild())

async function readJson(release: string, key: string): Promise<unknown> {
  const name = currentCacheName(release)
  // Looking first keeps a page that never kept a deck from making an empty cache.
  if (!canKeep() || !(await caches.has(name))) return null
  const response = await (await caches.open(name)).match(key)
  return response ? response.json() : null
}

async function writeJson(release: string, key: string, value: unknown): Promise<number> {
  const body = JSON.stringify(value)
  const cache = await caches.open(currentCacheName(release))
  await cache.put(key, new Response(body, { headers: { 'Content-Type': 'application/json' } }))
  return new TextEncoder().encode(body).length
}

/** The picture kept for this slide with this release and build, or null (none kept, damaged, or no storage). */
export async function keptDeckPicture(release: string, item: BriefingItem): Promise<ItemPicture | null> {
  if (!item.areaCode) return null
  try {
    const parsed = pictureSchema.safeParse(await readJson(release, deckPictureKey(item.areaCode, item)))
    return parsed.success ? (parsed.data as ItemPicture) : null
  } catch {
    return null
  }
}

/** Keeps a slide's picture as drawn (whatever renderItemPicture gives, years too); returns the bytes it takes. */
export function keepDeckPicture(release: string, areaCode: string, item: BriefingItem, picture: ItemPicture) {
  return writeJson(release, deckPictureKey(areaCode, item), picture)
}

/** Marks the deck complete, written last, so a deck cut off half-way is never counted as kept. */
export async function keepDeckSummary(release: string, areaCode: string, kept: KeptDeck): Promise<void> {
  await writeJson(release, summaryKey(areaCode), kept)
}

/** What is kept of the authority's deck for this release and build, or null when it is not complete. */
export async function keptDeckSummary(release: string, areaCode: string): Promise<KeptDeck | null> {
  try {
    const parsed = keptDeckSchema.safeParse(await readJson(release, summaryKey(areaCode)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Deletes the authority's kept deck from every release's and build's cache. */
export async function forgetKeptDeck(areaCode: string): Promise<void> {
  if (!canKeep()) return
  const folder = deckFolder(areaCode)
  for (const name of (await caches.keys()).filter((n) => n.startsWith(DECK_CACHE_PREFIX))) {
    const cache = await caches.open(name)
    const keys = await cache.keys()
    await Promise.all(keys.filter((key) => key.url.startsWith(folder)).map((key) => cache.delete(key)))
  }
}

/** Deletes the slide pictures other releases and builds drew: this page would draw them again anyway. */
export async function deleteStaleDeckPictures(release: string): Promise<void> {
  if (!canKeep()) return
  const stale = staleDeckCaches(await caches.keys(), currentCacheName(release))
  await Promise.all(stale.map((name) => caches.delete(name)))
}
