import type { QueryClient } from '@tanstack/react-query'
import { dataUrl } from '../basePath'
import type { Manifest } from '../schema/manifest'
import { forgetLocalPicture, storedLocalPicture } from '../views/shared/localPictureStore'
import { dataCacheName } from './cacheNames'
import { forgetKeptDeck, keptDeckSummary } from './deckPictureStore'
import { keepAuthorityDeck, type DeckProgress } from './offlineDeck'
import { authorityDataFiles, totalBytes } from './offlineFiles'

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

/** Where making an authority available offline has got to: its files, then its deck (offlineDeck.ts). */
export type OfflineProgress = { stage: 'files'; done: number; total: number } | DeckProgress

/**
 * Downloads an authority's own data files into this release's cache (the cache the service worker reads), skipping
 * any already there, then makes its local-picture deck and draws its slides ahead (offlineDeck.ts), and remembers the
 * choice so a later release or build does it again. Asks the browser to keep the storage, so it is not cleared to
 * make room while the reader is away from a network.
 */
export async function makeAuthorityAvailableOffline(
  client: QueryClient,
  manifest: Pick<Manifest, 'files' | 'release'>,
  areaCode: string,
  onProgress: (progress: OfflineProgress) => void = () => {},
): Promise<void> {
  const files = authorityDataFiles(manifest, areaCode)
  const cache = await caches.open(dataCacheName(manifest.release))
  let done = 0
  onProgress({ stage: 'files', done, total: files.length })
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
    onProgress({ stage: 'files', done: ++done, total: files.length })
  }
  if (!(await deckKept(manifest.release, areaCode)))
    await keepAuthorityDeck(client, manifest.release, areaCode, onProgress)
  saveChosen([...chosenOfflineAuthorities(), areaCode])
  announceChange()
  await navigator.storage?.persist?.().catch(() => false)
}

/**
 * What the authority takes offline in bytes (its files and its kept deck), or null unless every one of its files is
 * in this release's cache and its deck is kept for this release and build.
 */
export async function keptOfflineBytes(
  manifest: Pick<Manifest, 'files' | 'release'>,
  areaCode: string,
): Promise<number | null> {
  if (!('caches' in window) || !chosenOfflineAuthorities().includes(areaCode)) return null
  const cache = await caches.open(dataCacheName(manifest.release))
  const files = authorityDataFiles(manifest, areaCode)
  const found = await Promise.all(files.map((file) => cache.match(dataUrl(file.path))))
  const deck = await deckKept(manifest.release, areaCode)
  return found.every(Boolean) && deck ? totalBytes(files) + deck.bytes : null
}

/** The deck kept for this release and build: its items and every slide's picture. */
async function deckKept(release: string, areaCode: string) {
  return storedLocalPicture(release, areaCode) ? keptDeckSummary(release, areaCode) : null
}

/** Lets the authority go: its files, its kept deck and its made items. */
export async function removeOfflineAuthority(manifest: Pick<Manifest, 'files' | 'release'>, areaCode: string) {
  const cache = await caches.open(dataCacheName(manifest.release))
  await Promise.all(authorityDataFiles(manifest, areaCode).map((file) => cache.delete(dataUrl(file.path))))
  await forgetKeptDeck(areaCode)
  forgetLocalPicture(areaCode)
  saveChosen(chosenOfflineAuthorities().filter((code) => code !== areaCode))
  announceChange()
}

/**
 * After a new release or build takes over, the chosen authorities' files are downloaded and their decks drawn again
 * for it (the old release's caches are deleted with its figures). Runs quietly when online; an authority that fails
 * stays listed and is tried next time.
 */
export async function refreshOfflineAuthorities(
  client: QueryClient,
  manifest: Pick<Manifest, 'files' | 'release'>,
): Promise<void> {
  if (!navigator.onLine) return
  for (const code of chosenOfflineAuthorities()) {
    await makeAuthorityAvailableOffline(client, manifest, code).catch(() => undefined)
  }
}
