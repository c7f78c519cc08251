// `npm run bench:comments`: comments under load. On loopback, against the production build in
// .next (`npm run build` first) with a database of its own: signed-in readers post comments the
// way the comment box does (the `postComment` server action, posted to the article page) on five
// articles, the seed article taking half, while anonymous readers load the seed article and poll
// its live comments (`/api/comments/<id>`, every 10 s each, as the page does). Then the database
// is asked whether every acknowledged comment is stored, once.
//
// Each build runs two phases: posts alone (for the server's CPU per post), then the storm (posts,
// readers and polls together). With --baseline <dir>, another built checkout of the portal runs
// the same phases in the same run, first, and both are printed side by side.
//
//   npm run bench:comments [-- --duration 30 --posters 50 --readers 20 --reader-pause 1000 --accounts 2000 --baseline ../old --json]
//
// With --database-url postgres://…/name, the current checkout's server runs on that PostgreSQL
// database (migrated and seeded when empty; the caller makes it and drops it) instead of a SQLite
// file of its own; --dist names the build folder it serves (default .next).
//
// With --origin http://host:port as well, no server is started: the posters, readers and polls go
// to that origin (one instance, or several behind a balancer, as `npm run start:cluster` runs
// them), whose servers use the PostgreSQL database of --database-url, already prepared, and sign
// sessions with AUTH_SECRET from the environment: the bench's accounts are added to that database
// and their cookies signed with that secret. --dist names the build those servers serve (for the
// comment action's id); --server-pgrps 1234,1240 the process groups whose CPU time is the
// servers' (without it, no server CPU figures). The audit runs once the servers are idle again.
//
// Each run's accounts (bench-<n>-<run>@pembaca.fakta.test) and form tokens (bench-<run>-…) carry a
// run tag of their own, so runs against one database neither clash nor count each other's comments.
//
// The load comes from `wrk` (Debian package `wrk`); posters run one connection per wrk thread so
// each response can be paired with its form token (scripts/lib/storm-lua.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { encode } from 'next-auth/jwt'
import pg from 'pg'
import { cpuSeconds, TICKS } from './lib/proc'
import { postersScript, readersScript, type PostTarget } from './lib/storm-lua'

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    posters: { type: 'string', default: '50' },
    readers: { type: 'string', default: '20' },
    'reader-pause': { type: 'string', default: '1000' },
    accounts: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '1' },
    port: { type: 'string', default: '3210' },
    baseline: { type: 'string' },
    json: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    dist: { type: 'string', default: '.next' },
    origin: { type: 'string' },
    'server-pgrps': { type: 'string' },
  },
})

const SEED = '/news/internasional/nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir'
const DURATION = Number(args.duration)
const POSTERS = Number(args.posters)
const READERS = Number(args.readers)
// Each reader loads the article again this long after the last answer (0: as fast as the server answers).
const READER_PAUSE_MS = Number(args['reader-pause'])
const ACCOUNTS = Number(args.accounts)
const ROUNDS = Number(args.rounds)
const PORT = Number(args.port)
// As the live-comment island asks (LIVE_POLL_MS in lib/comments/live.ts).
const POLL_MS = 10_000
// Accounts kept out of the storm for the wiring check before it.
const SPARE_ACCOUNTS = 10
const CORES = os.availableParallelism()

const COOKIE = 'authjs.session-token'
// The cookie a browser that has signed in also carries: it gets the App Router page, where the comment box posts.
const HINT = 'fakta_signed_in=1'
const TARGETS = { postP95: 300, postsPerSecond: 100, cpuPerPost: 10, articleP95: 100 }

