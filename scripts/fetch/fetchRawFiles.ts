import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { copyFile, mkdir, rename, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { catalogueFiles, type CatalogueFile, type CatalogueSource } from '../etl/sourceCatalogue'
import { downloadFile, type Transfer } from './downloadFile'
import { runPool } from './runPool'

/** Where the files come from: each file's own URL, or the same relative paths below a mirror (URL or directory). */
export type FetchOrigin =
  { kind: 'publisher' } | { kind: 'mirror-url'; base: string } | { kind: 'mirror-dir'; dir: string }

export interface FetchOptions {
  catalogue: readonly CatalogueSource[]
  outDir: string
  origin: FetchOrigin
  concurrency: number
  idleTimeoutMs: number
  /** Called after every file and as bytes arrive. */
  onProgress?: (done: { files: number; bytes: number; failed: number }) => void
  /** Called once per file that did not end up verified in place, as soon as it is known. */
  onProblem?: (outcome: FileOutcome) => void
}

export type FileOutcome =
  | { path: string; status: 'present' }
  | { path: string; status: 'fetched'; resumed: boolean }
  /** The bytes arrived but their checksum is not the catalogue's (a new release?); kept beside, never in place. */
  | { path: string; status: 'changed'; keptAs: string; sha256: string; bytes: number; problem: string }
  | { path: string; status: 'failed'; problem: string }

export const isProblem = (o: FileOutcome): boolean => o.status === 'changed' || o.status === 'failed'

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The name a download with an unexpected checksum is kept under, beside where the catalogued file goes. */
export const keptBesideName = (path: string, sha256: string): string => `${path}.sha256-${sha256.slice(0, 12)}`

/** The mirror URL of a raw file: the base with the file's relative path appended, each segment encoded. */
export function mirrorUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.split('/').map(encodeURIComponent).join('/')}`
}

/**
 * Fetches every catalogued raw file into outDir, several at once, and verifies each against its sha256. A file
 * already in place with the right checksum is left alone, so an interrupted run can simply be repeated (partial
 * downloads resume). One file's failure never stops the others; the outcome of each is returned.
 */
export async function fetchRawFiles(options: FetchOptions): Promise<FileOutcome[]> {
  const jobs = catalogueFiles(options.catalogue)
  let files = 0
  let bytes = 0
  let failed = 0
  const tick = () => options.onProgress?.({ files, bytes, failed })
  return runPool(jobs, options.concurrency, async ({ source, file }) => {
    let outcome: FileOutcome
    try {
      outcome = await fetchOne(source, file, options, (n) => {
        bytes += n
        tick()
      })
    } catch (error) {
      outcome = { path: file.path, status: 'failed', problem: error instanceof Error ? error.message : String(error) }
    }
    files += 1
    if (outcome.status === 'present') bytes += file.bytes
    if (isProblem(outcome)) {
      failed += 1
      options.onProblem?.(outcome)
    }
    tick()
    return outcome
  })
}

async function fetchOne(
  source: CatalogueSource,
  file: CatalogueFile,
  options: FetchOptions,
  onBytes: (n: number) => void,
): Promise<FileOutcome> {
  const dest = join(options.outDir, file.path)
  if (existsSync(dest)) {
    const seen = await sha256Of(dest)
    if (seen === file.sha256) return { path: file.path, status: 'present' }
    return {
      path: file.path,
      status: 'failed',
      problem: `already in ${options.outDir} but its sha256 (${seen.slice(0, 12)}…) is not the catalogue's (${file.sha256.slice(0, 12)}…); left untouched: move it away to fetch the catalogued version, or update data/sources.json if it is a newer release`,
    }
  }
  await mkdir(dirname(dest), { recursive: true })
  const part = `${dest}.part`
  const transfer = await transferInto(source, file, part, options, onBytes)
  if (!transfer.ok) return { path: file.path, status: 'failed', problem: transfer.problem }

  const seen = await sha256Of(part)
  if (seen === file.sha256) {
    await rename(part, dest)
    return { path: file.path, status: 'fetched', resumed: transfer.resumed }
  }
  const keptAs = keptBesideName(file.path, seen)
  await rename(part, join(options.outDir, keptAs))
  const size = (await stat(join(options.outDir, keptAs))).size
  return {
    path: file.path,
    status: 'changed',
    keptAs,
    sha256: seen,
    bytes: size,
    problem: `checksum changed: got sha256 ${seen.slice(0, 12)}… (${size} bytes), data/sources.json expects ${file.sha256.slice(0, 12)}… (${file.bytes} bytes), perhaps a new release of "${source.title}". Kept beside as ${keptAs}; ${file.path} was not written. Review it and update data/sources.json (docs/updating-data.md)`,
  }
}

async function transferInto(
  source: CatalogueSource,
  file: CatalogueFile,
  part: string,
  options: FetchOptions,
  onBytes: (n: number) => void,
): Promise<Transfer> {
  const { origin } = options
  if (origin.kind === 'mirror-dir') {
    const from = join(origin.dir, file.path)
    if (!existsSync(from)) return { ok: false, problem: `not in the mirror directory (${from})` }
    await copyFile(from, part)
    onBytes((await stat(part)).size)
    return { ok: true, resumed: false }
  }
  const url = origin.kind === 'mirror-url' ? mirrorUrl(origin.base, file.path) : file.url
  if (url === undefined) {
    return {
      ok: false,
      problem: `no download URL: ${file.conversion ?? 'no URL in data/sources.json'} (source "${source.id}", ${source.page}). Fetch it from a copy of the raw bundle with --mirror`,
    }
  }
  return downloadFile(url, part, {
    idleTimeoutMs: options.idleTimeoutMs,
    onBytes,
    expectHtml: /\.html?$/i.test(file.path),
  })
}
