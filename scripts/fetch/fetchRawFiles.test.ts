import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueSource } from '../etl/sourceCatalogue'
import { fetchRawFiles, keptBesideName, mirrorUrl, type FetchOptions, type FileOutcome } from './fetchRawFiles'

// Synthetic raw files in the shape of the real ones (a DfE-style CSV and a bigger one for resuming); never published.
const CSV = 'time_period,new_la_code,la_name,number\n2025,E08000016,Barnsley,329\n2025,E06000009,Blackpool,609\n'
const BIG = Array.from({ length: 4000 }, (_, i) => `2025,E0${String(i).padStart(7, '0')},Area ${i},${i}`).join('\n')
const HTML = '<!DOCTYPE html>\n<html><head><title>Page moved</title></head><body>Sign in</body></html>\n'
const sha = (s: string) => createHash('sha256').update(s).digest('hex')

/** What the fixture server answers for each path, and what it saw (Range headers). */
const rangesSeen: string[] = []
function serve(req: IncomingMessage, res: ServerResponse): void {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  if (req.headers.range) rangesSeen.push(`${path} ${req.headers.range}`)
  const send = (status: number, body: string, type = 'text/csv') => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
    res.end(body)
  }
  switch (path) {
    case '/ok.csv':
    case '/mirror/cin/b1.csv':
    case '/mirror/s251/2009-10/outturn table a1.csv':
      return send(200, CSV)
    case '/newer.csv':
      return send(200, CSV + '2026,E08000016,Barnsley,330\n')
    case '/moved.csv':
      res.writeHead(302, { location: '/ok.csv' })
      return void res.end()
    case '/html.csv':
      return send(200, HTML, 'text/html; charset=utf-8')
    case '/html-as-csv.csv':
      return send(200, HTML, 'text/csv')
    case '/truncated.csv': {
      // Announces the whole file, sends half, then drops the connection.
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': Buffer.byteLength(BIG) })
      res.write(BIG.slice(0, BIG.length / 2))
      return void setTimeout(() => res.socket?.destroy(), 300)
    }
    case '/resumable.csv': {
      const match = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')
      if (!match) return send(200, BIG)
      const from = Number(match[1])
      const rest = Buffer.from(BIG).subarray(from)
      res.writeHead(206, {
        'content-type': 'text/csv',
        'content-length': rest.length,
        'content-range': `bytes ${from}-${Buffer.byteLength(BIG) - 1}/${Buffer.byteLength(BIG)}`,
      })
      return void res.end(rest)
    }
    case '/silent.csv':
      return // never answers: the client must time out
    default:
      return send(404, 'Not Found', 'text/plain')
  }
}

let server: Server
let base = ''
beforeAll(async () => {
  server = createServer(serve)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

let out = ''
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'csc-fetch-'))
  rangesSeen.length = 0
})
afterEach(() => rmSync(out, { recursive: true, force: true }))

const catalogue = (files: { path: string; url?: string; conversion?: string; body?: string }[]): CatalogueSource[] => [
  {
    id: 'test',
    title: 'Synthetic test publication',
    publisher: 'Test publisher',
    licence: 'Open Government Licence v3.0',
    page: 'https://example.org/publication',
    files: files.map(({ body = CSV, ...f }) => ({ ...f, sha256: sha(body), bytes: Buffer.byteLength(body) })),
  },
]

const run = (cat: CatalogueSource[], extra: Partial<FetchOptions> = {}): Promise<FileOutcome[]> =>
  fetchRawFiles({
    catalogue: cat,
    outDir: out,
    origin: { kind: 'publisher' },
    concurrency: 3,
    idleTimeoutMs: 30_000,
    ...extra,
  })

const problem = (o: FileOutcome | undefined) => (o && 'problem' in o ? o.problem : '')

