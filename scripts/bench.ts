// `npm run bench`: on loopback, in one run, alternating: a bare Node http server sending the seed
// article's exact bytes and headers, the same article from the production server
// (scripts/serve-next.ts, an anonymous cache hit: the static HTML), the App Router page of the same
// article (what a browser that has signed in gets), and a signed-in page view (the page and the
// who-am-I request its island makes, with a session cookie); then the pages' first-load JavaScript.
// When nginx is installed (apt-get install nginx-light), also the article through the nginx
// micro-cache (scripts/nginx/fakta.conf.template in front of the same server, an anonymous cache
// hit) and, from the same nginx, the article's bytes and headers from a file.
//
// The load comes from `wrk` (Debian package `wrk`) when it is installed. autocannon is the
// fallback, and it caps the bare server near 2,000 req/s on this machine: the ratio then measures
// the load tool. The load tool's CPU share is printed next to the server's, so a saturated load
// tool shows.
// Then, when PostgreSQL and Redis answer, the scale-out part (scripts/bench-scale.ts): the article
// and the signed-in view on SQLite, on PostgreSQL + Redis, and on two such instances behind nginx,
// and the comment bench on SQLite, on one PostgreSQL instance and on two behind nginx,
// --scale-duration seconds a row.
//   npm run bench [-- --duration 10 --rounds 2 --connections 32 --comments --scale-duration 5 --skip-scale --only-comments --port-base 3200]
// --only-comments: of all this, only the scale-out part's comment bench (the three set-ups side by side).
// --comments then runs a short `npm run bench:comments` (comments posted under load; it needs
// `npm run build`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'
import Database from 'better-sqlite3'
import { encode } from 'next-auth/jwt'
import { benchScale } from './bench-scale'
import { findNginx, startNginx } from './lib/nginx'
import { CORES, hasWrk, load as loadAll, pct, sleep, waitFor, WRK_THREADS, type Result, type Target } from './lib/load'

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    comments: { type: 'boolean', default: false },
    // The scale-out part (scripts/bench-scale.ts): its seconds a row, or skipped.
    'scale-duration': { type: 'string', default: '5' },
    'skip-scale': { type: 'boolean', default: false },
    // Of the scale-out part, only the comment bench (SQLite, one and two PostgreSQL instances); nothing before it.
    'only-comments': { type: 'boolean', default: false },
    // The servers listen on PORT_BASE…PORT_BASE+6 (and +10 for the comment bench).
    'port-base': { type: 'string', default: '3200' },
  },
})
if (args['only-comments'] && args['skip-scale']) {
  console.error('bench: --only-comments runs a part of the scale-out part, which --skip-scale skips')
  process.exit(2)
}
const PORT_BASE = Number(args['port-base'])
if (!Number.isInteger(PORT_BASE) || PORT_BASE < 1024 || PORT_BASE > 65_000) {
  console.error('bench: --port-base must be a whole number from 1024 to 65000')
  process.exit(2)
}
const NEXT_PORT = PORT_BASE
const BARE_PORT = PORT_BASE + 1
const PROXY_PORT = PORT_BASE + 2
const NGINX_FILE_PORT = PORT_BASE + 3
const SEED = '/news/internasional/nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir'
const DURATION = Number(args.duration)
const ROUNDS = Number(args.rounds)
const CONNECTIONS = Number(args.connections)
const WARMUP = 3

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-bench-'))
const loadOptions = { duration: DURATION, connections: CONNECTIONS, scratch }
const load = (target: Target, duration = DURATION) => loadAll(target, { ...loadOptions, duration })

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

// The bare server runs in a process of its own, so its CPU time is its own.
const BARE_SERVER = `
const http = require('node:http'), fs = require('node:fs')
const [bodyFile, headerFile, port] = process.argv.slice(1)
const body = fs.readFileSync(bodyFile), headers = JSON.parse(fs.readFileSync(headerFile, 'utf8'))
http.createServer((_req, res) => { res.writeHead(200, headers); res.end(body) }).listen(Number(port), '127.0.0.1')
`
let bare: ReturnType<typeof spawn> | undefined

/**
 * A server block for the nginx that runs the micro-cache: the article's bytes from a file, with
 * the app's Content-Type and other headers (nginx adds its own Content-Length, ETag and
 * Last-Modified, as for any file).
 */
function nginxFileServer(headers: Record<string, string>): string {
  const quote = (value: string) => {
    // A `$` cannot be escaped in an nginx string.
    if (value.includes('$')) throw new Error(`A header of the article holds a '$', which nginx cannot send as is: ${value}`)
    return `"${value.replace(/[\\"]/g, '\\$&')}"`
  }
  const own = ['content-type', 'content-length', 'etag', 'last-modified', 'accept-ranges', 'date', 'server']
  const added = Object.entries(headers)
    .filter(([name]) => !own.includes(name))
    .map(([name, value]) => `    add_header ${name} ${quote(value)} always;`)
  return [
    'server {',
    `  listen 127.0.0.1:${NGINX_FILE_PORT};`,
    '  server_name _;',
    `  root ${quote(scratch)};`,
    '  location = / {',
    '    try_files /body.html =404;',
    '    types {}',
    `    default_type ${quote(headers['content-type'] ?? 'text/html; charset=utf-8')};`,
    ...added,
    '  }',
    '}',
  ].join('\n')
}

