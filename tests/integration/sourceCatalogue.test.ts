import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogueFiles, countLines, loadSourceCatalogue, sha256 } from '../../scripts/etl/sourceCatalogue'
import { RAW_DIR } from './rawBundle'

describe('data/sources.json describes the raw bundle exactly', () => {
  const files = catalogueFiles(loadSourceCatalogue()).map(({ file }) => file)

  it('has each file’s checksum and size', () => {
    const wrong = files.filter((f) => {
      const path = join(RAW_DIR, f.path)
      return sha256(path) !== f.sha256 || statSync(path).size !== f.bytes
    })
    expect(wrong.map((f) => f.path)).toEqual([])
  })

  it('has each CSV file’s line count, which the build checks a changed file against', () => {
    const csvs = files.filter((f) => f.path.endsWith('.csv'))
    expect(csvs.length).toBeGreaterThan(50)
    const wrong = csvs.filter((f) => countLines(join(RAW_DIR, f.path)) !== f.lines)
    expect(wrong.map((f) => `${f.path}: ${f.lines} catalogued`)).toEqual([])
  })
})
