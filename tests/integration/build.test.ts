import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildData } from '../../scripts/build-data'
import { areasFileSchema } from '../../src/schema/areas'
import {
  catalogueOnlyBundle,
  copyTree,
  listFiles,
  RAW_DIR,
  rawBundleWith,
  readRaw,
  REPO_DIR,
  removeTree,
  scratchDir,
} from './rawBundle'

const quiet = () => undefined
/** Two whole builds over about 100 MB of raw files, a minute or more each on a busy two-core machine. */
const WHOLE_BUILDS_TIMEOUT = 600_000
const COMMITTED = join(REPO_DIR, 'public/data')

function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]))
}

describe('the whole ETL over the raw bundle', () => {
  let catalogued: string
  let first: string
  let second: string

  beforeAll(async () => {
    // The first build sees only the files data/sources.json lists: if the ETL read any other file it would stop here,
    // and npm run data:fetch would not give a fresh machine everything the build needs.
    catalogued = catalogueOnlyBundle()
    first = join(scratchDir('csc-build-a-'), 'data')
    second = join(scratchDir('csc-build-b-'), 'data')
    await buildData({ rawDir: catalogued, outDir: first, log: quiet })
    await buildData({ rawDir: RAW_DIR, outDir: second, log: quiet })
  }, WHOLE_BUILDS_TIMEOUT)
  afterAll(() => {
    removeTree(catalogued)
    removeTree(join(first, '..'))
    removeTree(join(second, '..'))
  })

  it('lists the 153 current authorities and the former ones with their lineage', () => {
    const areas = areasFileSchema.parse(JSON.parse(readFileSync(join(first, 'areas.json'), 'utf8')))
    expect(areas.filter((a) => a.status === 'current')).toHaveLength(153)
    expect(
      areas
        .filter((a) => a.status === 'former')
        .map((a) => a.code)
        .sort(),
    ).toEqual(['E06000028', 'E06000029', 'E10000006', 'E10000009', 'E10000021'])
    expect(areas.find((a) => a.code === 'E06000060')?.formerCodes).toEqual(['E10000002'])
    expect(areas.find((a) => a.code === 'E06000061')?.predecessors).toEqual(['E10000021'])
  })

  it('rebuilds byte-identical files from the same inputs, whatever else the raw directory holds', () => {
    expect(snapshot(second)).toEqual(snapshot(first))
  })

  it('matches the committed public/data exactly, built from the catalogued files alone', () => {
    const built = snapshot(first)
    const committed = snapshot(COMMITTED)
    expect([...committed.keys()]).toEqual([...built.keys()])
    for (const [path, contents] of built) expect(committed.get(path), path).toBe(contents)
  })
})

// Each case runs every source (the build reports all bad files before stopping), so a case takes a whole build.
describe('bad input stops the build and leaves the previous output untouched', { timeout: 600_000 }, () => {
  let previous: string

  beforeAll(() => {
    previous = join(scratchDir('csc-prev-'), 'data')
    copyTree(COMMITTED, previous)
  })
  afterAll(() => removeTree(join(previous, '..')))

  async function expectBuildToFail(
    replacements: Record<string, string | null>,
    message: RegExp,
    options: { acceptShorter?: string[] } = {},
  ) {
    const raw = rawBundleWith(replacements)
    const before = snapshot(previous)
    try {
      await expect(buildData({ rawDir: raw, outDir: previous, log: quiet, ...options })).rejects.toThrow(message)
    } finally {
      removeTree(raw)
    }
    expect(snapshot(previous)).toEqual(before)
    expect(existsSync(`${previous}.staging`)).toBe(false)
  }

  it('a missing file names the file', async () => {
    await expectBuildToFail({ 'lait/la_code_list.xlsx': null }, /la_code_list\.xlsx.*missing/)
  })

  it('a truncated CSV names the file and row', async () => {
    const text = readRaw('cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv')
    const lines = text.split('\n')
    const cut = lines.slice(0, 40).join('\n') + '\n' + (lines[40] ?? '').split(',').slice(0, 5).join(',') + '\n'
    // Accepted as shorter, so the parser meets the cut row (a shorter file otherwise stops before parsing: below).
    const file = 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv'
    await expectBuildToFail({ [file]: cut }, /cla_number_and_rate_per_10k_children\.csv, row 41/, {
      acceptShorter: [file],
    })
  })

  it('an unknown area code names the file, row and column', async () => {
    const file = 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv'
    const lines = readRaw(file).split('\n')
    // Line 168 is Barnsley's 2025 looked-after count; give it an LA number and code no authority has.
    lines[167] = (lines[167] ?? '').replace(',370,Barnsley,E08000016,', ',999,Nowhere,E06999999,')
    await expectBuildToFail(
      { [file]: lines.join('\n') },
      /cla_number_and_rate_per_10k_children\.csv, row 168, column "(old_la_code|new_la_code)"/,
    )
  })

  it('a non-numeric cell names the file, row and column', async () => {
    const file = 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv'
    const lines = readRaw(file).split('\n')
    lines[167] = (lines[167] ?? '').replace(/,366,71$/, ',36six,71')
    await expectBuildToFail(
      { [file]: lines.join('\n') },
      /cla_number_and_rate_per_10k_children\.csv, row 168, column "children_count".*36six/,
    )
  })

  // Checked once every source has run (impossible figures likewise; scripts/etl/validation has those cases).
  const CIN_B1 = 'cin/ees-2025-extract/b1_children_in_need_2013_to_2025.csv'

  it('a second row for the same authority, year and measure with another figure names both rows', async () => {
    const lines = readRaw(CIN_B1).split('\n')
    // Line 215 is Barnsley 2024; a copy after it gives 9,999 children in need at 31 March instead of 1,804.
    lines.splice(215, 0, (lines[214] ?? '').replace(/,1804,27$/, ',9999,27'))
    await expectBuildToFail(
      { [CIN_B1]: lines.join('\n') },
      /b1_children_in_need_2013_to_2025\.csv, row 216, column "At31_episodes": cin_count for E08000016 in 2024 appears twice in this file with different figures: 1804 at .*row 215.*and 9999 here/,
    )
  }, 300_000)

  it('bad input in several sources is reported in one run, every file named', async () => {
    const cla = 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv'
    const claLines = readRaw(cla).split('\n')
    claLines[167] = (claLines[167] ?? '').replace(/,366,71$/, ',36six,71')
    const low = 'low-income/dwp-cilif-2015-22/children-relative-low-income-0-19-2015-22-code.csv'
    const lowText = readRaw(low).replace('"Year",', '"Yaer",')
    await expectBuildToFail(
      { [cla]: claLines.join('\n'), [low]: lowText },
      /2 problems in the raw data:\n- .*cla_number_and_rate_per_10k_children\.csv, row 168.*\n- .*children-relative-low-income-0-19-2015-22-code\.csv/,
    )
  })

  it('half the 2025 CIN file, cut at a line boundary, stops the build instead of falling back to the 2022 release', async () => {
    const cin = 'cin/ees-2025-extract/b1_children_in_need_2013_to_2025.csv'
    const lines = readRaw(cin).split('\n')
    const half = lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n'
    await expectBuildToFail(
      { [cin]: half },
      /b1_children_in_need_2013_to_2025\.csv: has \d+ lines, fewer than the \d+ .*--accept-shorter/,
    )
  })

  it('a renamed header names the file and the expected column', async () => {
    const text = readRaw('cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv').replace(
      'old_la_code',
      'la_number',
    )
    await expectBuildToFail(
      { 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv': text },
      /cla_number_and_rate_per_10k_children\.csv, row 1, column "old_la_code"/,
    )
  })
})
