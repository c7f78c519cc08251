// `npm run bench`: the seed article from the production server (scripts/serve-next.ts) against a
// bare Node http server that sends the very same bytes, loaded alternately in one run; a signed-in page view (the static page and
// the who-am-I request its island makes); and the page's first-load JavaScript.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { encode } from 'next-auth/jwt'

const NEXT_PORT = 3200
const BARE_PORT = 3201
const SEED = '/news/internasional/nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir'
const DURATION = 10
const CONNECTIONS = 32

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(url: string, timeoutMs: number) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await sleep(500)
  }
  throw new Error(`${url} did not come up in ${timeoutMs / 1000} s`)
}

type Result = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function load(name: string, url: string, duration = DURATION, requests?: autocannon.Request[]): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, requests })
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** The scripts a page loads and their gzip sizes. */
async function firstLoadJs(html: string, base: string): Promise<Map<string, number>> {
  const scripts = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ''))
  const sizes = new Map<string, number>()
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    sizes.set(src, zlib.gzipSync(body, { level: 9 }).length)
  }
  return sizes
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0)

// Its own database outside data/ and its own build folder: the bench never touches the database
// or the bundle of a running `npm start`.
const DB = path.join(os.tmpdir(), `fakta-bench-${NEXT_PORT}`, 'bench.db')
const secret = randomBytes(32).toString('base64url')
const server = spawn('npx', ['tsx', 'scripts/serve-test.ts', '--port', String(NEXT_PORT), '--db', DB, '--dist', '.next-bench'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
  env: { ...process.env, AUTH_SECRET: secret },
})

/** A session cookie for the demo reader, as Auth.js would set it after signing in. */
async function readerCookie(): Promise<string> {
  const db = new Database(DB, { readonly: true })
  const reader = db
    .prepare("select id, session_version as sv from users where role = 'reader' and status = 'active' order by id limit 1")
    .get() as { id: number; sv: number } | undefined
  db.close()
  if (!reader) throw new Error('No demo reader in the bench database')
  const name = 'authjs.session-token'
  const token = await encode({ token: { sub: String(reader.id), uid: reader.id, sv: reader.sv }, secret, salt: name })
  return `${name}=${token}; fakta_signed_in=1`
}
const stop = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)

try {
  const base = `http://127.0.0.1:${NEXT_PORT}`
  await waitFor(`${base}/api/health`, 600_000)
  const page = await fetch(`${base}${SEED}`)
  const html = await page.text()
  const headers = Object.fromEntries(
    [...page.headers].filter(([key]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)),
  )

  const bare = http.createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(html)
  })
  await new Promise<void>((resolve) => bare.listen(BARE_PORT, '127.0.0.1', resolve))

  console.log(`Warming up (3 s each)…`)
  await load('warm', `${base}${SEED}`, 3)
  await load('warm', `http://127.0.0.1:${BARE_PORT}/`, 3)

  const results: Result[] = []
  for (let round = 1; round <= 2; round++) {
    results.push(await load(`production server #${round}`, `${base}${SEED}`))
    results.push(await load(`bare node #${round}`, `http://127.0.0.1:${BARE_PORT}/`))
  }
  bare.close()

  // A signed-in reader's view: the same static page, then the island's who-am-I request.
  const cookie = await readerCookie()
  const me = await fetch(`${base}/api/me`, { headers: { cookie } })
  const who = (await me.json()) as { signedIn?: boolean; name?: string }
  if (!who.signedIn) throw new Error('The bench session was not accepted by /api/me')
  const view: autocannon.Request[] = [{ path: SEED }, { path: '/api/me', headers: { cookie } }]
  await load('warm', `${base}${SEED}`, 3, view)
  const signedIn = await load('signed-in view', `${base}${SEED}`, DURATION, view)

  const js = await firstLoadJs(html, base)
  // The 404 page has the framework and the layout but no island: the difference is the article's own.
  const shell = await firstLoadJs(await (await fetch(`${base}/bench-shell-404`)).text(), base)
  const own = total(new Map([...js].filter(([src]) => !shell.has(src))))
  const avg = (prefix: string) => {
    const rows = results.filter((r) => r.name.startsWith(prefix))
    return rows.reduce((sum, r) => sum + r.rps, 0) / rows.length
  }
  console.log(`\nSeed article, ${Buffer.byteLength(html)} bytes, ${CONNECTIONS} connections, ${DURATION} s per run`)
  console.log('run              req/s     p50 ms   p99 ms   errors   non-2xx')
  for (const r of results) {
    console.log(
      `${r.name.padEnd(16)} ${r.rps.toFixed(0).padStart(6)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(9)}`,
    )
  }
  const ratio = avg('next') / avg('bare')
  console.log(`\nproduction server / bare node: ${(ratio * 100).toFixed(1)}% (goal: at least 20%)`)
  // Each view is two requests: the page and /api/me (session check against the database).
  const views = signedIn.rps / 2
  console.log(
    `Signed-in page views (page + who-am-I as ${who.name}): ${views.toFixed(0)}/s, p99 ${signedIn.p99} ms, ${signedIn.errors + signedIn.non2xx} failed; ${((views / avg('bare')) * 100).toFixed(1)}% of bare node (goal: at least 5%)`,
  )
  console.log(`First-load JavaScript of the article page: ${js.size} files, ${kb(total(js))} gzip`)
  console.log(`  framework and layout (as on a page without islands): ${kb(total(shell))}; the article's own islands: ${kb(own)}`)
  console.log(`Cache-Control of the article page: ${headers['cache-control'] ?? '(none)'}`)
} finally {
  stop()
}
process.exit(0)
