import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allAssets, countBytes, initialAssets } from '../../bench/bundleBytes'
import { BUDGETS, INITIAL_DATA_FILES } from '../../bench/budgets'
import { REPO_DIR, removeTree, scratchDir } from './rawBundle'

const DATA_DIR = join(REPO_DIR, 'public/data')

describe('byte budgets of the built app', () => {
  let dist: string

  beforeAll(() => {
    dist = scratchDir('csc-dist-')
    // A separate process: under Vitest (NODE_ENV=test) Vite would bundle React's development build, not what ships.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'silent', '--outDir', dist, '--emptyOutDir'], {
      cwd: REPO_DIR,
      env: { ...process.env, NODE_ENV: 'production' },
    })
  })
  afterAll(() => removeTree(dist))

  it(`initial JavaScript is at most ${BUDGETS.initialJsGzip / 1024} KB gzipped`, () => {
    const { js } = initialAssets(dist)
    expect(js.length).toBeGreaterThan(0)
    expect(countBytes(js).gzip).toBeLessThanOrEqual(BUDGETS.initialJsGzip)
  })

  it('the build-time spreadsheet reader (xlsx) never reaches the browser bundle', () => {
    for (const asset of allAssets(dist, '.js')) {
      const text = readFileSync(asset, 'utf8')
      expect(text, asset).not.toMatch(/SheetJS|xlsx\.full|CFB\.read/)
    }
  })

  it('the build-time table library (arquero, which compiles expressions with Function) never reaches the browser bundle', () => {
    // Strict CSP forbids eval; these are arquero's own error messages, present in any copy of it.
    for (const asset of allAssets(dist, '.js')) {
      const text = readFileSync(asset, 'utf8')
      expect(text, asset).not.toMatch(/Invalid column reference|Unrecognized column|Escaped functions are not/)
    }
  })

  it('the PowerPoint and Word libraries are chunks of their own, loaded only when a briefing is exported', () => {
    // Their own markers: the slide and document content types each library writes into every file it makes.
    const office = /presentationml\.slideLayout|wordprocessingml\.document\.main/
    for (const asset of initialAssets(dist).js) expect(readFileSync(asset, 'utf8'), asset).not.toMatch(office)
    const chunks = allAssets(dist, '.js').filter((asset) => office.test(readFileSync(asset, 'utf8')))
    expect(chunks.length).toBeGreaterThanOrEqual(2)
  })
})

/** A built data file exists and is at most `budget` bytes gzipped. */
function expectBuiltWithin(path: string, budget: number) {
  const file = join(DATA_DIR, path)
  expect(existsSync(file), `${path} is built`).toBe(true)
  expect(gzipSync(readFileSync(file), { level: 9 }).length).toBeLessThanOrEqual(budget)
}

describe('byte budgets of the data', () => {
  it(`the data a first visit loads is at most ${BUDGETS.initialDataGzip / 1024} KB gzipped`, () => {
    const present = INITIAL_DATA_FILES.filter((f) => existsSync(join(DATA_DIR, f)))
    expect(present).toContain('manifest.json')
    expect(countBytes(present.map((f) => join(DATA_DIR, f))).gzip).toBeLessThanOrEqual(BUDGETS.initialDataGzip)
  })

  it(`the England boundaries are at most ${BUDGETS.utlaTopologyGzip / 1024} KB gzipped`, () => {
    expectBuiltWithin('geo/utla.topo.json', BUDGETS.utlaTopologyGzip)
  })

  it(`the home page's England map is at most ${BUDGETS.utlaSvgMapGzip / 1024} KB gzipped`, () => {
    expectBuiltWithin('geo/utla.svg.json', BUDGETS.utlaSvgMapGzip)
  })

  it(`the England map's hex cartogram is at most ${BUDGETS.hexCartogramGzip / 1024} KB gzipped`, () => {
    expectBuiltWithin('geo/hex-cartogram.json', BUDGETS.hexCartogramGzip)
  })

  it(`each authority's LSOA populations (for /gradient) are at most ${BUDGETS.lsoaPopulationFileGzip / 1024} KB gzipped, the LSOA index ${BUDGETS.lsoaIndexGzip / 1024} KB`, () => {
    const dir = join(DATA_DIR, 'lsoa-population')
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json')
    expect(files.length).toBeGreaterThanOrEqual(150)
    for (const f of files)
      expect(gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, f).toBeLessThanOrEqual(
        BUDGETS.lsoaPopulationFileGzip,
      )
    expect(gzipSync(readFileSync(join(dir, 'index.json')), { level: 9 }).length).toBeLessThanOrEqual(
      BUDGETS.lsoaIndexGzip,
    )
  })
  it(`each neighbourhood variable is at most ${BUDGETS.neighbourhoodValuesFileGzip / 1024} KB gzipped, the index ${BUDGETS.neighbourhoodIndexGzip / 1024} KB`, () => {
    const dir = join(DATA_DIR, 'neighbourhoods/values')
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThan(100)
    for (const f of files)
      expect(gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, f).toBeLessThanOrEqual(
        BUDGETS.neighbourhoodValuesFileGzip,
      )
    expect(
      gzipSync(readFileSync(join(DATA_DIR, 'neighbourhoods/index.json')), { level: 9 }).length,
    ).toBeLessThanOrEqual(BUDGETS.neighbourhoodIndexGzip)
  })
})