for (const [name, value] of Object.entries({
  duration: DURATION,
  posters: POSTERS,
  readers: READERS,
  accounts: ACCOUNTS,
  rounds: ROUNDS,
})) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench:comments: --${name} must be a whole number of at least 1`)
    process.exit(2)
  }
}
if (!Number.isInteger(READER_PAUSE_MS) || READER_PAUSE_MS < 0) {
  console.error('bench:comments: --reader-pause must be a whole number of milliseconds (0 or more)')
  process.exit(2)
}
if (!Number.isInteger(PORT) || PORT < 1024 || PORT > 65_000) {
  console.error('bench:comments: --port must be a whole number from 1024 to 65000 (the baseline takes the next one)')
  process.exit(2)
}
const DATABASE_URL = args['database-url']
if (DATABASE_URL !== undefined && !/^postgres(?:ql)?:\/\/\S+$/.test(DATABASE_URL)) {
  console.error('bench:comments: --database-url must be a postgres:// URL')
  process.exit(2)
}
const ORIGIN = args.origin
if (ORIGIN !== undefined) {
  if (!/^https?:\/\/[^/\s]+$/.test(ORIGIN)) {
    console.error('bench:comments: --origin must be a scheme, host and port, e.g. http://127.0.0.1:3000')
    process.exit(2)
  }
  if (DATABASE_URL === undefined || args.baseline !== undefined) {
    console.error("bench:comments: --origin needs --database-url (the servers' database) and takes no --baseline")
    process.exit(2)
  }
  if (!process.env.AUTH_SECRET) {
    console.error("bench:comments: --origin needs AUTH_SECRET in the environment (the servers' session secret)")
    process.exit(2)
  }
}
const SERVER_PGRPS = (args['server-pgrps'] ?? '').split(',').filter(Boolean).map(Number)
if (SERVER_PGRPS.some((pgrp) => !Number.isInteger(pgrp) || pgrp < 1)) {
  console.error('bench:comments: --server-pgrps must be process group ids separated by commas')
  process.exit(2)
}
// This run's tag, in its accounts' emails and its form tokens.
const RUN = randomBytes(3).toString('hex')
if (spawnSync('wrk', ['--version']).error) {
  console.error('bench:comments needs wrk (apt-get install wrk)')
  process.exit(1)
}

// Progress goes to stderr, so `--json` leaves stdout to the figures.
const say = (line: string) => console.error(line)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-bench-comments-'))
const children = new Set<ChildProcess>()

/** Runs a command to its end, the event loop running meanwhile; its output. */
function capture(command: string, commandArgs: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A process group of its own, so the exit handler can end wrk together with the shell around it.
    const child = spawn(command, commandArgs, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      children.delete(child)
      resolve({ code, stdout, stderr })
    })
  })
}

type WrkFigures = {
  requests: number
  durationUs: number
  p50: number
  p95: number
  p99: number
  max: number
  connect: number
  read: number
  write: number
  status: number
  timeout: number
  cache?: Record<string, number>
  statuses?: Record<string, number>
  versions?: number
}

/** wrk with a script; what its done() printed, and wrk's own CPU seconds. */
async function runWrk(wrkArgs: string[]): Promise<WrkFigures & { toolCpu: number }> {
  // The shell waits for wrk, so its own stat then holds wrk's CPU time (cutime, cstime).
  const script = 'wrk "$@"; code=$?; echo "wrk-cpu $(cut -d" " -f16,17 /proc/$$/stat)"; exit $code'
  const run = await capture('sh', ['-c', script, 'sh', ...wrkArgs])
  if (run.code !== 0) throw new Error(`wrk failed: ${run.stderr || run.stdout}`)
  const json = /BENCH-JSON (.*)/.exec(run.stdout)?.[1]
  if (!json) throw new Error(`wrk printed no figures: ${run.stdout}${run.stderr}`)
  const [ut = '0', st = '0'] = /wrk-cpu (\d+ \d+)/.exec(run.stdout)?.[1]?.split(' ') ?? []
  return { ...(JSON.parse(json) as WrkFigures), toolCpu: (Number(ut) + Number(st)) / TICKS }
}

async function waitFor(url: string, timeoutMs: number, server: ChildProcess) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`The server for ${url} exited with code ${server.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await sleep(300)
  }
  throw new Error(`${url} did not come up in ${timeoutMs / 1000} s`)
}

/** Waits until the server groups stop using CPU (regenerations a phase left behind), at most 10 s. */
async function settle(pgrps: number[]) {
  let last = cpuSeconds({ pgrps })
  for (let i = 0; i < 40; i++) {
    await sleep(250)
    const now = cpuSeconds({ pgrps })
    if (now - last < 0.01) return
    last = now
  }
}

/** The id of the comment action in a build, from the build's manifest of server actions. */
function postCommentActionId(dir: string, dist: string): string {
  const file = path.join(dir, dist, 'server', 'server-reference-manifest.json')
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>
  }
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === 'postComment' && entry.filename?.endsWith('actions/comments.ts'),
  )
  if (!found) throw new Error(`${file} names no postComment action`)
  return found[0]
}

/** The router state the App Router sends with an action from an article page. */
function routerStateTree(category: string, slug: string): string {
  const level = (segment: unknown, children: unknown, flags = 512) => [segment, { children }, null, null, flags]
  const page = ['__PAGE__', {}, null, null, 512]
  const tree = [
    '',
    {
      children: level('(site)', level('news', level(['category', category, 'd', null], level(['slug', slug, 'd', null], page)))),
    },
    null,
    null,
    528,
  ]
  return encodeURIComponent(JSON.stringify(tree))
}

type Article = { id: number; slug: string; category: string; path: string }

type Build = {
  label: string
  dir: string
  /** The build folder it serves. */
  dist: string
  /** PostgreSQL instead of the SQLite file `db`. */
  databaseUrl?: string
  port: number
  origin: string
  db: string
  secret: string
  actionId: string
  articles: Article[]
  /** Session cookies of the storm's accounts, then the spare ones. */
  cookies: string[]
  server?: ChildProcess
  /** The process groups whose CPU time is the server's: the one it started, or --server-pgrps. */
  pgrps: number[]
  /** Serving at --origin, started by someone else. */
  external: boolean
  /** Where the next phase's post numbers start. */
  offset: number
  liveRoute?: boolean
}

