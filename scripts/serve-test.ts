// A production server on a fresh demo database, for the end-to-end tests and the benchmark:
//   tsx scripts/serve-test.ts --port 3100 --db ./data/e2e.db
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { ensureBuild, forwardSignals, prepareDatabase, startServer } from './lib/server'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3100' }, db: { type: 'string', default: './data/e2e.db' } },
})
const port = Number(values.port)
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${values.db}${suffix}`, { force: true })

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_FILE: values.db,
  PORT: String(port),
  SITE_URL: `http://127.0.0.1:${port}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'test-secret-for-local-servers-only-0123456789',
  AUTH_TRUST_HOST: 'true',
  LOG_LEVEL: 'warn',
  // The browser tests read the statement counter of /api/health (tests/e2e/cache.spec.ts).
  HEALTH_STATEMENTS: 'true',
}
prepareDatabase(env)
ensureBuild(env)
forwardSignals(startServer(env, '127.0.0.1', port))
