import next from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import drizzle from 'eslint-plugin-drizzle'
import regexp from 'eslint-plugin-regexp'

// The layers (docs/decisions/010-layers.md): imports run one way, app/ -> components/ and
// lib/server/ -> db/ -> pure lib/. Flat config replaces a rule's options per block instead of
// merging them, so every file group gets one block with its whole list; the last matching block
// wins, so the narrower groups come after the wider ones.
const SQL = 'SQL lives in db/queries.'
const restrict = {
  sql: {
    paths: [{ name: 'drizzle-orm', message: SQL }],
    patterns: [{ group: ['drizzle-orm/*', 'better-sqlite3'], message: SQL }],
  },
  nextLink: { paths: [{ name: 'next/link', message: 'Use components/link.tsx, which does not prefetch.' }] },
  // Type imports are erased: a component may name a row type without reaching the database.
  dbAtRunTime: (message) => ({ patterns: [{ group: ['@/db', '@/db/*', '**/db/*'], message, allowTypeImports: true }] }),
  pureLib: {
    paths: [
      { name: 'next', message: 'Pure lib/ does not import Next; server code goes in lib/server/.', allowTypeImports: true },
      { name: 'server-only', message: 'Pure lib/ is not server-only; server code goes in lib/server/.' },
    ],
    patterns: [
      { group: ['next/*'], message: 'Pure lib/ does not import Next; server code goes in lib/server/.' },
      { group: ['@/lib/server/*', '**/server/*'], message: 'Pure lib/ imports only pure lib/; server code goes in lib/server/.' },
      { group: ['@/app/*', '@/components/*'], message: 'Pure lib/ imports only pure lib/.' },
    ],
  },
  db: {
    paths: [
      { name: 'next', message: 'db/ does not import Next.' },
      { name: '@/lib/paths', message: 'db/ returns rows; paths are built above it.' },
      { name: '@/lib/strings', message: 'db/ returns rows; labels are chosen above it.' },
    ],
    patterns: [
      { group: ['next/*'], message: 'db/ does not import Next.' },
      { group: ['@/lib/server/*', '@/components/*', '@/app/*'], message: 'db/ imports only pure lib/.' },
      { group: ['@/tests/*', '**/tests/*'], message: 'db/ is production code: nothing from tests/.' },
    ],
  },
  island: {
    paths: [{ name: 'server-only', message: 'A client island runs in the browser.' }],
    patterns: [
      {
        // Server actions are the one server module an island may call.
        regex: '^@/lib/server/(?!actions/)',
        message: 'Client islands import no server module except server actions (lib/server/actions/*) and `import type`.',
        allowTypeImports: true,
      },
      { group: ['@/app/*'], message: 'Client islands import no route modules.', allowTypeImports: true },
    ],
  },
  // The islands of static pages (components/islands/, docs/decisions/013) are bundled alone for
  // the browser: no server module, no server action (nothing turns it into a call), no framework.
  staticIsland: {
    patterns: [
      {
        group: ['@/lib/server/*', '@/db/*', '@/app/*', '@/components/*', 'next', 'next/*', 'react', 'react-dom', 'react-dom/*'],
        message: 'Static page islands are plain browser code: pure lib/ only.',
        allowTypeImports: true,
      },
    ],
  },
}

function restricted(...lists) {
  return {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { paths: lists.flatMap((l) => l.paths ?? []), patterns: lists.flatMap((l) => l.patterns ?? []) },
    ],
  }
}

const layerRules = [
  // app/ and lib/server/ may import everything below them, but SQL only through db/queries.
  { files: ['app/**', 'lib/server/**'], rules: restricted(restrict.sql, restrict.nextLink) },
  {
    files: ['lib/**'],
    ignores: ['lib/server/**', 'lib/**/*.test.{ts,tsx}'],
    rules: restricted(
      restrict.sql,
      restrict.dbAtRunTime('Pure lib/ does not reach the database; server code goes in lib/server/.'),
      restrict.pureLib,
    ),
  },
  // Tests beside pure modules may render what they test.
  { files: ['lib/**/*.test.{ts,tsx}'], rules: restricted(restrict.sql, restrict.nextLink) },
  { files: ['db/**'], rules: restricted(restrict.db) },
  {
    files: ['components/**'],
    rules: restricted(
      restrict.sql,
      restrict.nextLink,
      restrict.dbAtRunTime('Components get data from the page or a loader in lib/server/.'),
    ),
  },
  // The one wrapper of next/link.
  {
    files: ['components/link.tsx'],
    rules: restricted(restrict.sql, restrict.dbAtRunTime('Components get data from the page or a loader in lib/server/.')),
  },
  {
    files: ['**/*.client.tsx', '**/*.client.ts'],
    rules: restricted(restrict.sql, restrict.nextLink, restrict.dbAtRunTime('Client islands cannot reach the database.'), restrict.island),
  },
  { files: ['components/islands/**'], rules: restricted(restrict.sql, restrict.staticIsland) },
]

// The query modules run every statement through an awaited drizzle query (no sync execution).
const asyncQueryModules = ['db/queries/*.ts']

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
  ...layerRules,
  // Queries are awaited (docs/decisions/021): the synchronous execution methods of the SQLite
  // driver would bypass the transaction gate and have no PostgreSQL counterpart. (The demo seed
  // and the export write a SQLite file of their own, synchronously, by design.)
  {
    files: asyncQueryModules,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[arguments.length=0][callee.type='MemberExpression'][callee.property.name='get']",
          message: 'Await the query instead: `const [row] = await db.select()...limit(1)` (or `(await query)` for all rows).',
        },
        {
          // A chain's `.values()`, not a Map's.
          selector:
            "CallExpression[arguments.length=0][callee.type='MemberExpression'][callee.object.type='CallExpression'][callee.property.name='values']",
          message: 'Await the query instead: `const [row] = await db.select()...limit(1)` (or `(await query)` for all rows).',
        },
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(all|run)$/]:not([callee.object.name='Promise'])",
          message:
            'Await the query instead: `await db.select()...` for rows, `await db.update()...` to run it; a prepared statement with `await statement.execute(params)`; raw SQL with rawAll/rawRun from db/client.',
        },
      ],
    },
  },
]

export default config
