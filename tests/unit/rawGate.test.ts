import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RAW_FREE_SUITES, rawDir, rawGate, rawSuiteFiles, REPO_DIR } from '../rawData'

const MISSING = join(REPO_DIR, 'no-such-raw-dir')

describe('the raw data gate', () => {
  it('runs the raw-data suites when the raw directory exists, reading CSC_RAW_DIR else data/raw', () => {
    expect(rawDir({})).toBe(join(REPO_DIR, 'data/raw'))
    expect(rawDir({ CSC_RAW_DIR: '../elsewhere' })).toBe(join(REPO_DIR, '../elsewhere'))
    expect(rawGate({ CSC_RAW_DIR: REPO_DIR })).toEqual({ run: true, dir: REPO_DIR })
  })

  it('without the directory, skips them with a notice naming npm run data:fetch and CSC_RAW_DIR', () => {
    const gate = rawGate({ CSC_RAW_DIR: MISSING })
    expect(gate.run).toBe(false)
    expect('notice' in gate && gate.notice).toMatch(/^SKIPPED: .*npm run data:fetch.*CSC_RAW_DIR/)
  })

  it('with REQUIRE_RAW=1 and no directory, fails instead', () => {
    const gate = rawGate({ CSC_RAW_DIR: MISSING, REQUIRE_RAW: '1' })
    expect('error' in gate && gate.error).toMatch(/^REQUIRE_RAW=1 .*npm run data:fetch.*cannot be skipped/)
  })

  it('gates every integration suite except the raw-free ones', () => {
    const gated = rawSuiteFiles()
    expect(gated).toContain('tests/integration/build.test.ts')
    for (const free of RAW_FREE_SUITES) expect(gated).not.toContain(free)
  })
})

// The whole mechanism as npm test meets it: Vitest on a raw-data suite with the raw directory missing.
describe('vitest without the raw files', () => {
  const vitest = (env: NodeJS.ProcessEnv) =>
    spawnSync('npx', ['vitest', 'run', '--passWithNoTests', 'tests/integration/neighbours.test.ts'], {
      cwd: REPO_DIR,
      env: { ...process.env, CSC_RAW_DIR: MISSING, REQUIRE_RAW: '', ...env },
      encoding: 'utf8',
    })

  it('skips the suite with one loud line and succeeds; with REQUIRE_RAW=1 it fails naming the fix', () => {
    const skipped = vitest({})
    const output = skipped.stdout + skipped.stderr
    expect(skipped.status).toBe(0)
    expect(output.match(/SKIPPED: the suites that read the raw data did not run/g)).toHaveLength(1)
    expect(output).toMatch(/No test files found/)

    const required = vitest({ REQUIRE_RAW: '1' })
    expect(required.status).not.toBe(0)
    expect(required.stdout + required.stderr).toMatch(/REQUIRE_RAW=1 and the raw data directory .* does not exist/)
  }, 180_000)
})
