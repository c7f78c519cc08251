import next from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import drizzle from 'eslint-plugin-drizzle'
import regexp from 'eslint-plugin-regexp'

const config = [
  ...next,
  ...nextTs,
  // No regular expression may backtrack super-linearly on user input: every pattern, every folder.
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Quadratic scans are as dangerous as backtracking: a pattern tried at every position.
      'regexp/no-super-linear-move': 'error',
      // Sanitisers name the control characters they remove on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    // Only db/ speaks SQL; pages, components and client islands go through db/queries.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'drizzle-orm', message: 'SQL lives in db/queries.' },
            { name: 'next/link', message: 'Use components/link.tsx, which does not prefetch.' },
          ],
          patterns: [{ group: ['drizzle-orm/*', 'better-sqlite3'], message: 'SQL lives in db/queries.' }],
        },
      ],
    },
  },
  { files: ['components/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['**/*.client.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/db/*', '**/db/*'], message: 'Client islands cannot reach the database.' }] },
      ],
    },
  },
]

export default config
