import { dataUrl } from '../basePath'
import type { Manifest } from '../schema/manifest'
import { dataCacheName } from './cacheNames'
import { authorityDataFiles } from './offlineFiles'

// The authorities a reader chose to keep offline, in this browser only (never sent anywhere).
const STORAGE_KEY = 'csc-explorer:offline-authorities'

export function chosenOfflineAuthorities(): string[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(stored) ? stored.filter((code): code is string => typeof code === 'string') : []
  } catch {
    return []
  }
}

function saveChosen(codes: readonly string[]): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...new Set(codes)].sort()))
}

export class OfflineDownloadError extends Error {}

// Counts changes to what is kept offline (a download finished, an authority removed), so every view showing an
// authority's offline state reads it again, whichever part of the app made the change.
let changes = 0
const changeListeners = new Set<() => void>()
function announceChange(): void {
  changes++
  for (const listener of changeListeners) listener()
}
export function subscribeOfflineChanges(listener: () => void): () => void {
  changeListeners.add(listener)
  return () => changeListeners.delete(listener)
}
export const offlineChangeCount = (): number => changes

/**
 * Downloads an authority's own data files into this release's cache (the cache the service worker reads), skipping
 * any already there, and remembers the choice so a later release downloads them again. Asks the browser to keep the
 * storage, so it is not cleared to make room while the reader is away from a network.
 */
export async function makeAuthorityAvailableOffline(
  manifest: Pick<Manifest, 'files' | 'release'>,
  areaCode: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const files = authorityDataFiles(manifest, areaCode)
  const cache = await caches.open(dataCacheName(manifest.release))
  let done = 0
  onProgress(done, files.length)
  for (const file of files) {
    const url = dataUrl(file.path)
    if (!(await cache.match(url))) {
      const response = await fetch(url).catch(() => null)
      if (!response?.ok)
        throw new OfflineDownloadError(
          `Could not download ${file.path} (${response ? `HTTP ${response.status}` : 'no connection'}). Nothing was lost: try again when online.`,
        )
      await cache.put(url, response)
    }
    onProgress(++done, files.length)
  }
  saveChosen([...chosenOfflineAuthorities(), areaCode])
  announceChange()
  await navigator.storage?.persist?.().catch(() => false)
}

/** Whether every one of the authority's files is in this release's cache. */
export async function isAuthorityAvailableOffline(
  manifest: Pick<Manifest, 'files' | 'release'>,
  areaCode: string,
): Promise<boolean> {
  if (!('caches' in window) || !chosenOfflineAuthorities().includes(areaCode)) return false
  const cache = await caches.open(dataCacheName(manifest.release))
  const found = await Promise.all(authorityDataFiles(manifest, areaCode).map((file) => cache.match(dataUrl(file.path))))
  return found.every(Boolean)
}

export async function removeOfflineAuthority(manifest: Pick<Manifest, 'files' | 'release'>, areaCode: string) {
  const cache = await caches.open(dataCacheName(manifest.release))
  await Promise.all(authorityDataFiles(manifest, areaCode).map((file) => cache.delete(dataUrl(file.path))))
  saveChosen(chosenOfflineAuthorities().filter((code) => code !== areaCode))
  announceChange()
}

/**
 * After a new release takes over, the chosen authorities' files are downloaded again for it (the old release's cache
 * is deleted with its figures). Runs quietly when online; an authority that fails stays listed and is tried next time.
 */
export async function refreshOfflineAuthorities(manifest: Pick<Manifest, 'files' | 'release'>): Promise<void> {
  if (!navigator.onLine) return
  for (const code of chosenOfflineAuthorities()) {
    await makeAuthorityAvailableOffline(manifest, code).catch(() => undefined)
  }
}