type Reader = { id: number; sv: number }

/** The bench's own SQL on the build's database, SQLite or PostgreSQL. */
type Store = {
  /** Open, published news articles, the seed article first. */
  articles(seedSlug: string): Promise<Omit<Article, 'path'>[]>
  /** The effective premoderation threshold, read as getModerationSettings() reads it. */
  trustAfterApproved(): Promise<number>
  /** `count` readers (bench-<n>-<RUN>@…), each with `approved` approved comments under `historyId` from `at` on (ms). */
  addReaders(count: number, approved: number, historyId: number, at: number): Promise<Reader[]>
  /** The stored comments of this run by form token. */
  tokens(): Promise<{ token: string; n: number; pending: number }[]>
  close(): Promise<void>
}

const ARTICLES_SQL = `select a.id, a.slug, c.slug as category from articles a join categories c on c.id = a.category_id
  where a.kind = 'news' and a.status = 'published' and a.comment_mode = 'open'
  order by (a.slug = $1) desc, a.published_at desc, a.id`

function threshold(stored: Record<string, unknown>): number {
  if (typeof stored.trustAfterApproved === 'number') return stored.trustAfterApproved
  if (typeof stored.holdFirstComment === 'boolean') return Number(stored.holdFirstComment)
  return 1
}

function sqliteStore(file: string): Store {
  const sqlite = new Database(file)
  return {
    articles: async (seedSlug) => sqlite.prepare(ARTICLES_SQL.replace('$1', '?')).all(seedSlug) as Omit<Article, 'path'>[],
    trustAfterApproved: async () => {
      const rows = sqlite.prepare('select key, value from settings').all() as { key: string; value: string }[]
      return threshold(Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown])))
    },
    addReaders: async (count, approved, historyId, at) => {
      const addUser = sqlite.prepare(
        `insert into users (email, display_name, password_hash, role, status, session_version, created_at)
         values (?, ?, null, 'reader', 'active', 1, ?) returning id, session_version as sv`,
      )
      const addComment = sqlite.prepare(
        `insert into comments (article_id, user_id, body, status, created_at) values (?, ?, ?, 'approved', ?)`,
      )
      return sqlite.transaction(() => {
        const made: Reader[] = []
        for (let i = 1; i <= count; i++) {
          const user = addUser.get(`bench-${i}-${RUN}@pembaca.fakta.test`, `Pembaca Uji ${i}`, at - 86_400_000) as Reader
          for (let j = 0; j < approved; j++) addComment.run(historyId, user.id, `Komentar lama ${j + 1} pembaca uji ${i}.`, at + j * 60_000)
          made.push(user)
        }
        return made
      })()
    },
    tokens: async () =>
      sqlite
        .prepare(
          "select client_token as token, count(*) as n, sum(status = 'pending') as pending from comments where client_token like ? group by client_token",
        )
        .all(`bench-${RUN}-%`) as { token: string; n: number; pending: number }[],
    close: async () => void sqlite.close(),
  }
}

async function postgresStore(url: string): Promise<Store> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    articles: async (seedSlug) => (await client.query<Omit<Article, 'path'>>(ARTICLES_SQL, [seedSlug])).rows,
    trustAfterApproved: async () => {
      const { rows } = await client.query<{ key: string; value: unknown }>('select key, value from settings')
      return threshold(Object.fromEntries(rows.map((row) => [row.key, row.value])))
    },
    addReaders: async (count, approved, historyId, at) => {
      await client.query('begin')
      try {
        const { rows } = await client.query<Reader & { i: number }>(
          `insert into users (email, display_name, password_hash, role, status, session_version, created_at)
           select 'bench-' || i || '-' || $3 || '@pembaca.fakta.test', 'Pembaca Uji ' || i, null, 'reader', 'active', 1, to_timestamp($1::float8 / 1000)
           from generate_series(1, $2::int) as i
           returning id, session_version as sv, split_part(split_part(email, '@', 1), '-', 2)::int as i`,
          [at - 86_400_000, count, RUN],
        )
        await client.query(
          `insert into comments (article_id, user_id, body, status, created_at)
           select $1::int, u.id, 'Komentar lama ' || j || ' pembaca uji ' || u.id || '.', 'approved', to_timestamp(($2::float8 + (j - 1) * 60000) / 1000)
           from users u cross join generate_series(1, $3::int) as j where u.email like $4`,
          [historyId, at, approved, `bench-%-${RUN}@pembaca.fakta.test`],
        )
        await client.query('commit')
        return rows.sort((a, b) => a.i - b.i).map(({ id, sv }) => ({ id, sv }))
      } catch (error) {
        await client.query('rollback')
        throw error
      }
    },
    tokens: async () =>
      (
        await client.query<{ token: string; n: number; pending: number }>(
          "select client_token as token, count(*)::int as n, (count(*) filter (where status = 'pending'))::int as pending from comments where client_token like $1 group by client_token",
          [`bench-${RUN}-%`],
        )
      ).rows,
    close: () => client.end(),
  }
}

