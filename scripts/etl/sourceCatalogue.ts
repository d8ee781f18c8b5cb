import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { ManifestSource } from '../../src/schema/manifest'
import { SourceError } from '../lib/sourceError'

export const SOURCES_FILE = resolve(import.meta.dirname, '../../data/sources.json')

const SHA256 = /^[0-9a-f]{64}$/

/**
 * One raw file the ETL reads. `url` serves exactly these bytes (npm run data:fetch downloads it and checks sha256 and
 * bytes). A file that no URL serves, such as a format conversion, has no `url` and says how it was made in
 * `conversion` instead; it can only come from a mirror of the raw bundle.
 */
export const catalogueFileSchema = z
  .object({
    /** Path below the raw directory, with forward slashes. */
    path: z
      .string()
      .min(1)
      .refine(
        (p) => !p.startsWith('/') && !p.split('/').includes('..'),
        'must be a relative path inside the raw directory',
      ),
    url: z.string().url().optional(),
    conversion: z.string().min(1).optional(),
    sha256: z.string().regex(SHA256),
    bytes: z.number().int().positive(),
    /**
     * Lines in a CSV file (countLines): a release cut short at a line boundary still parses, so the build compares
     * a changed file's lines with these instead (workbooks, Parquet and JSON fail to parse when cut).
     */
    lines: z.number().int().positive().optional(),
  })
  .strict()
  .refine((f) => (f.url === undefined) !== (f.conversion === undefined), 'needs exactly one of url and conversion')
  .refine((f) => !f.path.endsWith('.csv') || f.lines !== undefined, 'a CSV file needs its number of lines')
export type CatalogueFile = z.infer<typeof catalogueFileSchema>

/**
 * One publication. Publisher and licence apply to every file in it. `page` is the publisher's official page for the
 * publication; `via` is present when the files' URLs point at a copy rather than the publisher's own server, and says
 * whose copy it is. `use: "tests"` marks a publication only the integration tests read (to check the ETL's output
 * against it): data:fetch downloads it, the build neither needs it nor lists it in the manifest.
 */
export const catalogueSourceSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    licence: z.string().min(1),
    page: z.string().url(),
    via: z.string().min(1).optional(),
    use: z.literal('tests').optional(),
    files: z.array(catalogueFileSchema).min(1),
  })
  .strict()
export type CatalogueSource = z.infer<typeof catalogueSourceSchema>

export const catalogueSchema = z.array(catalogueSourceSchema).superRefine((sources, ctx) => {
  const ids = new Set<string>()
  const paths = new Set<string>()
  for (const source of sources) {
    if (ids.has(source.id)) ctx.addIssue({ code: 'custom', message: `source id "${source.id}" appears twice` })
    ids.add(source.id)
    for (const file of source.files) {
      if (paths.has(file.path)) ctx.addIssue({ code: 'custom', message: `file "${file.path}" appears twice` })
      paths.add(file.path)
    }
  }
})

export function loadSourceCatalogue(file = SOURCES_FILE): CatalogueSource[] {
  const parsed = catalogueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new SourceError({ file }, `not a valid source catalogue: ${parsed.error.message}`)
  return parsed.data
}

/** Every file of the catalogue with the source it belongs to, in catalogue order. */
export function catalogueFiles(
  catalogue: readonly CatalogueSource[],
): { source: CatalogueSource; file: CatalogueFile }[] {
  return catalogue.flatMap((source) => source.files.map((file) => ({ source, file })))
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Lines in a file: its newline bytes, plus one for a last line without a newline. */
export function countLines(path: string): number {
  const bytes = readFileSync(path)
  let lines = 0
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? lines + 1 : lines
}

export interface VerifyOptions {
  /** Catalogue paths of changed CSV files accepted with fewer lines than catalogued (a new, shorter release). */
  acceptShorter?: readonly string[]
}

/**
 * Checks every expected raw file is present (a missing one stops the build) and compares its checksum with the
 * version the committed data was built from. A different checksum is reported (likely a newer release) and the file is
 * still parsed: the parsers reject layouts they do not recognise. A changed CSV with fewer lines than catalogued stops
 * the build (a download cut at a line boundary parses cleanly and would quietly lose years), unless its path is in
 * `acceptShorter`. Returns the sources as the manifest records them, with the checksums seen.
 */
export function verifySourceFiles(
  catalogue: readonly CatalogueSource[],
  rawDir: string,
  log: (line: string) => void,
  { acceptShorter = [] }: VerifyOptions = {},
): ManifestSource[] {
  return catalogue
    .filter((source) => source.use !== 'tests')
    .map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      licence: source.licence,
      url: source.page,
      files: source.files.map((file) => {
        const path = join(rawDir, file.path)
        if (!existsSync(path))
          throw new SourceError(
            { file: path },
            `expected file of source "${source.id}" is missing (npm run data:fetch downloads every raw file)`,
          )
        const seen = sha256(path)
        if (seen !== file.sha256) {
          log(
            `${source.id}: ${file.path} differs from the version the committed data was built from (sha256 ${seen.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…); parsing it as a newer release`,
          )
          checkNotShorter(file, path, acceptShorter, log)
        }
        return { path: file.path, sha256: seen }
      }),
    }))
}

function checkNotShorter(
  file: CatalogueFile,
  path: string,
  acceptShorter: readonly string[],
  log: (line: string) => void,
): void {
  if (file.lines === undefined) return
  const lines = countLines(path)
  if (lines >= file.lines) return
  if (acceptShorter.includes(file.path)) {
    log(`${file.path}: ${lines} lines, fewer than the ${file.lines} catalogued; accepted (--accept-shorter)`)
    return
  }
  throw new SourceError(
    { file: path },
    `has ${lines} lines, fewer than the ${file.lines} of the release data/sources.json records: a download cut short? Fetch it again (npm run data:fetch). If the publisher's new release really is shorter, build with --accept-shorter ${file.path} and record its sha256, bytes and lines in data/sources.json`,
  )
}
