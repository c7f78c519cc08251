// `npm run lighthouse`: Lighthouse (its default config: mobile, simulated throttling) against the
// production server (scripts/serve-next.ts) on its own build and database, several runs per page,
// alternating pages in each round; prints the medians as a markdown table and checks them against
// the goals. Chrome is Debian's Chromium (`apt-get install chromium`; CHROME_PATH overrides), never
// a downloaded browser.
//   npm run lighthouse [-- --runs 3 --port 3300 --url name=http://host/path ... --json out.json]
// --url adds a page by absolute URL (repeatable), e.g. the same article from a server started
// elsewhere, measured in the same rounds.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { spawnSync, type ChildProcess } from 'node:child_process'
import { parseArgs } from 'node:util'
import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { ensureBuild, envOrExit, prepareDatabase, startServer } from './lib/server'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '3300' },
    url: { type: 'string', multiple: true, default: [] },
    json: { type: 'string' },
  },
})
const usage = 'usage: npm run lighthouse -- [--runs N] [--port N] [--url name=http://host/path ...] [--json FILE]'
const RUNS = Number(args.runs)
const PORT = Number(args.port)
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`lighthouse: --runs must be a whole number of at least 1\n${usage}`)
  process.exit(2)
}
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) {
  console.error(`lighthouse: --port must be a port number\n${usage}`)
  process.exit(2)
}
const SEED = '/news/internasional/nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir'
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu']
const BASE = `http://127.0.0.1:${PORT}`

type Target = { name: string; url: string; headers?: Record<string, string> }
// The pages as an anonymous reader gets them (static HTML, docs/decisions/013) and, in the same
// run, as the App Router pages that a browser that has signed in gets (the hint cookie alone).
const APP_ROUTER = { Cookie: 'fakta_signed_in=1' }
const targets: Target[] = [
  { name: 'home', url: `${BASE}/` },
  { name: 'seed article', url: `${BASE}${SEED}` },
  { name: 'home (App Router)', url: `${BASE}/`, headers: APP_ROUTER },
  { name: 'seed article (App Router)', url: `${BASE}${SEED}`, headers: APP_ROUTER },
]
for (const spec of args.url) {
  const at = spec.indexOf('=')
  const name = spec.slice(0, at)
  const url = spec.slice(at + 1)
  if (at < 1 || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    console.error(`lighthouse: --url wants name=URL with an absolute http(s) URL, got ${JSON.stringify(spec)}\n${usage}`)
    process.exit(2)
  }
  targets.push({ name, url })
}
if (!fs.existsSync(CHROME_PATH)) {
  console.error(`lighthouse: no browser at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`)
  process.exit(1)
}

