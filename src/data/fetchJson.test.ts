import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DataFileError, fetchJson, maxBytesFor, shouldRetry } from './fetchJson'

const schema = z.array(z.number())

/** A fetch that never answers, but gives up (as browsers do) when its signal aborts. */
function hangingFetch() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      }),
  )
}

/** A body streamed in chunks, with no Content-Length. */
function streamed(chunks: string[]): Response {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
  return new Response(body, { status: 200 })
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('fetchJson', () => {
  it('gives up a request the server never answers, with a clear error', async () => {
    vi.useFakeTimers()
    const fetch = hangingFetch()
    vi.stubGlobal('fetch', fetch)
    const result = fetchJson('areas.json', schema, { maxBytes: 1000, timeoutMs: 30_000 })
    const settled = expect(result).rejects.toThrow(
      'Could not load areas.json: the server did not answer within 30 seconds',
    )
    await vi.advanceTimersByTimeAsync(30_000)
    await settled
    expect((fetch.mock.calls[0]?.[1]?.signal as AbortSignal).aborted).toBe(true)
  })

  it('aborts the request when the view that asked for it goes away', async () => {
    const fetch = hangingFetch()
    vi.stubGlobal('fetch', fetch)
    const view = new AbortController()
    const result = fetchJson('areas.json', schema, { signal: view.signal, maxBytes: 1000 })
    view.abort()
    await expect(result).rejects.toThrow(DataFileError)
    expect((fetch.mock.calls[0]?.[1]?.signal as AbortSignal).aborted).toBe(true)
  })

  it('refuses a file whose Content-Length is over the ceiling without reading it', async () => {
    const response = new Response('[1,2,3]', { headers: { 'Content-Length': String(50_000_000) } })
    const read = vi.spyOn(response, 'json')
    vi.stubGlobal('fetch', () => Promise.resolve(response))
    await expect(fetchJson('areas.json', schema, { maxBytes: 2048 })).rejects.toThrow(
      'Could not load areas.json: the file is larger than expected (more than 2 KB), so it was not read',
    )
    expect(read).not.toHaveBeenCalled()
    expect(response.bodyUsed).toBe(false)
  })

  it('stops reading a body without Content-Length once it passes the ceiling', async () => {
    const chunks = Array.from({ length: 100 }, () => `[${'1,'.repeat(500)}1]`)
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(chunks)))
    await expect(fetchJson('series/x.json', schema, { maxBytes: 5000 })).rejects.toThrow(/larger than expected/)
  })

  it('reads, parses and validates a file within the ceiling', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(['[1,', '2,3]'])))
    await expect(fetchJson('x.json', schema, { maxBytes: 100 })).resolves.toEqual([1, 2, 3])
  })

  it('still says when the file is not valid JSON or not the expected shape', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('[1,')))
    await expect(fetchJson('x.json', schema, { maxBytes: 100 })).rejects.toThrow(/not valid JSON/)
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('["a"]')))
    await expect(fetchJson('x.json', schema, { maxBytes: 100 })).rejects.toThrow(/expected format \(0: /)
  })
})

describe('maxBytesFor', () => {
  const manifest = { files: [{ path: 'areas.json', bytes: 40_000 }] }
  it('allows a listed file a quarter more than its built size, and nothing for a file the manifest lacks', () => {
    expect(maxBytesFor(manifest, 'areas.json')).toBe(51_024)
    expect(maxBytesFor(manifest, 'other.json')).toBeNull()
  })
})

describe('shouldRetry', () => {
  it('tries once more after a dropped connection or a server error, never after a timeout or a bad file', () => {
    expect(shouldRetry(0, new DataFileError('x', 'network', { retryable: true }))).toBe(true)
    expect(shouldRetry(1, new DataFileError('x', 'network', { retryable: true }))).toBe(false)
    expect(shouldRetry(0, new DataFileError('x', 'timeout'))).toBe(false)
    expect(shouldRetry(0, new Error('other'))).toBe(true)
  })
})
