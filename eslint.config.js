import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Module boundaries from DESIGN.md §1: each entry forbids imports from the listed folders.
const boundary = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
})

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
    ['**/data/**', '**/state/**', '**/charts/**', '**/map/**', '**/views/**', 'react', 'react-dom'],
    'schema and stats import nothing from the app.',
  ),
  boundary(
    ['src/charts/**', 'src/map/**'],
    ['**/views/**', '**/data/*', '@tanstack/react-query'],
    'charts and map get data through props, never fetch.',
  ),
  boundary(
    ['scripts/**'],
    ['react', 'react-dom', '**/src/views/**', '**/src/charts/**', '**/src/map/**'],
    'scripts never import React or UI code.',
  ),
)
