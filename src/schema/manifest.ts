import { z } from './zod'

export const sourceFileSchema = z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()

export const manifestSourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    licence: z.string(),
    url: z.string().url(),
    files: z.array(sourceFileSchema),
  })
  .strict()
export type ManifestSource = z.infer<typeof manifestSourceSchema>

export const SCHEMA_VERSION = 1

export const manifestSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    sources: z.array(manifestSourceSchema),
    /** First and last year with at least one value, per indicator id. */
    /**
     * Names this data release by the content of every other built file (scripts/lib/dataRelease.ts): it changes
     * whenever any figure changes, which is how the app knows new figures are available offline.
     */
    release: z.string().regex(/^[0-9a-f]{16}$/),
    coverage: z.record(z.string(), z.object({ first: z.number().int(), last: z.number().int() }).strict()),
    /** Files under public/data the app may fetch, with their byte size (for budgets and the data page). */
    files: z.array(z.object({ path: z.string(), bytes: z.number().int() }).strict()),
  })
  .strict()
export type Manifest = z.infer<typeof manifestSchema>
