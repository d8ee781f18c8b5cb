import { defineConfig } from 'vitest/config'
import { rawGate, rawSuiteFiles } from './tests/rawData.ts'

// Without the raw data files (a fresh clone) the suites that read them are left out, with one loud notice; with
// REQUIRE_RAW=1 (set by .ci/run) the run stops instead. Said here, not in a global setup, because Vitest skips global
// setup when a filter leaves no test file.
const raw = rawGate()
if ('error' in raw) throw new Error(raw.error)
if ('notice' in raw) console.warn(`\n${'!'.repeat(72)}\n${raw.notice}\n${'!'.repeat(72)}\n`)

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', ...(raw.run ? [] : rawSuiteFiles())],
    environment: 'node',
    // Suites over the whole raw bundle take tens of seconds per test, and the whole-build ones run the ETL twice in one
    // hook: minutes on a busy two-core machine. Speed is measured by npm run bench, never by these limits.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
})
