// The production server: Next's request handler behind a small edge of our own
// (lib/http/edge.ts) that names the client from the socket and TRUST_PROXY and answers malformed
// and oversize requests itself. `npm start`, the browser tests and the benchmark all run it:
//   NODE_ENV=production tsx scripts/serve-next.ts --hostname 127.0.0.1 --port 3000
import crypto from 'node:crypto'
import { createRequire } from 'node:module'
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import next from 'next'
import { openPoolConnections } from '@/db/client'
import { EnvError, getEnv } from '@/lib/env'
import { CACHE_HANDLER_FILE } from '@/lib/server/cache-handler-file'
import { edgeHandler } from '@/lib/http/edge'
import { shareInternalSecret, type Internal } from '@/lib/http/internal'
import { startScheduler } from '@/lib/http/scheduler'

const { values } = parseArgs({ options: { hostname: { type: 'string' }, port: { type: 'string' } } })

let env
try {
  env = getEnv()
} catch (error) {
  if (!(error instanceof EnvError)) throw error
  console.error(error.message)
  process.exit(1)
}
const hostname = values.hostname ?? env.HOSTNAME
const port = Number(values.port ?? env.PORT)

// This server's own loopback requests (the scheduler's tick, a taken-down article's notice) carry
// a secret made for this process only (lib/http/internal.ts, docs/decisions/019).
const loopbackHost = hostname === '::1' || hostname === 'localhost' ? hostname : '127.0.0.1'
const internal: Internal = {
  secret: crypto.randomBytes(32).toString('base64url'),
  origin: `http://${loopbackHost.includes(':') ? `[${loopbackHost}]` : loopbackHost}:${port}`,
}
shareInternalSecret(internal.secret)

const app = next({ dev: false, dir: process.cwd(), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
// The first pages rendered after a start do not wait for database connections (shared with the
// app's bundles through globalThis, db/client.ts).
if (env.DATABASE_URL) await openPoolConnections()

// With a shared cache, the build's prerendered pages go into it before the first request, through
// the handler Next itself loads from the build folder (docs/decisions/023).
if (env.REDIS_URL) {
  const distDir = path.resolve(env.NEXT_DIST_DIR)
  const handler = createRequire(import.meta.url)(path.join(distDir, CACHE_HANDLER_FILE)) as typeof import('@/lib/server/cache-handler')
  const written = await handler.seedPrerendered(path.join(distDir, 'server'), env.REDIS_URL)
  if (written > 0) console.log(`Shared cache: ${written} prerendered entries of this build written`)
}

const edge = edgeHandler((req, res) => handle(req, res), { trustProxy: env.TRUST_PROXY, siteUrl: env.SITE_URL, internal })
const server = http.createServer((req, res) => {
  Promise.resolve(edge(req, res)).catch((error: unknown) => {
    console.error(error)
    if (!res.headersSent) {
      res.statusCode = 500
      res.end()
    }
  })
})
server.on('error', (error) => {
  console.error(`Cannot serve on ${hostname}:${port}: ${error.message}`)
  process.exit(1)
})
let stopScheduler = () => {}
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname}:${port}`)
  // Scheduled articles: once now (catching up on what came due while down), then every 10 s.
  stopScheduler = startScheduler(internal, (message) => console.log(message))
})

let closing = false
function shutdown() {
  if (closing) return
  closing = true
  stopScheduler()
  // Stop taking connections, let requests in flight finish, then close the app.
  server.close(() => {
    void app.close().finally(() => process.exit(0))
  })
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
