// The scale-out part of `npm run bench`, when PostgreSQL and Redis answer: the anonymous seed
// article (the static HTML, a cache hit) and a signed-in page view (the App Router page and the
// who-am-I request, with a session cookie) from one instance on SQLite (the bench's own server),
// one instance on PostgreSQL with the shared cache in Redis, and two such instances behind nginx
// balancing round robin as `npm run start:cluster` does, with its micro-cache off so that every
// request reaches an instance; then the comment bench (scripts/bench-comments.ts, short phases)
// on SQLite, on one PostgreSQL instance, and on two PostgreSQL instances behind the same nginx
// (one database, one Redis; bench-comments.ts --origin). Same load tool, one run, loopback.
//
// PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) names the server; the
// run makes a database fakta_bench_<pid> of its own, and for the two-instance comment bench a copy
// of it made before any comment was posted (fakta_bench_<pid>_c2), and drops both at the end. Redis: REDIS_URL
// (default redis://127.0.0.1:6379); the run's cache entries sit under its build id and are
// removed at the end.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { encode } from 'next-auth/jwt'
import pg from 'pg'
import { postgresReachable, withDefaultUser } from '../db/postgres'
import { CORES, hasWrk, load, pct, sleep, waitFor, type Result, type Target } from './lib/load'
import { findNginx, startNginx } from './lib/nginx'
import { bin, startServer } from './lib/server'

export type ScaleOptions = {
  /** The bench's SQLite server: its origin and process group. */
  sqlite: { origin: string; pgrp: number; cookie: string }
  /** The article's path. */
  seed: string
  /** The session secret every server of the run signs with. */
  secret: string
  /** Three free ports: PostgreSQL instances 1 and 2, and the balancer in front of them. */
  ports: [number, number, number]
  duration: number
  warmup: number
  connections: number
  scratch: string
  /** Also the comment bench, on SQLite, on one PostgreSQL instance and on two behind nginx (bench-comments.ts --duration). */
  comments?: { duration: number; port: number; sqliteDist: string }
  /** The comment bench alone: no article or signed-in view rows. */
  onlyComments?: boolean
}

const DIST = '.next-bench-pg'
const COOKIE = 'authjs.session-token'

function shown(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

/** One Redis command over a plain socket (RESP inline); the first line of the answer, or undefined. */
function redisCommand(url: string, command: string): Promise<string | undefined> {
  const parsed = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 6379) })
    let answer = ''
    const done = (value: string | undefined) => {
      socket.destroy()
      resolve(value)
    }
    socket.setTimeout(2000, () => done(undefined))
    socket.on('error', () => done(undefined))
    socket.on('connect', () => {
      const db = parsed.pathname.slice(1)
      socket.write(`${db ? `SELECT ${db}\r\n` : ''}${command}\r\n`)
    })
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString()
      const lines = answer.split('\r\n')
      if (lines.length > (parsed.pathname.length > 1 ? 2 : 1)) done(lines[parsed.pathname.length > 1 ? 1 : 0])
    })
  })
}

/** `url` with another database name. */
function withDatabase(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDefaultUser(url) })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A session cookie for the first demo reader of a PostgreSQL database. */
async function readerCookie(url: string, secret: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDefaultUser(url) })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: number; sv: number }>(
      "select id, session_version as sv from users where role = 'reader' and status = 'active' order by id limit 1",
    )
    const reader = rows[0]
    if (!reader) throw new Error('No demo reader in the PostgreSQL bench database')
    const token = await encode({ token: { sub: String(reader.id), uid: reader.id, sv: reader.sv }, secret, salt: COOKIE })
    return `${COOKIE}=${token}; fakta_signed_in=1`
  } finally {
    await client.end()
  }
}

/** The share of the machine's CPU time that was not idle since `before` (all processes: PostgreSQL and Redis too). */
function machineBusy(): () => number {
  const read = () => {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    // idle and iowait
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
    return { idle, total: fields.reduce((a, b) => a + b, 0) }
  }
  const before = read()
  return () => {
    const after = read()
    const total = after.total - before.total
    return total > 0 ? 1 - (after.idle - before.idle) / total : NaN
  }
}

type Row = Result & { setup: string; kind: 'article' | 'view'; machine: number }