type Run = {
  target: string
  url: string
  round: number
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  fcpMs: number
  tbtMs: number
  cls: number
  bytes: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(url: string, timeoutMs: number, server: ChildProcess) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`The server exited (code ${server.exitCode}) before answering ${url}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await sleep(500)
  }
  throw new Error(`${url} did not come up in ${timeoutMs / 1000} s`)
}

// Its own database in the system's temporary folder (a fixed path: the build is stamped with it)
// and the bench's build folder, so neither touches what `npm start` serves.
const DB = path.join(os.tmpdir(), `fakta-lighthouse-${PORT}`, 'lighthouse.db')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_FILE: DB,
  PORT: String(PORT),
  SITE_URL: BASE,
  NEXT_DIST_DIR: '.next-bench',
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  AUTH_TRUST_HOST: 'true',
  LOG_LEVEL: 'warn',
}
envOrExit(env)

let server: ChildProcess | undefined
let chrome: LaunchedChrome | undefined
const stop = () => {
  try {
    chrome?.kill()
  } catch {}
  chrome = undefined
  if (server && server.exitCode === null) server.kill('SIGTERM')
}
process.on('exit', stop)
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    stop()
    process.exit(code)
  })
}

/** One Lighthouse run in a fresh Chromium, killed afterwards. */
async function measure(target: Target, round: number): Promise<Run> {
  chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: target.headers })
    if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${target.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
    return {
      target: target.name,
      url: target.url,
      round,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: value('largest-contentful-paint'),
      fcpMs: value('first-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
    }
  } finally {
    chrome.kill()
    chrome = undefined
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
const clsText = (cls: number) => (Number(cls.toFixed(3)) === 0 ? '0' : cls.toFixed(3))

/** The goals from the issue; the byte budget is for article pages (a path under /news/). */
type Goal = { label: string; meets: (m: Run) => boolean | undefined }
const goals: Goal[] = [
  { label: 'Performance ≥ 98', meets: (m) => m.performance >= 98 },
  { label: 'Accessibility 100', meets: (m) => m.accessibility === 100 },
  { label: 'Best Practices 100', meets: (m) => m.bestPractices === 100 },
  { label: 'SEO 100', meets: (m) => m.seo === 100 },
  { label: 'LCP ≤ 1.8 s', meets: (m) => m.lcpMs <= 1800 },
  { label: 'TBT ≤ 100 ms', meets: (m) => m.tbtMs <= 100 },
  // CLS as Lighthouse shows it, to three decimals.
  { label: 'CLS 0', meets: (m) => Number(m.cls.toFixed(3)) === 0 },
  { label: 'article ≤ 150 KB', meets: (m) => (new URL(m.url).pathname.startsWith('/news/') ? m.bytes <= 150 * 1024 : undefined) },
]

try {
  // A server already on the port would be measured instead of ours.
  const taken = await fetch(`${BASE}/api/health`).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`Something already answers on ${BASE}; pick another --port`)
  fs.mkdirSync(path.dirname(DB), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${DB}${suffix}`, { force: true })
  prepareDatabase(env)
  ensureBuild(env)
  server = startServer(env, '127.0.0.1', PORT)
  await waitFor(`${BASE}/api/health`, 120_000, server)

  for (const target of targets) {
    const response = await fetch(target.url)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${target.url} answered ${response.status}`)
  }

  const chromeVersion = spawnSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim()
  console.log(`Lighthouse 12.2.3 (default config: mobile, simulated throttling), ${chromeVersion}, ${RUNS} run(s) per page`)
  const runs: Run[] = []
  for (let round = 1; round <= RUNS; round++) {
    for (const target of targets) {
      const run = await measure(target, round)
      runs.push(run)
      console.log(
        `  round ${round} ${target.name}: Performance ${run.performance}, LCP ${seconds(run.lcpMs)}, TBT ${Math.round(run.tbtMs)} ms`,
      )
    }
  }

  const medians: Run[] = targets.map((target) => {
    const own = runs.filter((r) => r.target === target.name)
    const m = (key: keyof Run) => median(own.map((r) => r[key] as number))
    return {
      target: target.name,
      url: target.url,
      round: 0,
      performance: m('performance'),
      accessibility: m('accessibility'),
      bestPractices: m('bestPractices'),
      seo: m('seo'),
      lcpMs: m('lcpMs'),
      fcpMs: m('fcpMs'),
      tbtMs: m('tbtMs'),
      cls: m('cls'),
      bytes: m('bytes'),
    }
  })

  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  console.log(`\nMedian of ${RUNS} run(s) per page:\n`)
  console.log(
    row(['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'LCP', 'FCP', 'TBT', 'CLS', 'transfer', 'Performance per run']),
  )
  console.log(row(['---', ...Array<string>(10).fill('---:')]))
  for (const m of medians) {
    const perRun = runs.filter((r) => r.target === m.target).map((r) => String(r.performance))
    console.log(
      row([
        m.target,
        String(m.performance),
        String(m.accessibility),
        String(m.bestPractices),
        String(m.seo),
        seconds(m.lcpMs),
        seconds(m.fcpMs),
        `${Math.round(m.tbtMs)} ms`,
        clsText(m.cls),
        kb(m.bytes),
        perRun.join(', '),
      ]),
    )
  }

  console.log('\nAgainst the goals (medians; yes = meets it):\n')
  console.log(row(['page', ...goals.map((g) => g.label)]))
  console.log(row(['---', ...goals.map(() => '---')]))
  let missed = 0
  for (const m of medians) {
    const cells = goals.map((goal) => {
      const meets = goal.meets(m)
      if (meets === false) missed++
      return meets === undefined ? '–' : meets ? 'yes' : '**no**'
    })
    console.log(row([m.target, ...cells]))
  }
  console.log(`\n${missed === 0 ? 'Every goal met.' : `${missed} figure(s) miss their goal.`}`)

  if (args.json) {
    const report = { lighthouse: '12.2.3', chrome: chromeVersion, runsPerPage: RUNS, targets, runs, medians }
    fs.writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`Raw figures: ${args.json}`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  stop()
}
process.exit()