const openStore = (build: Pick<Build, 'db' | 'databaseUrl'>) =>
  build.databaseUrl ? postgresStore(build.databaseUrl) : Promise.resolve(sqliteStore(build.db))

/**
 * The build's own database: migrated and seeded by the checkout's own scripts, then the bench's
 * readers added in one transaction, each with enough approved comments from two days ago to be
 * past premoderation and outside the last hour the posting limits look at. With `origin` (servers
 * started by someone else), their database as it is, and their session secret (AUTH_SECRET).
 */
async function prepare(label: string, dir: string, port: number, dist = '.next', databaseUrl?: string, origin?: string): Promise<Build> {
  if (!fs.existsSync(path.join(dir, dist, 'BUILD_ID'))) {
    console.error(`bench:comments: ${path.join(dir, dist)} has no production build; run \`npm run build\` there first`)
    process.exit(1)
  }
  const db = path.join(scratch, `${label}.db`)
  if (!origin) {
    const seeded = spawnSync(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/prepare-db.ts'], {
      cwd: dir,
      env: { ...process.env, DATABASE_FILE: db, DATABASE_URL: databaseUrl ?? '' },
      encoding: 'utf8',
    })
    if (seeded.status !== 0) throw new Error(`Preparing the database of ${dir} failed:\n${seeded.stdout}${seeded.stderr}`)
  }

  const store = await openStore({ db, databaseUrl })
  const articleRows = await store.articles(SEED.split('/').pop()!)
  const articles = articleRows.map((a) => ({ ...a, path: `/news/${a.category}/${a.slug}` }))
  if (articles[0]?.path !== SEED || articles.length < 6)
    throw new Error(`The seeded database of ${dir} lacks the seed article or open news`)
  const storm = articles.slice(0, 5)
  // Their history goes under an article the storm does not touch.
  const history = articles[articles.length - 1]!
  const k = Math.max(1, await store.trustAfterApproved())
  const longAgo = Date.now() - 2 * 24 * 3_600_000
  const users = await store.addReaders(ACCOUNTS + SPARE_ACCOUNTS, k, history.id, longAgo)
  await store.close()

  const secret = origin ? process.env.AUTH_SECRET! : randomBytes(32).toString('base64url')
  const cookies = await Promise.all(
    users.map(async (user) => {
      const token = await encode({ token: { sub: String(user.id), uid: user.id, sv: user.sv }, secret, salt: COOKIE })
      return `${COOKIE}=${token}; ${HINT}`
    }),
  )
  return {
    label,
    dir,
    dist,
    databaseUrl,
    port,
    origin: origin ?? `http://127.0.0.1:${port}`,
    db,
    secret,
    actionId: postCommentActionId(dir, dist),
    articles: storm,
    cookies,
    pgrps: origin ? SERVER_PGRPS : [],
    external: Boolean(origin),
    offset: 0,
  }
}

/** The production server of a checkout (its scripts/serve-next.ts on its .next) in a process group of its own. */
async function start(build: Build) {
  const server = spawn(
    path.join(build.dir, 'node_modules', '.bin', 'tsx'),
    ['scripts/serve-next.ts', '--hostname', '127.0.0.1', '--port', String(build.port)],
    {
      cwd: build.dir,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: build.dist,
        DATABASE_FILE: build.db,
        DATABASE_URL: build.databaseUrl ?? '',
        // One instance: its cache stays in its memory.
        REDIS_URL: '',
        PORT: String(build.port),
        SITE_URL: build.origin,
        AUTH_SECRET: build.secret,
        AUTH_TRUST_HOST: 'true',
        LOG_LEVEL: 'warn',
        TRUST_PROXY: '',
      },
    },
  )
  children.add(server)
  server.on('exit', () => children.delete(server))
  build.server = server
  build.pgrps = [server.pid!]
  await waitFor(`${build.origin}/api/health`, 120_000, server)
}

/** Stops a server's process group and waits for it (SIGKILL after 10 s). */
async function stopServer(build: Build) {
  const server = build.server
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  try {
    process.kill(-server.pid!, 'SIGTERM')
  } catch {}
  if ((await Promise.race([exited, sleep(10_000).then(() => 'timeout')])) === 'timeout') {
    try {
      process.kill(-server.pid!, 'SIGKILL')
    } catch {}
  }
}

/** One post through Node's fetch, as the posters send it; the action's result. */
async function postOnce(build: Build, article: Article, cookie: string, token: string) {
  const boundary = `----FaktaCheck${randomBytes(8).toString('hex')}`
  const fields: [string, string][] = [
    ['_1_articleId', String(article.id)],
    ['_1_clientToken', token],
    ['_1_body', `Komentar pemeriksaan ${token}.`],
    ['0', '[null,"$K1"]'],
  ]
  const body =
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') +
    `--${boundary}--\r\n`
  const response = await fetch(`${build.origin}${article.path}`, {
    method: 'POST',
    headers: {
      accept: 'text/x-component',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie,
      'next-action': build.actionId,
      'next-router-state-tree': routerStateTree(article.category, article.slug),
      origin: build.origin,
    },
    body,
  })
  const text = await response.text()
  return { status: response.status, type: response.headers.get('content-type') ?? '', ok: text.includes('{"ok":true'), text }
}

