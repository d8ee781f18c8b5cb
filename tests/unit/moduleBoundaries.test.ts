import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The module boundaries are ESLint rules (eslint.config.js); each case lints one import as if it sat in `file`.
const eslint = new ESLint()

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = imported\n`, { filePath: file })
  return (result?.messages ?? [])
    .filter(
      (m) => m.ruleId === 'no-restricted-imports' || m.ruleId?.startsWith('csc/') || m.ruleId?.startsWith('fixtures/'),
    )
    .map((m) => m.message)
}

describe('module boundaries', () => {
  it.each([
    [
      'src/views/deprivation/X.tsx',
      "import { imported } from '../compare/CompareBody'",
      /imports the page views\/compare/,
    ],
    ['src/views/shared/X.tsx', "import { imported } from '../map/MapView'", /imports the page views\/map/],
    ['src/views/area/X.tsx', "import { LoadError as imported } from '../shared/QueryStatus'", /PendingPage/],
    ['src/views/area/X.tsx', "import { imported } from '../../testing/testAreas'", /test data/],
    ['src/views/data/X.ts', "import { imported } from './testData'", /test data/],
    ['src/model/X.ts', "import { imported } from '../data/queries'", /model is the pure domain/],
    ['src/charts/trend/X.ts', "import { imported } from '../../map/palette'", /only views use the map/],
    ['src/map/X.ts', "import { imported } from '../gradient/csv'", /never fetches/],
    ['src/gradient/X.ts', "import { imported } from 'react'", /no UI and no fetching/],
    ['src/gradient/X.ts', "import { imported } from '../data/fetchJson'", /no UI and no fetching/],
    ['src/search/X.ts', "import { imported } from '../model/series'", /only schema and stats/],
    ['src/schema/X.ts', "import { imported } from '../model/series'", /import nothing from the app/],
    ['scripts/etl/X.ts', "import { imported } from '../../src/views/area/AreaProfileView'", /never React or UI/],
  ])('%s: %s is refused', async (file, code, message) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(message)])
  })

  it.each([
    ['src/views/deprivation/X.tsx', "import { imported } from '../shared/PendingPage'"],
    ['src/views/home/X.tsx', "import { Loading as imported } from '../shared/QueryStatus'"],
    ['src/views/map/X.tsx', "import { imported } from '../../map/ChoroplethMap'"],
    ['src/views/area/X.test.ts', "import { imported } from '../../testing/testAreas'"],
    ['src/views/data/X.test.ts', "import { imported } from './testData'"],
    ['src/gradient/X.ts', "import { imported } from '../charts/shared/buildCsv'"],
    ['src/model/X.ts', "import { imported } from '../stats/ranks'"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await problems(file, code)).toEqual([])
  })
})
