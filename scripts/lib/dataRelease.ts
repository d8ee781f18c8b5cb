import { createHash } from 'node:crypto'

/** Length of the release name: 16 hex digits (64 bits) is ample to tell builds apart and short enough to read out. */
const RELEASE_HEX_DIGITS = 16

/**
 * Names a data release by its content: a SHA-256 over every built file's path and bytes, in path order. Any changed
 * figure, boundary or catalogue entry gives a new name, and an identical rebuild the same one, so the app can tell
 * "new figures are available" and its service worker can keep each release's files in a cache of their own.
 */
export function dataReleaseOf(files: readonly { path: string; contents: string }[]): string {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash
      .update(file.path)
      .update('\0')
      .update(String(Buffer.byteLength(file.contents)))
      .update('\0')
    hash.update(file.contents)
  }
  return hash.digest('hex').slice(0, RELEASE_HEX_DIGITS)
}