/** Ends a process group started detached: SIGTERM (SIGQUIT for nginx), SIGKILL after 5 s. */
async function stopGroup(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, signal)
  } catch {}
  if ((await Promise.race([exited, sleep(5000).then(() => 'timeout')])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
}

export async function benchScale(options: ScaleOptions): Promise<void> {
  const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
  // The instances' key prefix (lib/env.ts REDIS_PREFIX), for removing this run's entries.
  const redisPrefix = process.env.REDIS_PREFIX || 'fakta'
  const [pgUp, redisUp] = await Promise.all([postgresReachable(pgUrl), redisCommand(redisUrl, 'PING')])
  if (!pgUp || redisUp !== '+PONG') {
    const missing = [!pgUp && `PostgreSQL at ${shown(pgUrl)}`, redisUp !== '+PONG' && `Redis at ${shown(redisUrl)}`].filter(Boolean)
    console.log(`\nScale-out: skipped, ${missing.join(' and ')} did not answer (set DATABASE_URL / REDIS_URL).`)
    return
  }

  const name = `fakta_bench_${process.pid}`
  const dbUrl = withDatabase(pgUrl, name)
  const [port1, port2, balancerPort] = options.ports
  const balancer = `http://127.0.0.1:${balancerPort}`
  // Every instance names the balancer in its links, as under start:cluster, so one build serves both set-ups.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    NEXT_DIST_DIR: DIST,
    SITE_URL: balancer,
    AUTH_SECRET: options.secret,
    AUTH_TRUST_HOST: 'true',
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: path.join(options.scratch, 'media-pg'),
  }
  const servers: ChildProcess[] = []
  let proxy: { child: ChildProcess; prefix: string } | undefined
  // The two-instance comment bench runs on a copy of the database made before any comment was posted.
  const copyName = `${name}_c2`
  const copyUrl = withDatabase(pgUrl, copyName)
  // Dropped even when the run stops early (an exit handler cannot wait, so a child does it).
  const dropDatabase = () =>
    spawnSync(
      process.execPath,
      [
        '-e',
        `const pg = require('pg'); const c = new pg.Client({ connectionString: process.argv[1] });
         c.connect().then(() => c.query('drop database if exists ${name} with (force)')).then(() => c.query('drop database if exists ${copyName} with (force)')).catch((e) => console.error(e.message)).finally(() => c.end())`,
        pgUrl,
      ],
      { stdio: 'inherit' },
    )
  const onExit = () => {
    for (const server of servers) {
      try {
        process.kill(-server.pid!, 'SIGKILL')
      } catch {}
    }
    if (proxy) {
      try {
        process.kill(-proxy.child.pid!, 'SIGKILL')
      } catch {}
    }
    dropDatabase()
  }

  const nginx = findNginx()
  const instances = [port1, port2].map((port) => `http://127.0.0.1:${port}`)
  /** Two instances on `databaseUrl` (one Redis), and nginx balancing between them when it is installed. */
  const startInstances = async (databaseUrl: string) => {
    for (const [index, port] of [port1, port2].entries())
      servers.push(startServer({ ...env, DATABASE_URL: databaseUrl }, '127.0.0.1', port, `[pg${index + 1}]`, { detached: true }))
    for (const origin of instances) await waitFor(`${origin}/api/health`, 120_000)
    if (nginx) {
      proxy = startNginx({
        listen: `127.0.0.1:${balancerPort}`,
        upstream: [port1, port2].map((port) => `127.0.0.1:${port}`),
        staticDir: path.resolve(DIST, 'static'),
        publicDir: path.resolve('public'),
        microCache: false,
        detached: true,
      })
      await waitFor(`${balancer}/api/health`, 10_000)
    }
  }
  const stopInstances = async () => {
    await stopGroup(proxy?.child, 'SIGQUIT')
    if (proxy) fs.rmSync(proxy.prefix, { recursive: true, force: true })
    proxy = undefined
    for (const server of servers.splice(0)) await stopGroup(server)
  }
  let buildId = ''
  const clearRedis = async () => {
    const removed = await redisCommand(
      redisUrl,
      `EVAL "local n = 0 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do n = n + redis.call('DEL', k) end return n" 0 ${redisPrefix}:${buildId}:*`,
    )
    console.log(`Redis: removed this run's cache entries (${redisPrefix}:${buildId}:*): ${removed ?? 'no answer'}`)
  }

  console.log(`\nScale-out: PostgreSQL database ${name} at ${shown(pgUrl)}, Redis at ${shown(redisUrl)}`)
  await admin(pgUrl, `create database ${name}`)
  process.on('exit', onExit)
  try {
    const prepared = spawnSync(bin('tsx'), ['scripts/prepare-db.ts'], { env, stdio: 'inherit' })
    if (prepared.status !== 0) throw new Error('Preparing the PostgreSQL bench database failed')
    // A build renders its static pages from its database, so a fresh database means a fresh build (a few minutes).
    console.log(`Building ${DIST} for ${name}…`)
    // In a child: a failed build ends that process (scripts/lib/server.ts), not the bench.
    const built = spawnSync(bin('tsx'), ['-e', "import { ensureBuild } from './scripts/lib/server'; ensureBuild(process.env)"], {
      env,
      stdio: 'inherit',
    })
    if (built.status !== 0) throw new Error(`The build of ${DIST} for PostgreSQL failed (above)`)
    buildId = fs.readFileSync(path.join(DIST, 'BUILD_ID'), 'utf8').trim()

    if (!nginx) console.log('Two instances: skipped, nginx is not installed (apt-get install nginx-light)')
    if (!options.onlyComments) {
      await startInstances(dbUrl)

      const cookie = await readerCookie(dbUrl, options.secret)
      for (const origin of [instances[0]!, ...(proxy ? [balancer] : [])]) {
        const who = (await (await fetch(`${origin}/api/me`, { headers: { cookie } })).json()) as { signedIn?: boolean }
        if (!who.signedIn) throw new Error(`The bench session was not accepted by ${origin}/api/me`)
      }

      const sqliteServer = { pgrps: [options.sqlite.pgrp] }
      const one = { pgrps: [servers[0]!.pid!] }
      const two = { pgrps: [servers[0]!.pid!, servers[1]!.pid!, ...(proxy ? [proxy.child.pid!] : [])] }
      const setups: { setup: string; origin: string; server: Target['server']; cookie: string }[] = [
        { setup: 'SQLite, 1 instance', origin: options.sqlite.origin, server: sqliteServer, cookie: options.sqlite.cookie },
        { setup: 'PG+Redis, 1 instance', origin: instances[0]!, server: one, cookie },
        ...(proxy ? [{ setup: 'PG+Redis, 2 + nginx', origin: balancer, server: two, cookie }] : []),
      ]
      const targets = setups.flatMap(({ setup, origin, server, cookie }) => [
        { kind: 'article' as const, setup, target: { name: setup, url: `${origin}${options.seed}`, server } },
        { kind: 'view' as const, setup, target: { name: setup, url: `${origin}${options.seed}`, server, cookie, view: true } },
      ])
      const loadOptions = { duration: options.duration, connections: options.connections, scratch: options.scratch }
      console.log(`Warming up (${options.warmup} s each)…`)
      for (const { target } of targets) await load(target, { ...loadOptions, duration: options.warmup })
      const rows: Row[] = []
      for (const kind of ['article', 'view'] as const) {
        for (const t of targets.filter((t) => t.kind === kind)) {
          const busy = machineBusy()
          const result = await load(t.target, loadOptions)
          rows.push({ ...result, setup: t.setup, kind, machine: busy() })
        }
      }
      printRows(rows, options)

      await stopInstances()
      await clearRedis()
    }

    if (options.comments) {
      let twoInstances: (() => Promise<CommentReport>) | undefined
      if (nginx) {
        await copyDatabase(pgUrl, name, copyName)
        twoInstances = async () => {
          try {
            await startInstances(copyUrl)
            const pgrps = [...servers.map((server) => server.pid!), proxy!.child.pid!]
            return await commentBench(
              ['--dist', DIST, '--database-url', copyUrl, '--origin', balancer, '--server-pgrps', pgrps.join(',')],
              options.comments!.duration,
              options.comments!.port,
              { AUTH_SECRET: options.secret },
            )
          } finally {
            await stopInstances()
            await clearRedis()
          }
        }
      }
      await benchComments(options, dbUrl, twoInstances)
    }
  } finally {
    await stopInstances()
    process.off('exit', onExit)
    // prepare-db.ts writes the demo accounts of the database it seeded beside the SQLite files.
    fs.rmSync(path.join('data', `postgres-${name}.demo-accounts.txt`), { force: true })
    for (const database of [name, copyName])
      await admin(pgUrl, `drop database if exists ${database} with (force)`).catch((error: Error) =>
        console.error(`Could not drop ${database}: ${error.message}`),
      )
  }
}