/**
 * Before the storm: every article is fetched once as a reader and as a signed-in reader, one
 * comment is posted to each from a spare account and must come back as an RSC payload whose
 * action result says ok, and the live-comment route is asked whether it exists in this build.
 */
async function check(build: Build) {
  for (const [i, article] of build.articles.entries()) {
    await fetch(`${build.origin}${article.path}`).then((r) => r.arrayBuffer())
    await fetch(`${build.origin}${article.path}`, { headers: { cookie: HINT } }).then((r) => r.arrayBuffer())
    const result = await postOnce(build, article, build.cookies[ACCOUNTS + i]!, `bench-check-${RUN}-${build.label}-${i}`)
    if (result.status !== 200 || !result.type.startsWith('text/x-component') || !result.ok) {
      throw new Error(
        `A comment posted to ${build.label} (${article.path}) was not acknowledged: ${result.status} ${result.type} ${result.text.slice(0, 300)}`,
      )
    }
  }
  const live = await fetch(`${build.origin}/api/comments/${build.articles[0]!.id}`)
  await live.arrayBuffer()
  build.liveRoute = live.status === 200
}

type Polls = { sent: number; fresh: number; notModified: number; other: number; skipped: boolean }

/** The live-comment island of `readers` open pages: each asks every 10 s, with the ETag it last got. */
function startPolling(build: Build, readers: number): { stop: () => Promise<Polls> } {
  const polls: Polls = { sent: 0, fresh: 0, notModified: 0, other: 0, skipped: !build.liveRoute }
  if (!build.liveRoute) return { stop: async () => polls }
  const url = `${build.origin}/api/comments/${build.articles[0]!.id}`
  let running = true
  const loops = Array.from({ length: readers }, async (_, i) => {
    let etag: string | null = null
    // Spread over the interval, as pages opened at different times would.
    await sleep((POLL_MS / readers) * i)
    while (running) {
      const asked = Date.now()
      try {
        const response: Response = await fetch(url, { headers: etag ? { 'if-none-match': etag } : {} })
        await response.arrayBuffer()
        polls.sent++
        if (response.status === 200) {
          polls.fresh++
          etag = response.headers.get('etag') ?? etag
        } else if (response.status === 304) polls.notModified++
        else polls.other++
      } catch {
        polls.other++
      }
      const wait = POLL_MS - (Date.now() - asked)
      for (let waited = 0; running && waited < wait; waited += 100) await sleep(Math.min(100, wait - waited))
    }
  })
  return {
    stop: async () => {
      running = false
      await Promise.all(loops)
      return polls
    },
  }
}

type PostLog = { sent: string[]; acked: string[]; errors: { status: string; token: string; message: string }[] }

/** The posters' per-thread logs; also the most posts one thread sent, which moves the next phase's offset. */
function readLogs(dir: string): PostLog & { perThread: number } {
  const log: PostLog & { perThread: number } = { sent: [], acked: [], errors: [], perThread: 0 }
  for (const name of fs.readdirSync(dir)) {
    let sent = 0
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      const [kind, a = '', b = '', ...rest] = line.split(' ')
      if (kind === 'S') {
        log.sent.push(a)
        sent++
      } else if (kind === 'A') log.acked.push(a)
      else if (kind === 'E') log.errors.push({ status: a, token: b, message: rest.join(' ') })
    }
    log.perThread = Math.max(log.perThread, sent)
  }
  return log
}

type Phase = {
  name: 'posts only' | 'storm'
  wall: number
  posts: WrkFigures & { toolCpu: number }
  log: PostLog
  serverCpu: number
  readers?: WrkFigures & { toolCpu: number }
  polls?: Polls
}

