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

/** Caches of other releases' run-time files: deleted once a new release's service worker takes over. */
export function staleDataCaches(cacheNames: readonly string[], release: string): string[] {
  return cacheNames.filter((name) => name.startsWith(DATA_CACHE_PREFIX) && name !== dataCacheName(release))
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