let proxy: { child: ChildProcess; prefix: string } | undefined

/** Stops nginx (SIGQUIT: it finishes what it is sending) and removes its prefix folder. */
async function stopProxy(): Promise<void> {
  if (!proxy) return
  const { child, prefix } = proxy
  proxy = undefined
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGQUIT')
    if ((await Promise.race([exited, sleep(5000).then(() => 'timeout')])) === 'timeout') {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
    }
  }
  fs.rmSync(prefix, { recursive: true, force: true })
}

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
const HINT = 'fakta_signed_in=1'

const stop = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM')
  } catch {}
  bare?.kill()
  if (proxy) {
    try {
      process.kill(-proxy.child.pid!, 'SIGQUIT')
    } catch {}
    fs.rmSync(proxy.prefix, { recursive: true, force: true })
  }
  fs.rmSync(scratch, { recursive: true, force: true })
}
process.on('exit', stop)
// The servers run in process groups of their own, which Ctrl-C does not reach: exit through stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

/** The scale-out part (scripts/bench-scale.ts); `cookie`: the demo reader's session on the SQLite server. */
const scale = (base: string, cookie: string, onlyComments = false) =>
  benchScale({
    sqlite: { origin: base, pgrp: server.pid!, cookie },
    seed: SEED,
    secret,
    ports: [PORT_BASE + 4, PORT_BASE + 5, PORT_BASE + 6],
    duration: Number(args['scale-duration']),
    warmup: WARMUP,
    connections: CONNECTIONS,
    scratch,
    comments: { duration: Number(args['scale-duration']), port: PORT_BASE + 10, sqliteDist: '.next-bench' },
    onlyComments,
  })