/** `create database copy template source`; retried while the source's last sessions are still closing. */
async function copyDatabase(url: string, source: string, copy: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin(url, `create database ${copy} template ${source}`)
    } catch (error) {
      if (attempt >= 10 || !/being accessed by other users/.test((error as Error).message)) throw error
      await sleep(1000)
    }
  }
}

function printRows(rows: Row[], options: ScaleOptions) {
  const tool = hasWrk ? 'wrk' : 'autocannon'
  console.log(
    `\nScale-out, seed article; ${tool}, 1 thread, ${options.connections} connections, ${options.duration} s a row after a ${options.warmup} s warm-up; loopback, ${CORES} cores, load average ${os.loadavg()[0]!.toFixed(1)}.`,
  )
  console.log(
    '2 + nginx: two instances behind nginx (upstream round robin, keepalive) with the micro-cache OFF: every request reaches an instance.',
  )
  console.log(
    `signed-in view: the App Router page and /api/me, with a session cookie (two requests a view; req/s counts requests). CPU as a share of the ${CORES} cores: app = the Node instances (and nginx), machine = everything (PostgreSQL, Redis, ${tool} too).`,
  )
  const head = `${'row'.padEnd(38)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)} ${`${tool} CPU`.padStart(9)} ${'app CPU'.padStart(8)} ${'machine'.padStart(8)} ${'vs SQLite'.padStart(10)}`
  console.log(head)
  for (const kind of ['article', 'view'] as const) {
    const group = rows.filter((r) => r.kind === kind)
    const base = group[0]!.rps
    for (const r of group) {
      const label = `${kind === 'article' ? 'anonymous article' : 'signed-in view'}: ${r.setup}`
      console.log(
        `${label.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)} ${pct(r.toolCpu).padStart(9)} ${pct(r.serverCpu).padStart(8)} ${pct(r.machine).padStart(8)} ${`${((r.rps / base) * 100).toFixed(0)}%`.padStart(10)}`,
      )
    }
  }
}