async function phase(build: Build, name: Phase['name'], round: number): Promise<Phase> {
  const dir = fs.mkdtempSync(path.join(scratch, `${build.label}-${round}-${name.replace(' ', '-')}-`))
  // The posters' per-thread logs go to a folder of their own, the scripts beside it.
  const threadLogs = path.join(dir, 'threads')
  fs.mkdirSync(threadLogs)
  const cookieFile = path.join(scratch, `${build.label}-cookies.txt`)
  if (!fs.existsSync(cookieFile)) fs.writeFileSync(cookieFile, `${build.cookies.slice(0, ACCOUNTS).join('\n')}\n`)
  // The seed article takes half of the posts: four slots of eight, one each for the other four.
  const [hot, ...rest] = build.articles.map((a): PostTarget => ({
    path: a.path,
    articleId: a.id,
    routerStateTree: routerStateTree(a.category, a.slug),
  }))
  const script = path.join(dir, 'posters.lua')
  fs.writeFileSync(
    script,
    postersScript({
      cookieFile,
      outDir: threadLogs,
      slots: [hot!, rest[0]!, hot!, rest[1]!, hot!, rest[2]!, hot!, rest[3]!],
      actionId: build.actionId,
      origin: build.origin,
      offset: build.offset,
      threads: POSTERS,
      tokenPrefix: `bench-${RUN}-${build.label}${round}${name === 'storm' ? 's' : 'p'}-`,
    }),
  )

  const timeout = '30s'
  const postersRun = runWrk([`-t${POSTERS}`, `-c${POSTERS}`, `-d${DURATION}s`, `--timeout`, timeout, '-s', script, `${build.origin}/`])
  let readersRun: Promise<WrkFigures & { toolCpu: number }> | undefined
  let polling: { stop: () => Promise<Polls> } | undefined
  if (name === 'storm') {
    const readers = path.join(dir, 'readers.lua')
    fs.writeFileSync(readers, readersScript(READER_PAUSE_MS))
    readersRun = runWrk([
      '-t1',
      `-c${READERS}`,
      `-d${DURATION}s`,
      '--timeout',
      timeout,
      '--latency',
      '-s',
      readers,
      `${build.origin}${SEED}`,
    ])
    polling = startPolling(build, READERS)
  }
  const before = cpuSeconds({ pgrps: build.pgrps })
  const started = process.hrtime.bigint()
  const posts = await postersRun
  const readerFigures = await readersRun
  const polls = await polling?.stop()
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  // What the phase left behind (regenerations under way) is its cost too.
  await settle(build.pgrps)
  // No process groups known (--origin without --server-pgrps): no figure rather than 0.
  const serverCpu = build.pgrps.length > 0 ? cpuSeconds({ pgrps: build.pgrps }) - before : NaN
  const log = readLogs(threadLogs)
  build.offset += log.perThread * POSTERS
  return { name, wall, posts, log, serverCpu, readers: readerFigures, polls }
}

type Audit = { lost: number; duplicated: number; storedNotAcked: number; storedAfterError: number; pending: number; approved: number }

/** After the server stopped (or, at --origin, went idle): every acknowledged token stored exactly once? */
async function audit(build: Build, phases: Phase[]): Promise<Audit> {
  const store = await openStore(build)
  const rows = await store.tokens()
  await store.close()
  const stored = new Map(rows.map((row) => [row.token, row]))
  const acked = new Set(phases.flatMap((p) => p.log.acked))
  const refused = new Set(phases.flatMap((p) => p.log.errors.map((e) => e.token)))
  const result: Audit = { lost: 0, duplicated: 0, storedNotAcked: 0, storedAfterError: 0, pending: 0, approved: 0 }
  for (const token of acked) if (!stored.has(token)) result.lost++
  for (const row of rows) {
    if (row.n > 1) result.duplicated += row.n - 1
    result.pending += row.pending
    result.approved += row.n - row.pending
    if (acked.has(row.token)) continue
    if (refused.has(row.token)) result.storedAfterError++
    else result.storedNotAcked++
  }
  return result
}

type Report = {
  build: string
  dir: string
  round: number
  liveRoute: boolean
  postsOnly: ReturnType<typeof summarizePosts> & { serverCpuMsPerPost: number }
  storm: ReturnType<typeof summarizePosts> & {
    serverCpuMsPerPostAllIn: number
    article: {
      requestsPerSecond: number
      p50Ms: number
      p95Ms: number
      p99Ms: number
      cache: Record<string, number>
      statuses: Record<string, number>
      versionsSeen: number
      regenerations: number
      socketErrors: number
      wrkCpu: number
    }
    polls: Polls
  }
  audit: Audit
}

const share = (cpu: number, wall: number) => cpu / (wall * CORES)

function summarizePosts(p: Phase) {
  const messages = new Map<string, number>()
  for (const e of p.log.errors) {
    // Digits vary (seconds to wait, counts): group the messages without them.
    const key = `${e.status} ${e.message.replace(/\d+/g, 'N')}`
    messages.set(key, (messages.get(key) ?? 0) + 1)
  }
  return {
    seconds: p.wall,
    sent: p.log.sent.length,
    acknowledged: p.log.acked.length,
    // In flight when wrk stopped (it does not wait for them), or cut off by a socket error.
    unanswered: p.log.sent.length - p.log.acked.length - p.log.errors.length,
    // Over wrk's own run: the phase's wall time also holds starting and stopping the tools.
    postsPerSecond: p.log.acked.length / (p.posts.durationUs / 1e6),
    p50Ms: p.posts.p50 / 1000,
    p95Ms: p.posts.p95 / 1000,
    p99Ms: p.posts.p99 / 1000,
    non2xx: p.log.errors.filter((e) => e.status !== '200').length,
    refused: p.log.errors.filter((e) => e.status === '200').length,
    socketErrors: p.posts.connect + p.posts.read + p.posts.write,
    messages: Object.fromEntries([...messages].sort((a, b) => b[1] - a[1])),
    wrkCpu: share(p.posts.toolCpu, p.wall),
    serverCpu: share(p.serverCpu, p.wall),
  }
}