describe('fetchRawFiles from each file URL', () => {
  it('downloads a file, verifies its checksum and puts it at its path below the output directory', async () => {
    const [outcome] = await run(catalogue([{ path: 'cin/ees/b1.csv', url: `${base}/ok.csv` }]))
    expect(outcome).toEqual({ path: 'cin/ees/b1.csv', status: 'fetched', resumed: false })
    expect(readFileSync(join(out, 'cin/ees/b1.csv'), 'utf8')).toBe(CSV)
    expect(readdirSync(join(out, 'cin/ees'))).toEqual(['b1.csv'])
  })

  it('follows a redirect', async () => {
    const [outcome] = await run(catalogue([{ path: 'a.csv', url: `${base}/moved.csv` }]))
    expect(outcome?.status).toBe('fetched')
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe(CSV)
  })

  it('keeps a file with a changed checksum beside the expected name, never in its place, and names it', async () => {
    const [outcome] = await run(catalogue([{ path: 'cla/cla.csv', url: `${base}/newer.csv` }]))
    const newer = CSV + '2026,E08000016,Barnsley,330\n'
    expect(outcome).toMatchObject({ status: 'changed', keptAs: keptBesideName('cla/cla.csv', sha(newer)) })
    expect(problem(outcome)).toMatch(/checksum changed.*Synthetic test publication.*cla\/cla\.csv\.sha256-[0-9a-f]{12}/)
    expect(existsSync(join(out, 'cla/cla.csv'))).toBe(false)
    expect(readFileSync(join(out, `cla/cla.csv.sha256-${sha(newer).slice(0, 12)}`), 'utf8')).toBe(newer)
  })

  it('leaves an existing file with another checksum untouched and reports it; skips one already verified', async () => {
    mkdirSync(join(out, 'cla'))
    writeFileSync(join(out, 'cla/old.csv'), 'an older release')
    writeFileSync(join(out, 'cla/same.csv'), CSV)
    const outcomes = await run(
      catalogue([
        { path: 'cla/old.csv', url: `${base}/ok.csv` },
        { path: 'cla/same.csv', url: `${base}/ok.csv` },
      ]),
    )
    expect(outcomes[0]?.status).toBe('failed')
    expect(problem(outcomes[0])).toMatch(/already in .* sha256 .* left untouched/)
    expect(readFileSync(join(out, 'cla/old.csv'), 'utf8')).toBe('an older release')
    expect(outcomes[1]).toEqual({ path: 'cla/same.csv', status: 'present' })
  })

  it('reports a 404 naming the status and the URL', async () => {
    const [outcome] = await run(catalogue([{ path: 'gone.csv', url: `${base}/gone.csv` }]))
    expect(outcome?.status).toBe('failed')
    expect(problem(outcome)).toBe(`HTTP 404 Not Found from ${base}/gone.csv`)
    expect(readdirSync(out)).toEqual([])
  })

  it('rejects an HTML page served with status 200, by content type or by its first bytes', async () => {
    const outcomes = await run(
      catalogue([
        { path: 'a.csv', url: `${base}/html.csv` },
        { path: 'b.csv', url: `${base}/html-as-csv.csv` },
      ]),
    )
    for (const o of outcomes) {
      expect(o.status).toBe('failed')
      expect(problem(o)).toMatch(/HTML page \(status 200.*instead of the data file/)
    }
    expect(existsSync(join(out, 'a.csv'))).toBe(false)
    expect(existsSync(join(out, 'b.csv'))).toBe(false)
  })

  it('reports a truncated body, keeps what arrived, and resumes from there on the next run', async () => {
    const [first] = await run(catalogue([{ path: 'big.csv', url: `${base}/truncated.csv`, body: BIG }]))
    expect(first?.status).toBe('failed')
    expect(problem(first)).toMatch(
      /truncated download: the connection closed after \d+ (of \d+ )?bytes.*run again to resume/,
    )
    const partial = readFileSync(join(out, 'big.csv.part'), 'utf8')
    expect(partial.length).toBeGreaterThan(0)
    expect(BIG.startsWith(partial)).toBe(true)

    // The same file from a server that honours Range: only the rest is requested.
    const [second] = await run(catalogue([{ path: 'big.csv', url: `${base}/resumable.csv`, body: BIG }]))
    expect(second).toEqual({ path: 'big.csv', status: 'fetched', resumed: true })
    expect(rangesSeen).toEqual([`/resumable.csv bytes=${Buffer.byteLength(partial)}-`])
    expect(readFileSync(join(out, 'big.csv'), 'utf8')).toBe(BIG)
    expect(existsSync(join(out, 'big.csv.part'))).toBe(false)
  })

  it('gives up on a server that sends nothing, after the timeout', async () => {
    const [outcome] = await run(catalogue([{ path: 's.csv', url: `${base}/silent.csv` }]), { idleTimeoutMs: 300 })
    expect(outcome?.status).toBe('failed')
    expect(problem(outcome)).toBe(`timed out: no data for 0.3 s from ${base}/silent.csv`)
  })

  it('reports a file with no URL with what it was made from, and tries every other file', async () => {
    const outcomes = await run(
      catalogue([
        { path: 'conv.csv', conversion: 'Format conversion of File 7 in R' },
        { path: 'gone.csv', url: `${base}/gone.csv` },
        { path: 'ok.csv', url: `${base}/ok.csv` },
        { path: 'html.csv', url: `${base}/html.csv` },
        { path: 'ok2.csv', url: `${base}/moved.csv` },
      ]),
    )
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'fetched', 'failed', 'fetched'])
    expect(problem(outcomes[0])).toMatch(/no download URL: Format conversion of File 7 in R .*--mirror/)
  })
})

describe('fetchRawFiles from a mirror', () => {
  const mirrored = catalogue([
    { path: 'cin/b1.csv', url: 'https://publisher.invalid/never-used.csv' },
    { path: 's251/2009-10/outturn table a1.csv', conversion: 'a conversion, only in the mirror' },
  ])

  it('fetches the same relative paths below a mirror URL, encoding each segment', async () => {
    expect(mirrorUrl('http://m/raw/', 's251/2009-10/outturn table a1.csv')).toBe(
      'http://m/raw/s251/2009-10/outturn%20table%20a1.csv',
    )
    const outcomes = await run(mirrored, { origin: { kind: 'mirror-url', base: `${base}/mirror` } })
    expect(outcomes.map((o) => o.status)).toEqual(['fetched', 'fetched'])
    expect(readFileSync(join(out, 's251/2009-10/outturn table a1.csv'), 'utf8')).toBe(CSV)
  })

  it('copies the same relative paths from a mirror directory and reports a file the mirror lacks', async () => {
    const mirror = mkdtempSync(join(tmpdir(), 'csc-mirror-'))
    try {
      mkdirSync(join(mirror, 'cin'))
      writeFileSync(join(mirror, 'cin/b1.csv'), CSV)
      const outcomes = await run(mirrored, { origin: { kind: 'mirror-dir', dir: mirror } })
      expect(outcomes[0]?.status).toBe('fetched')
      expect(readFileSync(join(out, 'cin/b1.csv'), 'utf8')).toBe(CSV)
      expect(outcomes[1]?.status).toBe('failed')
      expect(problem(outcomes[1])).toMatch(/not in the mirror directory/)
    } finally {
      rmSync(mirror, { recursive: true, force: true })
    }
  })
})
