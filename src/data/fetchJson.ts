import type { z } from 'zod'
import type { Manifest } from '../schema/manifest'
import { dataUrl } from '../basePath'

/** A data file failed to load or did not match its schema; the message says which file and why. */
export class DataFileError extends Error {
  readonly path: string
  /**
   * Whether asking again at once may help (a dropped connection, a server error). A timeout, an oversized or malformed
   * file is shown straight away with its "Try again" button instead of making the reader wait through a second try.
   */
  readonly retryable: boolean
  constructor(path: string, problem: string, { retryable = false } = {}) {
    super(`Could not load ${path}: ${problem}`)
    this.name = 'DataFileError'
    this.path = path
    this.retryable = retryable
  }
}

/** The app's retry rule for data queries: one more try, only for failures a second try may fix. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && (!(error instanceof DataFileError) || error.retryable)
}

/** How long one data request (answer and body) may take before it is given up with a clear error. */
export const DATA_TIMEOUT_MS = 30_000

/** The manifest's own ceiling, before its per-file sizes are known (today's manifest is under 100 KB). */
export const MANIFEST_MAX_BYTES = 1_000_000

/**
 * The most bytes a file listed in the manifest may have: its built size with room for a redeploy of slightly larger
 * data while the page is open. A file far larger than the build wrote is wrong, and is refused before it is parsed
 * (parsing tens of megabytes freezes or crashes the tab). A file the manifest does not list is not fetched at all.
 */
export function maxBytesFor(manifest: Pick<Manifest, 'files'>, path: string): number | null {
  const file = manifest.files.find((f) => f.path === path)
  return file ? Math.ceil(file.bytes * 1.25) + 1024 : null
}

export interface FetchJsonOptions {
  /** Aborts the request when the view that asked for it goes away. */
  signal?: AbortSignal
  maxBytes: number
  timeoutMs?: number
}

/** Fetches a public/data file and parses it with its schema (files are validated after loading as well as before writing). */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  { signal, maxBytes, timeoutMs = DATA_TIMEOUT_MS }: FetchJsonOptions,
): Promise<z.infer<S>> {
  const text = await fetchText(path, maxBytes, timeoutMs, signal)
  let body: unknown
  try {
    body = JSON.parse(text)
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

/** The file's text, read with a time limit and a byte ceiling checked on Content-Length and on the bytes read. */
async function fetchText(path: string, maxBytes: number, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onViewAbort = () => controller.abort()
  signal?.addEventListener('abort', onViewAbort)
  const failure = (error: unknown): DataFileError => {
    if (error instanceof DataFileError) return error
    if (timedOut) return new DataFileError(path, `the server did not answer within ${timeoutMs / 1000} seconds`)
    if (signal?.aborted) return new DataFileError(path, 'the request was cancelled')
    return new DataFileError(path, 'the network request failed', { retryable: true })
  }
  try {
    const url = dataUrl(path)
    const response = await fetch(url, { signal: controller.signal }).catch((error: unknown) => {
      throw failure(error)
    })
    if (!response.ok)
      throw new DataFileError(path, `the server answered ${response.status} ${response.statusText}`.trim(), {
        retryable: response.status >= 500,
      })
    const declared = Number(response.headers.get('Content-Length') ?? NaN)
    // Content-Length counts compressed bytes when the server compresses, so it can only ever be under the ceiling.
    if (declared > maxBytes) throw tooLarge(path, maxBytes)
    return await readBody(path, response, maxBytes).catch((error: unknown) => {
      throw failure(error)
    })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onViewAbort)
  }
}

/** Reads the body chunk by chunk and stops as soon as it passes the ceiling. */
async function readBody(path: string, response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let read = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    read += value.byteLength
    if (read > maxBytes) {
      await reader.cancel()
      throw tooLarge(path, maxBytes)
    }
    text += decoder.decode(value, { stream: true })
  }
}

function tooLarge(path: string, maxBytes: number): DataFileError {
  const kb = `${Math.ceil(maxBytes / 1024).toLocaleString('en-GB')} KB`
  return new DataFileError(path, `the file is larger than expected (more than ${kb}), so it was not read`)
}
