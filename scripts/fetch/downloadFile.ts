import { open, stat, unlink } from 'node:fs/promises'

/** How one transfer ended. A failed transfer leaves what it received in the part file, so the next run resumes. */
export type Transfer = { ok: true; resumed: boolean } | { ok: false; problem: string }

export interface DownloadOptions {
  /** Abort when no byte has arrived for this long (connecting, waiting for headers, or mid-body). */
  idleTimeoutMs: number
  /** Called with the number of new bytes as they arrive, for the progress bar. */
  onBytes?: (n: number) => void
  /** True when the file itself is an HTML page (none of the raw files is): then an HTML answer is not an error page. */
  expectHtml?: boolean
}

const HTML_START = /^\s*(<!doctype html|<html[\s>])/i

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size
  } catch {
    return 0
  }
}

/**
 * Downloads `url` into `part`, continuing a previous partial download with an HTTP Range request when the part file
 * already has bytes (a server that ignores Range sends the whole file, and the part file starts again). Redirects are
 * followed. Answers that are not the file are problems: an HTTP error status, an HTML page served with status 200 (a
 * moved page or a login wall), a body shorter than the announced Content-Length, or silence longer than the timeout.
 */
export async function downloadFile(url: string, part: string, options: DownloadOptions): Promise<Transfer> {
  const already = await sizeOf(part)
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  let timedOut = false
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, options.idleTimeoutMs)
  }
  const seconds = `${(options.idleTimeoutMs / 1000).toLocaleString('en-GB')} s`
  let received = 0
  // Once the headers are in, an error can only be the body breaking off.
  let expected: number | null | undefined
  arm()
  try {
    const response = await fetch(url, {
      headers: already > 0 ? { Range: `bytes=${already}-` } : {},
      signal: controller.signal,
      redirect: 'follow',
    })
    if (response.status === 416 && already > 0) {
      // The part file is not a prefix of what the server has now (it changed or the part is complete): start again.
      await response.body?.cancel()
      await unlink(part)
      clearTimeout(timer)
      return downloadFile(url, part, options)
    }
    if (!response.ok) {
      await response.body?.cancel()
      return {
        ok: false,
        problem: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`,
      }
    }
    const resumed = already > 0 && response.status === 206
    const type = response.headers.get('content-type') ?? ''
    if (!options.expectHtml && /text\/html/i.test(type)) {
      await response.body?.cancel()
      return { ok: false, problem: htmlProblem(url, response.status, type) }
    }
    const announced = response.headers.get('content-length')
    expected = announced === null ? null : Number(announced)
    const handle = await open(part, resumed ? 'a' : 'w')
    try {
      if (!response.body) return { ok: false, problem: `empty answer (no body) from ${url}` }
      let first = true
      for await (const chunk of response.body) {
        const bytes = chunk as Uint8Array
        if (
          first &&
          !resumed &&
          !options.expectHtml &&
          HTML_START.test(Buffer.from(bytes.slice(0, 512)).toString('latin1'))
        ) {
          // Leaving the loop cancels the rest of the body.
          return { ok: false, problem: htmlProblem(url, response.status, type || 'no content type') }
        }
        first = false
        await handle.write(bytes)
        received += bytes.length
        options.onBytes?.(bytes.length)
        arm()
      }
    } finally {
      await handle.close()
    }
    if (expected !== null && received < expected) return { ok: false, problem: truncated(url, received, expected) }
    return { ok: true, resumed }
  } catch (error) {
    if (timedOut) {
      return {
        ok: false,
        problem: `timed out: no data for ${seconds} from ${url}${received ? ` after ${received} bytes (run again to resume)` : ''}`,
      }
    }
    if (expected !== undefined) return { ok: false, problem: truncated(url, received, expected) }
    return { ok: false, problem: `could not download ${url}: ${describe(error)}` }
  } finally {
    clearTimeout(timer)
  }
}

function htmlProblem(url: string, status: number, type: string): string {
  return `the server answered with an HTML page (status ${status}, ${type}) instead of the data file: the file may have moved, check its publication page; URL ${url}`
}

function truncated(url: string, received: number, expected: number | null): string {
  const of = expected === null ? '' : ` of ${expected}`
  return `truncated download: the connection closed after ${received}${of} bytes from ${url} (run again to resume)`
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message
  }
  return String(error)
}
