import type { z } from 'zod'

/** A data file failed to load or did not match its schema; the message says which file and why. */
export class DataFileError extends Error {
  readonly path: string
  constructor(path: string, problem: string) {
    super(`Could not load ${path}: ${problem}`)
    this.name = 'DataFileError'
    this.path = path
  }
}

/** Fetches a public/data file and parses it with its schema (files are validated after loading as well as before writing). */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const url = `${import.meta.env.BASE_URL}data/${path}`
  let response: Response
  try {
    response = await fetch(url, signal ? { signal } : {})
  } catch {
    throw new DataFileError(path, 'the network request failed')
  }
  if (!response.ok)
    throw new DataFileError(path, `the server answered ${response.status} ${response.statusText}`.trim())
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new DataFileError(path, 'the file is not valid JSON (truncated?)')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new DataFileError(
      path,
      `the file does not match the expected format (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'})`,
    )
  }
  return parsed.data
}