/** One phase of the comment bench, as bench-comments.ts --json reports it. */
type PhaseReport = {
  postsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  refused: number
  socketErrors: number
  /** Shares of the machine's cores over the phase (JSON null: not measured). */
  serverCpu: number | null
  wrkCpu: number
}

type CommentReport = {
  build: string
  postsOnly: PhaseReport
  storm: PhaseReport & {
    article: { requestsPerSecond: number; p50Ms: number; p99Ms: number; socketErrors: number; wrkCpu: number }
  }
  audit: { lost: number; duplicated: number; storedNotAcked: number }
}

/** scripts/bench-comments.ts with its figures as JSON (its progress goes to stderr, shown as it comes). */
function commentBench(extra: string[], duration: number, port: number, env: Record<string, string> = {}): Promise<CommentReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin('tsx'),
      ['scripts/bench-comments.ts', '--duration', String(duration), '--port', String(port), '--json', ...extra],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, ...env },
      },
    )
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench-comments exited with ${code}`))
      const reports = (JSON.parse(stdout) as { reports: CommentReport[] }).reports
      if (!reports[0]) return reject(new Error('bench-comments printed no report'))
      resolve(reports[0])
    })
  })
}

/**
 * The comment bench, short phases, on the SQLite bench build, on PostgreSQL (one instance, cache in
 * its memory) and, with `twoInstances`, on two PostgreSQL instances behind nginx (cache in Redis).
 */
async function benchComments(options: ScaleOptions, dbUrl: string, twoInstances?: () => Promise<CommentReport>) {
  const { duration, port, sqliteDist } = options.comments!
  console.log(
    `\nComments under load (scripts/bench-comments.ts, ${duration} s a phase): SQLite, then PostgreSQL${twoInstances ? ', then two PostgreSQL instances behind nginx' : ''}…`,
  )
  const sqlite = await commentBench(['--dist', sqliteDist], duration, port)
  const postgres = await commentBench(['--dist', DIST, '--database-url', dbUrl], duration, port)
  const two = twoInstances ? await twoInstances() : undefined
  console.log(
    `\nComments under load, ${duration} s a phase; posts: 50 posters, one wrk thread each; storm: posts with 20 readers of the article and their polls. SQLite and PostgreSQL, 1: one instance each, its cache in its memory (PostgreSQL: the bench database); PostgreSQL, 2 + nginx: two instances on a copy of that database made before any comment, one Redis, nginx round robin without micro-cache.`,
  )
  console.log(
    `CPU as a share of the ${CORES} cores over the phase: app = the Node instances (and nginx); wrk = the posters' wrk (and the readers' wrk in the storm).`,
  )
  const ms = (x: number) => x.toFixed(1)
  // JSON null: not measured.
  const share = (x: number | null) => (x === null ? '-' : pct(x))
  const lines: [string, (r: CommentReport) => string, (r: CommentReport) => number][] = [
    ['posts/s (posts only)', (r) => r.postsOnly.postsPerSecond.toFixed(1), (r) => r.postsOnly.postsPerSecond],
    ['post p50 / p99 ms (posts only)', (r) => `${ms(r.postsOnly.p50Ms)} / ${ms(r.postsOnly.p99Ms)}`, (r) => r.postsOnly.p50Ms],
    ['app / wrk CPU (posts only)', (r) => `${share(r.postsOnly.serverCpu)} / ${pct(r.postsOnly.wrkCpu)}`, () => NaN],
    ['posts/s (storm)', (r) => r.storm.postsPerSecond.toFixed(1), (r) => r.storm.postsPerSecond],
    ['post p50 / p99 ms (storm)', (r) => `${ms(r.storm.p50Ms)} / ${ms(r.storm.p99Ms)}`, (r) => r.storm.p50Ms],
    ['article req/s (storm)', (r) => r.storm.article.requestsPerSecond.toFixed(0), (r) => r.storm.article.requestsPerSecond],
    ['article p50 / p99 ms (storm)', (r) => `${ms(r.storm.article.p50Ms)} / ${ms(r.storm.article.p99Ms)}`, (r) => r.storm.article.p50Ms],
    [
      'app / posters wrk / readers wrk CPU (storm)',
      (r) => `${share(r.storm.serverCpu)} / ${pct(r.storm.wrkCpu)} / ${pct(r.storm.article.wrkCpu)}`,
      () => NaN,
    ],
    [
      'errors: non-2xx / refused / socket',
      (r) =>
        `${r.postsOnly.non2xx + r.storm.non2xx} / ${r.postsOnly.refused + r.storm.refused} / ${r.postsOnly.socketErrors + r.storm.socketErrors + r.storm.article.socketErrors}`,
      () => NaN,
    ],
    ['lost / duplicated', (r) => `${r.audit.lost} / ${r.audit.duplicated}`, () => NaN],
    ['stored, never acknowledged', (r) => String(r.audit.storedNotAcked), () => NaN],
  ]
  const columns: [string, CommentReport | undefined][] = [
    ['SQLite', sqlite],
    ['PostgreSQL, 1', postgres],
    ['PostgreSQL, 2 + nginx', two],
  ]
  const ratio = (value: (r: CommentReport) => number, r: CommentReport | undefined) => {
    const x = r ? value(r) / value(sqlite) : NaN
    return Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : ''
  }
  const [labelWidth, width, ratioWidth] = [44, 22, 10]
  console.log(
    `${''.padEnd(labelWidth)} ${columns.map(([head]) => head.padStart(width)).join(' ')} ${'1 vs SQLite'.padStart(ratioWidth + 2)} ${'2 vs SQLite'.padStart(ratioWidth + 2)}`,
  )
  for (const [label, cell, value] of lines) {
    const cells = columns.map(([, r]) => (r ? cell(r) : 'skipped (no nginx)').padStart(width))
    console.log(
      `${label.padEnd(labelWidth)} ${cells.join(' ')} ${ratio(value, postgres).padStart(ratioWidth + 2)} ${ratio(value, two).padStart(ratioWidth + 2)}`,
    )
  }
  console.log('(1 / 2 vs SQLite: of the rate, or of the p50 on latency rows)')
}
