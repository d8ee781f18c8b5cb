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
    // Limits that catch a hung test, not a slow one: speed is measured by npm run bench. The few tests and hooks that
    // run whole builds over the raw bundle set their own, longer limit beside the work.
    testTimeout: 20_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
})
