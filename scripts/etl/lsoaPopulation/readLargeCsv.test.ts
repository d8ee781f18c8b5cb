import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readCsv } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { readLargeCsv } from './readLargeCsv'

const dir = mkdtempSync(join(tmpdir(), 'csc-large-csv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('readLargeCsv', () => {
  it('gives the same table as readCsv (byte-order mark, quotes, blank lines)', () => {
    const path = file('ok.csv', '\ufeff"a","b"\r\n"E01000001","x, y"\r\n\r\n"E01000002",3\r\n')
    expect(readLargeCsv(path)).toEqual(readCsv(path))
  })

  it('a ragged row stops the build with file and row', () => {
    const path = file('ragged.csv', 'a,b\n1,2\n3\n')
    expect(errorFrom(() => readLargeCsv(path)).message).toBe(
      `${path}, row 3: expected 2 cells as in the header, found 1 (truncated or malformed row)`,
    )
  })
})
