import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The built data the app serves: specs compare what the page shows with these files, never with numbers typed in. */
export const PUBLIC_DATA = path.resolve(import.meta.dirname, '../../../public/data')

/** A `series/<id>.json` file, as far as the specs read it. */
export interface SeriesFile {
  years: number[]
  values: Record<string, (number | null)[]>
  flags?: Record<string, (string | null)[]>
  england: (number | null)[]
  englandFlags?: (string | null)[]
}

/** A file under public/data, parsed: untyped unless the caller names the type it reads. */
export function readJson(file: string): ReturnType<typeof JSON.parse>
export function readJson<T>(file: string): T
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(PUBLIC_DATA, file), 'utf8'))
}
