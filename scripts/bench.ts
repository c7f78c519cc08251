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
//   npm run bench [-- --duration 10 --rounds 2 --connections 32 --comments]
// --comments then runs a short `npm run bench:comments` (comments posted under load; it needs
// `npm run build`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { encode } from 'next-auth/jwt'
import { findNginx, startNginx } from './lib/nginx'
import { cpuSeconds, TICKS } from './lib/proc'

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    comments: { type: 'boolean', default: false },
  },
})
const NEXT_PORT = 3200
const BARE_PORT = 3201
const PROXY_PORT = 3202
const NGINX_FILE_PORT = 3203
const SEED = '/news/internasional/nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir'
const DURATION = Number(args.duration)
const ROUNDS = Number(args.rounds)
const CONNECTIONS = Number(args.connections)
const WARMUP = 3
const CORES = os.availableParallelism()
// One wrk thread: it then uses at most one core and leaves the other to the server under test
// (Node serves from one thread).
const WRK_THREADS = 1

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const hasWrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-bench-'))

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

type Target = { name: string; url: string; server: { pid?: number; pgrps?: number[] }; cookie?: string; view?: boolean }
type Result = {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  toolCpu: number
  serverCpu: number
}

const share = (cpu: number, wall: number) => cpu / (wall * CORES)

/** wrk's latency figure ("850.00us", "1.20ms", "2.01s") in milliseconds. */
function millis(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text)
  if (!m) return NaN
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm']
  return Number(m[1]) * scale
}

/** A wrk Lua script: every connection asks for the page, then for /api/me, with the cookie. */
function viewScript(cookie: string): string {
  const file = path.join(scratch, 'signed-in-view.lua')
  const headers = `{ ["Cookie"] = ${JSON.stringify(cookie)} }`
  // The requests are built in init(): wrk fills in the Host header only then.
  fs.writeFileSync(
    file,
    [
      'local requests',
      'local i = 0',
      'init = function()',
      `  requests = { wrk.format("GET", ${JSON.stringify(SEED)}, ${headers}), wrk.format("GET", "/api/me", ${headers}) }`,
      'end',
      'request = function()',
      '  i = i % 2 + 1',
      '  return requests[i]',
      'end',
      '',
    ].join('\n'),
  )
  return file
}

/** Runs a command to its end; its output. The event loop keeps running meanwhile (no spawnSync). */
function capture(command: string, commandArgs: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

async function runWrk(target: Target, duration: number): Promise<Result> {
  const wrkArgs = [`-t${WRK_THREADS}`, `-c${CONNECTIONS}`, `-d${duration}s`, '--latency']
  if (target.view && target.cookie) wrkArgs.push('-s', viewScript(target.cookie))
  else if (target.cookie) wrkArgs.push('-H', `Cookie: ${target.cookie}`)
  wrkArgs.push(target.url)
  // The shell waits for wrk, so its own stat then holds wrk's CPU time (cutime, cstime).
  const script = 'wrk "$@"; code=$?; echo "wrk-cpu $(cut -d" " -f16,17 /proc/$$/stat)"; exit $code'
  const before = cpuSeconds(target.server)
  const started = process.hrtime.bigint()
  const run = await capture('sh', ['-c', script, 'sh', ...wrkArgs])
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const serverCpu = cpuSeconds(target.server) - before
  const out = run.stdout
  if (run.code !== 0) throw new Error(`wrk failed: ${run.stderr || out}`)
  const [ut = '0', st = '0'] = /wrk-cpu (\d+ \d+)/.exec(out)?.[1]?.split(' ') ?? []
  const toolCpu = (Number(ut) + Number(st)) / TICKS
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    name: target.name,
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: millis(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ''),
    p99: millis(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ''),
    errors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    toolCpu: share(toolCpu, wall),
    serverCpu: share(serverCpu, wall),
  }
}

async function runAutocannon(target: Target, duration: number): Promise<Result> {
  const headers = target.cookie ? { cookie: target.cookie } : undefined
  const requests: autocannon.Request[] | undefined = target.view
    ? [
        { path: SEED, headers },
        { path: '/api/me', headers },
      ]
    : undefined
  const before = cpuSeconds(target.server)
  const cpu = process.cpuUsage()
  const started = process.hrtime.bigint()
  const result = await autocannon({ url: target.url, connections: CONNECTIONS, duration, pipelining: 1, requests, headers })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const used = process.cpuUsage(cpu)
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    toolCpu: share((used.user + used.system) / 1e6, wall),
    serverCpu: share(cpuSeconds(target.server) - before, wall),
  }
}

const load = (target: Target, duration = DURATION) => (hasWrk ? runWrk(target, duration) : runAutocannon(target, duration))

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
const pct = (x: number) => `${(x * 100).toFixed(0)}%`

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

try {
  const base = `http://127.0.0.1:${NEXT_PORT}`
  await waitFor(`${base}/api/health`, 600_000)
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
  console.log(`\nproduction (static HTML for an anonymous reader) / bare node: ${(ratio * 100).toFixed(1)}% (goal: at least 10% with wrk)`)
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