function report(build: Build, round: number, postsOnly: Phase, storm: Phase, checked: Audit): Report {
  const r = storm.readers!
  const cache = r.cache ?? {}
  return {
    build: build.label,
    dir: build.dir,
    round,
    liveRoute: build.liveRoute ?? false,
    postsOnly: { ...summarizePosts(postsOnly), serverCpuMsPerPost: (postsOnly.serverCpu * 1000) / Math.max(1, postsOnly.log.acked.length) },
    storm: {
      ...summarizePosts(storm),
      serverCpuMsPerPostAllIn: (storm.serverCpu * 1000) / Math.max(1, storm.log.acked.length),
      article: {
        requestsPerSecond: r.requests / (r.durationUs / 1e6),
        p50Ms: r.p50 / 1000,
        p95Ms: r.p95 / 1000,
        p99Ms: r.p99 / 1000,
        cache,
        statuses: r.statuses ?? {},
        versionsSeen: r.versions ?? 0,
        // A STALE answer starts a regeneration in the background; a MISS renders in the request.
        regenerations: (cache.STALE ?? 0) + (cache.MISS ?? 0),
        socketErrors: r.connect + r.read + r.write,
        wrkCpu: share(r.toolCpu, storm.wall),
      },
      polls: storm.polls!,
    },
    audit: checked,
  }
}

// NaN: not measured (--origin without --server-pgrps).
const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(0)}%`)
const ms = (x: number) => (Number.isNaN(x) ? '-' : `${x.toFixed(x < 10 ? 2 : 1)} ms`)
const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 })

function print(reports: Report[]) {
  const rows: [string, (r: Report) => string, string][] = [
    ['posts/s (storm)', (r) => r.storm.postsPerSecond.toFixed(1), `>= ${TARGETS.postsPerSecond}`],
    [
      'post p50 / p95 / p99 (storm)',
      (r) => `${ms(r.storm.p50Ms)} / ${ms(r.storm.p95Ms)} / ${ms(r.storm.p99Ms)}`,
      `p95 < ${TARGETS.postP95} ms`,
    ],
    ['posts acknowledged / sent (storm)', (r) => `${num(r.storm.acknowledged)} / ${num(r.storm.sent)}`, ''],
    ['posts/s (posts only)', (r) => r.postsOnly.postsPerSecond.toFixed(1), ''],
    ['post p50 / p95 / p99 (posts only)', (r) => `${ms(r.postsOnly.p50Ms)} / ${ms(r.postsOnly.p95Ms)} / ${ms(r.postsOnly.p99Ms)}`, ''],
    ['server CPU per post (posts only)', (r) => ms(r.postsOnly.serverCpuMsPerPost), `<= ${TARGETS.cpuPerPost} ms`],
    ['server CPU per post (storm, readers in)', (r) => ms(r.storm.serverCpuMsPerPostAllIn), ''],
    ['server / wrk CPU (posts only)', (r) => `${pct(r.postsOnly.serverCpu)} / ${pct(r.postsOnly.wrkCpu)}`, ''],
    [
      'server / posters wrk / readers wrk CPU',
      (r) => `${pct(r.storm.serverCpu)} / ${pct(r.storm.wrkCpu)} / ${pct(r.storm.article.wrkCpu)}`,
      '',
    ],
    ['article req/s (storm)', (r) => r.storm.article.requestsPerSecond.toFixed(0), ''],
    ['article p50 / p95 (storm)', (r) => `${ms(r.storm.article.p50Ms)} / ${ms(r.storm.article.p95Ms)}`, `p95 < ${TARGETS.articleP95} ms`],
    [
      'article x-nextjs-cache',
      (r) =>
        Object.entries(r.storm.article.cache)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${num(v)}`)
          .join(', '),
      'HIT/STALE, no MISS',
    ],
    ['article regenerations (STALE+MISS) / versions', (r) => `${num(r.storm.article.regenerations)} / ${r.storm.article.versionsSeen}`, ''],
    [
      'live polls 200 / 304 / other',
      (r) =>
        r.storm.polls.skipped ? 'skipped (no route)' : `${r.storm.polls.fresh} / ${r.storm.polls.notModified} / ${r.storm.polls.other}`,
      '',
    ],
    [
      'errors: non-2xx / ok:false / socket',
      (r) =>
        `${r.postsOnly.non2xx + r.storm.non2xx} / ${r.postsOnly.refused + r.storm.refused} / ${r.postsOnly.socketErrors + r.storm.socketErrors + r.storm.article.socketErrors}`,
      '0',
    ],
    ['lost (acknowledged, not stored)', (r) => String(r.audit.lost), '0'],
    ['duplicated', (r) => String(r.audit.duplicated), '0'],
    [
      'stored, never acknowledged / unanswered',
      (r) =>
        `${r.audit.storedNotAcked}${r.audit.storedAfterError ? ` (+${r.audit.storedAfterError} refused)` : ''} / ${r.postsOnly.unanswered + r.storm.unanswered}`,
      '',
    ],
    ['stored approved / pending', (r) => `${num(r.audit.approved)} / ${num(r.audit.pending)}`, ''],
  ]
  const heads = reports.map((r) => `${r.build}${ROUNDS > 1 ? ` #${r.round}` : ''}`)
  const cells = rows.map(([label, cell, target]) => [label, ...reports.map(cell), target])
  const widths = [0, ...reports.map(() => 0), 0].map((_, i) =>
    Math.max(...[['', ...heads, 'target'], ...cells].map((row) => row[i]!.length)),
  )
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')
  console.log(
    `\nComments under load: ${POSTERS} posts in flight (one wrk thread each), ${ACCOUNTS} accounts, 5 articles (half on the seed article); ${READERS} anonymous readers on ${SEED} (wrk, 1 thread), ${READER_PAUSE_MS > 0 ? `each loading it again ${READER_PAUSE_MS} ms after the last answer` : 'each loading it again at once'}, polling its live comments every ${POLL_MS / 1000} s; ${DURATION} s per phase; loopback, ${CORES} cores`,
  )
  console.log(`CPU: share of the machine's ${CORES} cores over the phase (${pct(1 / CORES)} = one core busy)`)
  console.log(
    `Server CPU per post: the server's CPU (its process groups, /proc) over the posts-only phase and until it is idle again, / acknowledged posts`,
  )
  console.log(line(['', ...heads, 'target']))
  for (const row of cells) console.log(line(row))
  for (const r of reports) {
    const messages = Object.entries({ ...r.postsOnly.messages, ...r.storm.messages })
    if (messages.length === 0) continue
    console.log(`\n${r.build}: refusals and errors (status, message; N for numbers)`)
    for (const [message, count] of messages.slice(0, 8)) console.log(`  ${String(count).padStart(6)}  ${message.slice(0, 150)}`)
    if (messages.some(([message]) => message.includes('Terlalu cepat'))) {
      // An account posts again after every other account posted once; the portal wants 10 s between.
      console.log(`  (an account's turn comes every ${ACCOUNTS} posts: past ${ACCOUNTS / 10} posts/s, raise --accounts)`)
    }
  }
  for (const r of reports.filter((r) => !r.liveRoute))
    console.log(`\n${r.build}: no /api/comments/<id> in this build (404): readers did not poll.`)
  console.log(
    '\nregenerations: answers the readers got as STALE (each starts one in the background) or MISS; versions: distinct comment counts ("Komentar (N)") in the pages they got.',
  )
}

