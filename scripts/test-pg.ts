// The integration suites again on PostgreSQL, when it answers (`npm run test:pg`, part of
// `npm test`). DATABASE_URL names the server (default: the local one); each test file gets its own
// database made from it (tests/setup/pg.ts). Without a server it says so and succeeds.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { postgresReachable, withoutPassword } from '@/db/postgres'

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'

if (!(await postgresReachable(url))) {
  console.log(`PostgreSQL not reachable at ${withoutPassword(url)}: skipping the PostgreSQL suite`)
  process.exit(0)
}
console.log(`Integration suites on PostgreSQL at ${withoutPassword(url)}`)
const vitest = path.join(process.cwd(), 'node_modules', '.bin', 'vitest')
const result = spawnSync(vitest, ['run', 'tests/integration', 'tests/security', 'tests/ops', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
})
process.exit(result.status ?? 1)