try {
  const base = `http://127.0.0.1:${NEXT_PORT}`
  await waitFor(`${base}/api/health`, 600_000)
  if (args['only-comments']) await scale(base, '', true)
  else {
    // Uncompressed, as wrk gets it (it sends no Accept-Encoding): the bytes and the headers to copy.
    const plain = { 'accept-encoding': 'identity' }
    const page = await fetch(`${base}${SEED}`, { headers: plain })
    const html = Buffer.from(await page.arrayBuffer())
    const headers = Object.fromEntries(
      [...page.headers].filter(([key]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)),
    )
    fs.writeFileSync(path.join(scratch, 'body.html'), html)
    fs.writeFileSync(path.join(scratch, 'headers.json'), JSON.stringify(headers))
    bare = spawn(
      process.execPath,
      ['-e', BARE_SERVER, path.join(scratch, 'body.html'), path.join(scratch, 'headers.json'), String(BARE_PORT)],
      {
        stdio: 'inherit',
      },
    )
    await waitFor(`http://127.0.0.1:${BARE_PORT}/`, 10_000)

    // nginx with the shipped config in front of the same app server, and the file server next to it.
    // Detached: nginx's master and workers then share a process group whose CPU time is measured.
    const proxyBase = `http://127.0.0.1:${PROXY_PORT}`
    const nginxFile = `http://127.0.0.1:${NGINX_FILE_PORT}/`
    if (findNginx()) {
      // Run as root, nginx's workers run as nobody: they must be able to read the article's file.
      fs.chmodSync(scratch, 0o755)
      proxy = startNginx({
        listen: `127.0.0.1:${PROXY_PORT}`,
        upstream: `127.0.0.1:${NEXT_PORT}`,
        staticDir: path.resolve('.next-bench', 'static'),
        publicDir: path.resolve('public'),
        extraServers: nginxFileServer(headers),
        detached: true,
      })
      await waitFor(`${proxyBase}/api/health`, 10_000)
      await waitFor(nginxFile, 10_000)
      // Both send the article's bytes, as to wrk.
      for (const url of [`${proxyBase}${SEED}`, nginxFile]) {
        const body = Buffer.from(await (await fetch(url, { headers: plain })).arrayBuffer())
        if (!body.equals(html)) console.warn(`WARNING: ${url} sent ${body.length} bytes, not the article's ${html.length}`)
      }
    }

    const cookie = await readerCookie()
    const me = await fetch(`${base}/api/me`, { headers: { cookie } })
    const who = (await me.json()) as { signedIn?: boolean; name?: string }
    if (!who.signedIn) throw new Error('The bench session was not accepted by /api/me')

    const targets: Target[] = [
      { name: 'bare node', url: `http://127.0.0.1:${BARE_PORT}/`, server: { pid: bare.pid } },
      { name: 'production', url: `${base}${SEED}`, server: { pgrps: [server.pid!] } },
      // The same article as the App Router page, which a browser that has signed in gets (the hint
      // cookie alone, no session: the page itself is the same static page for every such reader).
      { name: 'app router page', url: `${base}${SEED}`, server: { pgrps: [server.pid!] }, cookie: HINT },
      { name: 'signed-in view', url: `${base}${SEED}`, server: { pgrps: [server.pid!] }, cookie, view: true },
    ]
    if (proxy) {
      // No cookie: the anonymous reader's entry in the micro-cache. Its misses reach the app.
      targets.push(
        { name: 'through nginx', url: `${proxyBase}${SEED}`, server: { pgrps: [proxy.child.pid!, server.pid!] } },
        { name: 'nginx file', url: nginxFile, server: { pgrps: [proxy.child.pid!] } },
      )
    }
    const tool = hasWrk
      ? `wrk, ${WRK_THREADS} thread, ${CONNECTIONS} connections (one thread leaves the other core to the server)`
      : `autocannon, ${CONNECTIONS} connections`
    if (hasWrk) console.log(`Load tool: ${tool}.`)
    else
      console.warn(
        'WARNING: wrk is not installed (apt-get install wrk); falling back to autocannon, which saturates first on this machine:\n' +
          'the ratios below are then capped by the load tool, not by the servers.',
      )

    console.log(`Warming up (${WARMUP} s each)…`)
    for (const target of targets) await load(target, WARMUP)

    const results: Result[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) results.push({ ...(await load(target)), name: `${target.name} #${round}` })
    }

    const js = await firstLoadJs(html.toString('utf8'), base)
    const appHtml = await (await fetch(`${base}${SEED}`, { headers: { cookie: HINT } })).text()
    const appJs = await firstLoadJs(appHtml, base)
    // The 404 page has the framework and the layout but no island: the difference is the article's own.
    const shell = await firstLoadJs(await (await fetch(`${base}/bench-shell-404`)).text(), base)
    const own = total(new Map([...appJs].filter(([src]) => !shell.has(src))))
    const avg = (prefix: string) => {
      const rows = results.filter((r) => r.name.startsWith(prefix))
      return rows.reduce((sum, r) => sum + r.rps, 0) / rows.length
    }
    const toolName = hasWrk ? 'wrk' : 'autocannon'
    console.log(
      `\nSeed article, ${html.length} bytes as static HTML (App Router page: ${Buffer.byteLength(appHtml)} bytes); ${tool}; ${DURATION} s per run after a ${WARMUP} s warm-up; loopback`,
    )
    console.log(`CPU: share of the machine's ${CORES} cores over the run (${pct(1 / CORES)} = one core busy)`)
    console.log(`run                 req/s   p50 ms   p99 ms   errors  non-2xx  ${toolName.padStart(10)} CPU   server CPU`)
    for (const r of results) {
      console.log(
        `${r.name.padEnd(18)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${pct(r.toolCpu).padStart(14)} ${pct(r.serverCpu).padStart(12)}`,
      )
    }
    const ratio = avg('production') / avg('bare')
    console.log(
      `\nproduction (static HTML for an anonymous reader) / bare node: ${(ratio * 100).toFixed(1)}% (goal: at least 10% with wrk)`,
    )
    console.log(`static HTML / App Router page, requests per second: ${(avg('production') / avg('app router')).toFixed(1)}x`)
    // Each view is two requests: the page and /api/me (session check against the database).
    const views = avg('signed-in') / 2
    console.log(
      `Signed-in page views (page + who-am-I as ${who.name}, cookie on both): ${views.toFixed(0)}/s; ${((views / avg('bare')) * 100).toFixed(1)}% of bare node (goal: at least 5%)`,
    )
    if (proxy) console.log(`through nginx / nginx file: ${pct(avg('through nginx') / avg('nginx file'))} (goal: at least 80%)`)
    else console.log('through nginx, nginx file: skipped, nginx is not installed (apt-get install nginx-light)')
    console.log(`First-load JavaScript of the article as static HTML: ${js.size} file(s), ${kb(total(js))} gzip`)
    console.log(`First-load JavaScript of the App Router article page: ${appJs.size} files, ${kb(total(appJs))} gzip`)
    console.log(`  framework and layout (as on a page without islands): ${kb(total(shell))}; the article's own islands: ${kb(own)}`)
    console.log(`Cache-Control of the article page: ${headers['cache-control'] ?? '(none)'}`)
    if (!hasWrk) console.warn('WARNING: measured with autocannon; install wrk for figures that measure the servers.')

    if (args['skip-scale']) console.log('\nScale-out: skipped (--skip-scale).')
    else await scale(base, cookie)
  }
} finally {
  await stopProxy()
  stop()
}
if (args.comments) {
  // After the servers above stopped: it runs its own, on .next, and posts for 10 s a phase.
  console.log('\nComments under load (npm run bench:comments -- --duration 10):')
  const comments = spawnSync('npx', ['tsx', 'scripts/bench-comments.ts', '--duration', '10'], { stdio: 'inherit' })
  process.exit(comments.status ?? 1)
}
console.log('Comments under load: not measured here; `npm run bench -- --comments` or `npm run bench:comments`.')
process.exit(0)
