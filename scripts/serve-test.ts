// A production server on a fresh demo database, for the end-to-end tests and the benchmark:
//   tsx scripts/serve-test.ts --port 3303 --db /tmp/fakta-e2e-3303/e2e.db [--dist .next-test]
// It builds into its own folder (.next-test unless --dist says otherwise), so it never replaces
// or invalidates the bundle `npm start` serves from .next.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ensureBuild, envOrExit, forwardSignals, prepareDatabase, startServer } from './lib/server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3100' },
    db: { type: 'string' },
    dist: { type: 'string', default: '.next-test' },
  },
})
if (!values.db) {
  console.error('serve-test: --db <file> is required')
  process.exit(2)
}
const port = Number(values.port)
fs.mkdirSync(path.dirname(values.db), { recursive: true })
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${values.db}${suffix}`, { force: true })
// The uploads of the browser tests sit beside their database, never in data/media.
const mediaDir = path.join(path.dirname(values.db), 'media')
fs.rmSync(mediaDir, { recursive: true, force: true })

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_FILE: values.db,
  PORT: String(port),
  SITE_URL: `http://127.0.0.1:${port}`,
  NEXT_DIST_DIR: values.dist,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'test-secret-for-local-servers-only-0123456789',
  AUTH_TRUST_HOST: 'true',
  LOG_LEVEL: 'warn',
  MEDIA_DIR: mediaDir,
  // The browser tests read the statement counter of /api/health (tests/e2e/cache.spec.ts).
  HEALTH_STATEMENTS: 'true',
}
envOrExit(env)
prepareDatabase(env)
ensureBuild(env)
forwardSignals(startServer(env, '127.0.0.1', port))
