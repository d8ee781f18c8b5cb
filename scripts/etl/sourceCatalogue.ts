import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { manifestSourceSchema, type ManifestSource } from '../../src/schema/manifest'
import { SourceError } from '../lib/sourceError'

export const SOURCES_FILE = resolve(import.meta.dirname, '../../data/sources.json')

const catalogueSchema = z.array(manifestSourceSchema)

export function loadSourceCatalogue(file = SOURCES_FILE): ManifestSource[] {
  const parsed = catalogueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new SourceError({ file }, `not a valid source catalogue: ${parsed.error.message}`)
  return parsed.data
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/**
 * Checks every expected raw file is present (a missing one stops the build) and compares its checksum with the
 * version the committed data was built from. A different checksum is reported (likely a newer release) and the file is
 * still parsed: the parsers reject layouts they do not recognise. Returns the catalogue with the checksums seen.
 */
export function verifySourceFiles(
  catalogue: readonly ManifestSource[],
  rawDir: string,
  log: (line: string) => void,
): ManifestSource[] {
  return catalogue.map((source) => ({
    ...source,
    files: source.files.map((file) => {
      const path = join(rawDir, file.path)
      if (!existsSync(path)) throw new SourceError({ file: path }, `expected file of source "${source.id}" is missing`)
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
