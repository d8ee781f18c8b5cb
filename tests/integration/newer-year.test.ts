import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildData } from '../../scripts/build-data'
import { compareData, type DataChanges } from '../../scripts/lib/compareData'
import { readSnapshot } from '../../scripts/check-data'
import { seriesSchema, type Series } from '../../src/schema/series'
import { RAW_DIR, rawBundleWith, readRaw, removeTree, scratchDir } from './rawBundle'

/**
 * What happens when DfE publishes the next children looked after release: the same EES layout with one more year.
 * The 2025 file is replaced by a copy with SYNTHETIC 2026 rows (test values, never published) for England, Barnsley
 * and Blackpool; the whole ETL runs on it and on the real bundle, and the two outputs are compared as data:check would.
 */
const CLA_FILE = 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv'

// time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,
// new_la_code,population_type,population_estimate,children_count,rate_per_10000 (the 2025 release's columns).
// Counts and rates are consistent with the populations (e.g. 400 / 52,000 × 10,000 = 76.9, published as 77).
const SYNTHETIC_2026_ROWS = [
  '2026,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,12200000,82000,67',
  '2026,Reporting year,National,E92000001,England,,,,,,Children starting to be looked after each year,12200000,32000,26',
  '2026,Reporting year,National,E92000001,England,,,,,,Children ceasing to be looked after each year,12200000,34000,28',
  '2026,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,370,Barnsley,E08000016,Children looked after on 31 March each year,52000,400,77',
  '2026,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,370,Barnsley,E08000016,Children starting to be looked after each year,52000,170,33',
  '2026,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,370,Barnsley,E08000016,Children ceasing to be looked after each year,52000,200,38',
  '2026,Reporting year,Local authority,E92000001,England,E12000002,North West,890,Blackpool,E06000009,Children looked after on 31 March each year,29000,540,186',
  '2026,Reporting year,Local authority,E92000001,England,E12000002,North West,890,Blackpool,E06000009,Children starting to be looked after each year,29000,150,52',
  '2026,Reporting year,Local authority,E92000001,England,E12000002,North West,890,Blackpool,E06000009,Children ceasing to be looked after each year,29000,160,55',
]

function withSynthetic2026(text: string): string {
  // EES files put the newest year first; keep that order (the header line stays first).
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const [header, ...rest] = text.split(newline)
  return [header, ...SYNTHETIC_2026_ROWS, ...rest].join(newline)
}

const quiet = () => undefined

describe('a newer children looked after release in the current EES layout', () => {
  let scratch: string
  let raw: string
  let changes: DataChanges
  let claRate: Series
  let claCount: Series

  beforeAll(async () => {
    scratch = scratchDir('csc-newer-year-')
    raw = rawBundleWith({ [CLA_FILE]: withSynthetic2026(readRaw(CLA_FILE)) })
    await buildData({ rawDir: RAW_DIR, outDir: join(scratch, 'baseline'), log: quiet })
    await buildData({ rawDir: raw, outDir: join(scratch, 'newer'), log: quiet })
    changes = compareData(readSnapshot(join(scratch, 'baseline')), readSnapshot(join(scratch, 'newer')))
    const series = (id: string) =>
      seriesSchema.parse(JSON.parse(readFileSync(join(scratch, 'newer', 'series', `${id}.json`), 'utf8')))
    claRate = series('cla_rate')
    claCount = series('cla_count')
  }, 600_000) // two whole builds over about 100 MB of raw files, a minute or more each on a busy two-core machine

  afterAll(() => {
    removeTree(raw)
    removeTree(scratch)
  })

  it('adds 2026 to the looked-after series with the synthetic values', () => {
    const at2026 = (s: Series, code: string) => s.values[code]?.[s.years.indexOf(2026)]
    expect(claRate.years.at(-1)).toBe(2026)
    expect(at2026(claRate, 'E08000016')).toBe(77)
    expect(at2026(claRate, 'E06000009')).toBe(186)
    expect(claRate.england[claRate.years.indexOf(2026)]).toBe(67)
    expect(at2026(claCount, 'E08000016')).toBe(400)
    expect(claCount.england[claCount.years.indexOf(2026)]).toBe(82000)
    // An authority without a 2026 row has no 2026 figure (never a 0).
    expect(at2026(claRate, 'E06000001')).toBeNull()
  })

  it('records the 2026 figures as coming from the EES release', () => {
    expect(claRate.yearSources[claRate.years.indexOf(2026)]).toBe('cla-ees-2025')
    expect(claRate.yearProvenance[claRate.years.indexOf(2026)]).toBe('published')
  })

  it('data:check reports the new year and nothing else changed in the figures', () => {
    const rate = changes.series.find((s) => s.id === 'cla_rate')
    expect(rate).toMatchObject({ newYears: [2026], lostYears: [], lostAreas: [], revisedCount: 0 })
    expect(changes.newFiles).toEqual([])
    expect(changes.lostFiles).toEqual([])
    for (const s of changes.series) {
      expect(s.lostYears, s.id).toEqual([])
      expect(s.revisedCount, s.id).toBe(0)
    }
    expect(changes.sources).toEqual([
      expect.objectContaining({ id: 'cla-ees-2025', kind: 'changed', files: [expect.stringContaining(CLA_FILE)] }),
    ])
  })
})
