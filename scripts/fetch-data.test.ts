import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, parseOrigin } from './fetch-data'

const CSV = 'time_period,new_la_code,number\n2025,E08000016,329\n'
const sha = (s: string) => createHash('sha256').update(s).digest('hex')

describe('npm run data:fetch', () => {
  let dir = ''
  let written: string[] = []
  const out = { write: (s: string) => written.push(s), isTTY: false }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'csc-fetch-cli-'))
    written = []
    mkdirSync(join(dir, 'mirror/cin'), { recursive: true })
    writeFileSync(join(dir, 'mirror/cin/b1.csv'), CSV)
    const file = (path: string) => ({
      path,
      url: 'https://publisher.invalid/x.csv',
      sha256: sha(CSV),
      bytes: CSV.length,
      lines: CSV.split('\n').length - 1,
    })
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify([
        {
          id: 'cin',
          title: 'Synthetic',
          publisher: 'Test',
          licence: 'OGL',
          page: 'https://example.org/',
          files: [file('cin/b1.csv'), file('cin/c1.csv')],
        },
      ]),
    )
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('exits 0 when every file is verified in place, and 1 naming each file that is not, after trying them all', async () => {
    const args = ['--mirror', join(dir, 'mirror'), '--out', join(dir, 'raw')]
    expect(await main(args, out, join(dir, 'sources.json'))).toBe(1)
    const text = written.join('')
    expect(text).toMatch(/1 fetched, 0 already in place, 0 with a changed checksum, 1 failed/)
    expect(text).toMatch(/- cin\/c1\.csv: not in the mirror directory/)
    expect(readFileSync(join(dir, 'raw/cin/b1.csv'), 'utf8')).toBe(CSV)

    writeFileSync(join(dir, 'mirror/cin/c1.csv'), CSV)
    written = []
    expect(await main(args, out, join(dir, 'sources.json'))).toBe(0)
    expect(written.join('')).toMatch(/1 fetched, 1 already in place.*Every raw file is in place and verified/s)
  })

  it('refuses a mirror that is neither a web address nor a directory, and a bad number', async () => {
    expect(() => parseOrigin(join(dir, 'nowhere'))).toThrow(/not a web address .* and not a directory/)
    expect(parseOrigin('https://mirror.example/raw')).toEqual({
      kind: 'mirror-url',
      base: 'https://mirror.example/raw',
    })
    expect(await main(['--concurrency', '0'], out, join(dir, 'sources.json'))).toBe(2)
    expect(written.join('')).toMatch(/--concurrency must be a positive number/)
  })
})
