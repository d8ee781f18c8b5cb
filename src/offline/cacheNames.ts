/**
 * Names shared by the service worker (src/sw.ts) and the page (the "make available offline" downloads), so both
 * read and write one cache per data release and old and new releases' files are never mixed.
 */

/** Prefix of every cache holding data files fetched at run time (neighbourhood maps and populations). */
export const DATA_CACHE_PREFIX = 'csc-data-'

/** The cache for one data release's run-time files (manifest.json's `release`). */
export function dataCacheName(release: string): string {
  return `${DATA_CACHE_PREFIX}${release}`
}

/** Prefix of every cache holding slide pictures drawn ahead for decks kept offline (offlineDeck.ts). */
export const DECK_CACHE_PREFIX = 'csc-deck-'

/**
 * The cache for the slide pictures one data release and one build of the app drew (`appBuild()`): a new build may
 * draw them differently, so it draws them again rather than reuse another build's.
 */
export function deckCacheName(release: string, build: string): string {
  return `${DECK_CACHE_PREFIX}${release}-${build}`
}

/**
 * Caches of other releases' run-time files and slide pictures: deleted once a new release's service worker takes
 * over.
 */
export function staleDataCaches(cacheNames: readonly string[], release: string): string[] {
  return cacheNames.filter(
    (name) =>
      (name.startsWith(DATA_CACHE_PREFIX) && name !== dataCacheName(release)) ||
      (name.startsWith(DECK_CACHE_PREFIX) && !name.startsWith(deckCacheName(release, ''))),
  )
}

/** Slide pictures of any release or build but the page's own: deleted when the page keeps a deck. */
export function staleDeckCaches(cacheNames: readonly string[], current: string): string[] {
  return cacheNames.filter((name) => name.startsWith(DECK_CACHE_PREFIX) && name !== current)
}

/** Path of the data manifest inside the precache; its revision is the data release (vite.config.ts sets it). */
export const MANIFEST_PRECACHE_URL = 'data/manifest.json'

/** The data release a service worker was built with, read from its precache list (null if the list lacks it). */
export function releaseOfPrecache(
  entries: readonly (string | { url: string; revision?: string | null })[],
): string | null {
  for (const entry of entries) {
    if (typeof entry !== 'string' && entry.url === MANIFEST_PRECACHE_URL && entry.revision) return entry.revision
  }
  return null
}

/** Messages the page sends a service worker. */
export type ServiceWorkerRequest = { type: 'SKIP_WAITING' } | { type: 'GET_RELEASE' }