function cleanUp() {
  // Every child leads a process group of its own (servers, wrk in its shell): end the groups.
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
  fs.rmSync(scratch, { recursive: true, force: true })
}
process.on('exit', cleanUp)
// The children run in process groups of their own, which Ctrl-C does not reach: exit through cleanUp.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

try {
  const builds: Build[] = []
  if (args.baseline) builds.push(await prepare('baseline', path.resolve(args.baseline), PORT + 1))
  builds.push(
    await prepare(ORIGIN ? 'origin' : DATABASE_URL ? 'postgres' : 'current', process.cwd(), PORT, args.dist, DATABASE_URL, ORIGIN),
  )
  const reports: Report[] = []
  for (const build of builds) {
    if (build.external) say(`Measuring ${build.origin} (its servers' database: ${new URL(build.databaseUrl!).pathname.slice(1)})…`)
    else {
      say(`Starting ${build.label} (${build.dir}) on ${build.origin}…`)
      await start(build)
    }
    await check(build)
    const phases: Phase[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      say(`${build.label} #${round}: ${DURATION} s of posts only…`)
      const postsOnly = await phase(build, 'posts only', round)
      say(`${build.label} #${round}: ${DURATION} s of the storm (posts, readers, polls)…`)
      const storm = await phase(build, 'storm', round)
      phases.push(postsOnly, storm)
      reports.push(
        report(build, round, postsOnly, storm, { lost: 0, duplicated: 0, storedNotAcked: 0, storedAfterError: 0, pending: 0, approved: 0 }),
      )
    }
    // Servers started elsewhere keep running: the audit waits until they are idle (at most 10 s).
    if (build.external) await settle(build.pgrps)
    else await stopServer(build)
    const checked = await audit(build, phases)
    for (const r of reports.filter((r) => r.build === build.label)) r.audit = checked
  }
  if (args.json)
    console.log(
      JSON.stringify(
        {
          duration: DURATION,
          posters: POSTERS,
          readers: READERS,
          readerPauseMs: READER_PAUSE_MS,
          accounts: ACCOUNTS,
          targets: TARGETS,
          reports,
        },
        null,
        2,
      ),
    )
  else print(reports)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
process.exit()
