import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { rawDir, REPO_DIR } from '../scripts/lib/rawDir.ts'

/**
 * Which test suites need the raw public data files, and whether they run. The files are not in the repository
 * (`npm run data:fetch` downloads them into data/raw); a fresh clone without them skips these suites with one loud
 * notice and runs everything else. REQUIRE_RAW=1 (set by .ci/run) turns the missing directory into a failure.
 */

export { rawDir, REPO_DIR }

/** Integration tests that need no raw file (they check the committed public/data and the built app). */
export const RAW_FREE_SUITES = ['tests/integration/budgets.test.ts']

/** The suites that read the raw bundle: every integration test not listed as raw-free, relative to the repository. */
export function rawSuiteFiles(): string[] {
  const dir = join(REPO_DIR, 'tests/integration')
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => relative(REPO_DIR, join(dir, name)).split('\\').join('/'))
    .filter((path) => !RAW_FREE_SUITES.includes(path))
    .sort()
}

export type RawGate =
  { run: true; dir: string } | { run: false; dir: string; notice: string } | { run: false; dir: string; error: string }

/** Whether the raw-data suites run: yes when the raw directory exists; otherwise a notice, or an error under REQUIRE_RAW=1. */
export function rawGate(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): RawGate {
  const dir = rawDir(env)
  if (exists(dir)) return { run: true, dir }
  const missing = `the raw data directory ${dir} does not exist; fetch the files with \`npm run data:fetch\` or set CSC_RAW_DIR to a copy of them`
  if (env.REQUIRE_RAW === '1')
    return {
      run: false,
      dir,
      error: `REQUIRE_RAW=1 and ${missing}. The suites that read the raw data cannot be skipped.`,
    }
  return { run: false, dir, notice: `SKIPPED: the suites that read the raw data did not run: ${missing}.` }
}
