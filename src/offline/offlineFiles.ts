import type { Manifest } from '../schema/manifest'

/** A built data file and its size, as manifest.json lists it. */
export interface ListedFile {
  path: string
  bytes: number
}

// Files named after one authority (`lsoa/2021/E08000016.json`, `lsoa-population/E08000016.json`, …) hold that
// authority's neighbourhoods; every other data file covers all of England.
const AUTHORITY_FILE = /(?:^|\/)(E\d{8})\.json$/

/**
 * England-wide files too big to keep for everyone: the neighbourhood analysis's variables, one file per variable for
 * all 33,755 neighbourhoods (17 MB in all). Each is kept once it has been viewed.
 */
const KEPT_WHEN_VIEWED = ['neighbourhoods/values/']

/** The authority a data file belongs to, or null for a file covering all of England. */
export function authorityOfFile(path: string): string | null {
  return AUTHORITY_FILE.exec(path)?.[1] ?? null
}

/**
 * The data the app keeps with itself (the service worker's precache): every England-wide file, so each authority's
 * published figures, comparisons, the England map and the deprivation deciles work offline after one visit.
 */
export function coreDataFiles(manifest: Pick<Manifest, 'files'>): ListedFile[] {
  return [{ path: 'manifest.json', bytes: 0 }, ...manifest.files].filter(
    (file) => authorityOfFile(file.path) === null && !KEPT_WHEN_VIEWED.some((prefix) => file.path.startsWith(prefix)),
  )
}

/**
 * What "make available offline" downloads for one authority: its own files (neighbourhood boundaries for both LSOA
 * editions and neighbourhood child populations), which its neighbourhood maps, gradient, deprivation map item and
 * local-picture deck read. Everything else those views need is already in the core data.
 */
export function authorityDataFiles(manifest: Pick<Manifest, 'files'>, areaCode: string): ListedFile[] {
  return manifest.files.filter((file) => authorityOfFile(file.path) === areaCode)
}

export function totalBytes(files: readonly ListedFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0)
}

/** A size as people read it: "412 kB", "3.8 MB" (decimal units, as file managers on most systems show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
