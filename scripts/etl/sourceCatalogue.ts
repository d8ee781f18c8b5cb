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
  })
  .strict()
  .refine((f) => (f.url === undefined) !== (f.conversion === undefined), 'needs exactly one of url and conversion')
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

/**
 * Checks every expected raw file is present (a missing one stops the build) and compares its checksum with the
 * version the committed data was built from. A different checksum is reported (likely a newer release) and the file is
 * still parsed: the parsers reject layouts they do not recognise. Returns the sources as the manifest records them,
 * with the checksums seen.
 */
export function verifySourceFiles(
  catalogue: readonly CatalogueSource[],
  rawDir: string,
  log: (line: string) => void,
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
        }
        return { path: file.path, sha256: seen }
      }),
    }))
}
