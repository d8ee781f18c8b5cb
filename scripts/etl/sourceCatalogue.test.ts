import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { catalogueSchema, countLines, loadSourceCatalogue, verifySourceFiles } from './sourceCatalogue'

const SHA_A = 'a'.repeat(64)
const file = (extra: Record<string, unknown> = {}) => ({
  path: 'cin/b1.csv',
  url: 'https://example.org/b1.csv',
  sha256: SHA_A,
  bytes: 10,
  lines: 3,
  ...extra,
})
const source = (files: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'cin',
  title: 'Children in need',
  publisher: 'Department for Education',
  licence: 'Open Government Licence v3.0',
  page: 'https://example.org/cin',
  files,
  ...extra,
})

describe('the source catalogue', () => {
  it('in data/sources.json is valid: every file has a URL or says how it was made, a checksum and a size', () => {
    const catalogue = loadSourceCatalogue()
    const files = catalogue.flatMap((s) => s.files)
    expect(files.length).toBeGreaterThan(400)
    for (const f of files) expect(f.bytes).toBeGreaterThan(0)
    // Only these have no download URL: tables written to CSV from R packages, and figures transcribed from a report.
    // Each says what it was made from, naming where the original is published.
    expect(files.filter((f) => !f.url).map((f) => f.path)).toEqual([
      'imd/humaniverse-csv/imd2019_england_lsoa11.csv',
      'imd/humaniverse-csv/imd2019_england_ltla19.csv',
      'imd/humaniverse-csv/imd2025_england_lsoa21.csv',
      'imd/humaniverse-csv/imd2025_england_ltla24.csv',
      'geo/lsoa21/lsoa21_england_bsc.topo.json',
      'lookups/lsoa21_ward24_lad24_lookup.csv',
      'imd/humaniverse-csv/imd2025_england_lsoa21_subdomains.csv',
      'imd/humaniverse-csv/imd2025_england_lsoa21_indicators.csv',
      'imd/humaniverse-csv/imd2019_england_lsoa11_subdomains.csv',
      'lookups/ruc21_lsoa21.csv',
      'population/lsoa11/lsoa11_mid2020_children_0_17_syoa_EW.csv',
      'population/census2021-lsoa21/lsoa21_census2021_age6_EW.csv',
      'lookups/lsoa11_lsoa21_lad22_lookup.csv',
      'reference/cwip/cwip_rates_by_imd_decile_2015.csv',
    ])
    for (const f of files.filter((f) => f.conversion)) {
      expect(f.conversion, f.path).toMatch(
        /https:\/\/(www\.ons\.gov\.uk|geoportal\.statistics\.gov\.uk|assets\.publishing\.service\.gov\.uk|github\.com)\//,
      )
      expect(f.conversion, f.path).toMatch(/commit [0-9a-f]{40}/)
    }
  })

  it('rejects a file with both a URL and a conversion note, or with neither', () => {
    expect(catalogueSchema.safeParse([source([file({ conversion: 'made in R' })])]).success).toBe(false)
    expect(catalogueSchema.safeParse([source([file({ url: undefined })])]).success).toBe(false)
    expect(catalogueSchema.safeParse([source([file({ url: undefined, conversion: 'made in R' })])]).success).toBe(true)
  })

  it('rejects paths outside the raw directory, a missing size and duplicate paths or ids', () => {
    expect(catalogueSchema.safeParse([source([file({ path: '../secret.csv' })])]).success).toBe(false)
    expect(catalogueSchema.safeParse([source([file({ path: '/etc/passwd' })])]).success).toBe(false)
    expect(catalogueSchema.safeParse([source([file({ bytes: undefined })])]).success).toBe(false)
    // A CSV needs its line count (the check against a cut download); other formats fail to parse when cut.
    expect(catalogueSchema.safeParse([source([file({ lines: undefined })])]).success).toBe(false)
    expect(catalogueSchema.safeParse([source([file({ path: 'a.xlsx', lines: undefined })])]).success).toBe(true)
    expect(catalogueSchema.safeParse([source([file(), file()])]).success).toBe(false)
    expect(catalogueSchema.safeParse([source([file()]), source([file({ path: 'x.csv' })])]).success).toBe(false)
  })
})

describe('verifySourceFiles', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('gives the manifest its sources (page as url, path and checksum seen) and reports a changed checksum', () => {
    dir = mkdtempSync(join(tmpdir(), 'csc-catalogue-'))
    mkdirSync(join(dir, 'cin'))
    const newRelease = 'header\nrow 1\nrow 2\n'
    writeFileSync(join(dir, 'cin/b1.csv'), newRelease)
    const catalogue = catalogueSchema.parse([source([file()], { via: 'a copy' })])
    const lines: string[] = []
    const manifest = verifySourceFiles(catalogue, dir, (l) => lines.push(l))
    expect(manifest).toEqual([
      {
        id: 'cin',
        title: 'Children in need',
        publisher: 'Department for Education',
        licence: 'Open Government Licence v3.0',
        url: 'https://example.org/cin',
        files: [{ path: 'cin/b1.csv', sha256: createHash('sha256').update(newRelease).digest('hex') }],
      },
    ])
    expect(lines.join('\n')).toMatch(/cin\/b1\.csv differs/)
  })

  it('stops on a changed CSV with fewer lines than catalogued (a download cut at a line boundary still parses)', () => {
    dir = mkdtempSync(join(tmpdir(), 'csc-catalogue-'))
    mkdirSync(join(dir, 'cin'))
    writeFileSync(join(dir, 'cin/b1.csv'), 'header\nrow 1\n')
    const catalogue = catalogueSchema.parse([source([file()])])
    expect(() => verifySourceFiles(catalogue, dir, () => undefined)).toThrow(
      /cin\/b1\.csv: has 2 lines, fewer than the 3 .*--accept-shorter cin\/b1\.csv/,
    )
    const lines: string[] = []
    expect(verifySourceFiles(catalogue, dir, (l) => lines.push(l), { acceptShorter: ['cin/b1.csv'] })).toHaveLength(1)
    expect(lines.join('\n')).toContain('2 lines, fewer than the 3 catalogued; accepted')
  })

  it('parses a changed CSV with as many lines or more (a new release), counting a last line without a newline', () => {
    dir = mkdtempSync(join(tmpdir(), 'csc-catalogue-'))
    mkdirSync(join(dir, 'cin'))
    writeFileSync(join(dir, 'cin/b1.csv'), 'header\nrow 1\nrow 2')
    expect(countLines(join(dir, 'cin/b1.csv'))).toBe(3)
    const catalogue = catalogueSchema.parse([source([file()])])
    expect(verifySourceFiles(catalogue, dir, () => undefined)).toHaveLength(1)
  })

  it('leaves out of the manifest a publication only the tests read, and does not need its files', () => {
    dir = mkdtempSync(join(tmpdir(), 'csc-catalogue-'))
    const catalogue = catalogueSchema.parse([source([file()], { use: 'tests' })])
    expect(verifySourceFiles(catalogue, dir, () => undefined)).toEqual([])
  })

  it('stops naming the missing file and the command that downloads it', () => {
    dir = mkdtempSync(join(tmpdir(), 'csc-catalogue-'))
    const catalogue = catalogueSchema.parse([source([file()])])
    expect(() => verifySourceFiles(catalogue, dir, () => undefined)).toThrow(
      /cin\/b1\.csv.*missing.*npm run data:fetch/s,
    )
  })
})
