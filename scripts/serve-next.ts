// The production server: Next's request handler behind a small edge of our own
// (lib/http/edge.ts) that names the client from the socket and TRUST_PROXY and answers malformed
// and oversize requests itself. `npm start`, the browser tests and the benchmark all run it:
//   NODE_ENV=production tsx scripts/serve-next.ts --hostname 127.0.0.1 --port 3000
import http from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'
import { EnvError, getEnv } from '@/lib/env'
import { edgeHandler } from '@/lib/http/edge'

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

const app = next({ dev: false, dir: process.cwd(), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const edge = edgeHandler((req, res) => handle(req, res), { trustProxy: env.TRUST_PROXY, siteUrl: env.SITE_URL })
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
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`))

let closing = false
function shutdown() {
  if (closing) return
  closing = true
  // Stop taking connections, let requests in flight finish, then close the app.
  server.close(() => {
    void app.close().finally(() => process.exit(0))
  })
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
