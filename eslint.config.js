import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const VIEWS_DIR = resolve(import.meta.dirname, 'src/views')

/** The page folder (first folder under src/views) a file is in, or null outside src/views. */
function pageOf(file) {
  const rel = relative(VIEWS_DIR, file)
  return rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep)[0]
}

/**
 * Pages (src/views/<page>) never import one another, and views/shared imports no page. Folder names such as "map" and
 * "data" exist both as pages and under src, so the rule resolves each relative import instead of matching its text.
 */
const noPageImports = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = pageOf(context.filename)
    const check = (node) => {
      const source = node.source?.value
      if (from === null || typeof source !== 'string' || !source.startsWith('.')) return
      const to = pageOf(resolve(dirname(context.filename), source))
      if (to === null || to === from || to === 'shared') return
      context.report({
        node: node.source,
        message: `views/${from} imports the page views/${to}: move what they share to src/views/shared, src/model or src/charts.`,
      })
    }
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    }
  },
}

const SRC_DIR = resolve(import.meta.dirname, 'src')
const TESTING_DIR = resolve(SRC_DIR, 'testing')
/** Test data: src/testing, and fixture modules named testSomething.ts beside the code they feed. */
const isFixture = (file) => file.startsWith(TESTING_DIR + sep) || /^test[A-Z]\w*\.tsx?$/.test(file.split(sep).pop())
const isTest = (file) => /\.test\.tsx?$/.test(file)

/**
 * App code never imports test data (src/testing or a testSomething.ts fixture): it would ship made-up figures in the
 * bundle. Tests and fixtures may import them.
 */
const noFixturesInApp = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = context.filename
    if (isTest(from) || isFixture(from)) return {}
    const check = (node) => {
      const source = node.source?.value
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = resolve(dirname(from), source)
      if (!isFixture(target) && !isFixture(`${target}.ts`)) return
      context.report({ node: node.source, message: `${source} is test data: only tests may import it.` })
    }
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    }
  },
}

// Module boundaries from docs/architecture.md, "Module boundaries": each entry forbids imports from the listed folders.
// A file must match only one entry: a later entry's no-restricted-imports replaces an earlier one's.
const boundary = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
})

const SCRIPTS_FORBIDDEN = [
  'react',
  'react-dom',
  '**/src/views/**',
  '**/src/charts/**',
  '**/src/map/**',
  '**/src/data/**',
  '**/src/state/**',
  '**/src/model/**',
]
const SCRIPTS_MESSAGE = 'scripts import only schema and stats from the app, never React or UI code.'
const EDGE_MESSAGE =
  "Parsers read nothing themselves: read the file in the source's run.ts (or a read*.ts reader) and pass the table, grid or text."

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', '.data-build', 'bench/results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML (CSP and XSS).',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  boundary(
    ['src/schema/**', 'src/stats/**'],
    [
      '**/data/**',
      '**/state/**',
      '**/model/**',
      '**/charts/**',
      '**/map/**',
      '**/views/**',
      '**/briefing/**',
      'react',
      'react-dom',
    ],
    'schema and stats import nothing from the app.',
  ),
  boundary(
    ['src/model/**'],
    ['**/data/**', '**/state/**', '**/charts/**', '**/map/**', '**/views/**', 'react', 'react-dom', '@tanstack/*'],
    'model is the pure domain: it imports only schema and stats.',
  ),
  boundary(
    ['src/data/**'],
    ['**/state/**', '**/model/**', '**/charts/**', '**/map/**', '**/views/**', 'react', 'react-dom'],
    'data loads and validates files: it imports only schema and stats.',
  ),
  boundary(
    ['src/state/**'],
    ['**/charts/**', '**/map/**', '**/views/**'],
    'state holds the URL: it imports schema, stats, model and the catalogue loaders, never UI.',
  ),
  boundary(
    ['src/charts/**'],
    ['**/views/**', '**/data/*', '**/state/**', '**/map/**', '**/gradient/**', '**/search/**', '@tanstack/react-query'],
    'charts get data through props, never fetch; only views use the map (deleting src/map breaks only views).',
  ),
  boundary(
    ['src/gradient/**'],
    [
      '**/data/**',
      '**/state/**',
      '**/model/**',
      '**/map/**',
      '**/views/**',
      '**/search/**',
      'react',
      'react-dom',
      '@tanstack/*',
    ],
    'gradient is the worker-side analysis of a user file: schema, stats and the CSV builder only, no UI and no fetching.',
  ),
  boundary(
    ['src/map/**'],
    ['**/views/**', '**/data/*', '**/state/**', '**/gradient/**', '**/search/**', '@tanstack/react-query'],
    'the map gets data through props, never fetches.',
  ),
  boundary(
    ['src/search/**'],
    ['**/views/**', '**/data/*', '**/state/**', '**/model/**', '**/charts/**', '**/map/**', '**/gradient/**', 'react'],
    'search matches names: it imports only schema and stats.',
  ),
  // A page folder (src/views/<page>) never imports another page; what pages share lives in views/shared or below.
  { files: ['src/views/**'], plugins: { csc: { rules: { 'no-page-imports': noPageImports } } } },
  { files: ['src/views/**'], rules: { 'csc/no-page-imports': 'error' } },
  // One loading and error pattern: a page shows a failed request through PendingPage (header, message, Try again).
  {
    files: ['src/views/**'],
    ignores: ['src/views/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/QueryStatus'],
              importNames: ['LoadError'],
              message:
                'Show a failed request with PendingPage and a PageLoad (views/shared/pageLoad), like every page.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/**'], plugins: { fixtures: { rules: { 'no-fixtures-in-app': noFixturesInApp } } } },
  { files: ['src/**'], rules: { 'fixtures/no-fixtures-in-app': 'error' } },
  boundary(['scripts/**'], SCRIPTS_FORBIDDEN, SCRIPTS_MESSAGE),
  // The build reads files only at its edges (each source's run.ts, read*.ts readers, the source catalogue): parsers
  // take tables, grids or text, so they can be tested on fixtures in memory and their errors name the file they were
  // given. This entry repeats the scripts rule above, because a later no-restricted-imports replaces an earlier one.
  {
    files: ['scripts/etl/**/*.ts'],
    ignores: [
      'scripts/etl/**/run.ts',
      'scripts/etl/**/read*.ts',
      'scripts/etl/sourceCatalogue.ts',
      'scripts/etl/**/*.test.ts',
      'scripts/etl/**/fixtures/**',
      'scripts/etl/testing/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:fs', message: EDGE_MESSAGE },
            { name: 'node:fs/promises', message: EDGE_MESSAGE },
          ],
          patterns: [
            ...SCRIPTS_FORBIDDEN.map((group) => ({ group: [group], message: SCRIPTS_MESSAGE })),
            { group: ['**/lib/readCsv'], importNames: ['readCsv'], message: EDGE_MESSAGE },
            { group: ['**/lib/readWorkbook'], importNames: ['readSheet'], message: EDGE_MESSAGE },
            { group: ['**/lib/readText', '**/lib/readParquet'], message: EDGE_MESSAGE },
          ],
        },
      ],
    },
  },
)
