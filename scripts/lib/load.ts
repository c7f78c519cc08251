// The load tool of `npm run bench` and its scale-out part (scripts/bench-scale.ts): wrk with one
// thread when it is installed, autocannon otherwise, with the tool's and the server's CPU share.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { cpuSeconds, TICKS } from './proc'

export const CORES = os.availableParallelism()
// One wrk thread: it then uses at most one core and leaves the other to the server under test
// (Node serves from one thread).
export const WRK_THREADS = 1
export const hasWrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function waitFor(url: string, timeoutMs: number) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await sleep(500)
  }
  throw new Error(`${url} did not come up in ${timeoutMs / 1000} s`)
}

/**
 * What to load: a URL, the processes whose CPU time is the server's, and for a signed-in reader a
 * cookie; with `view`, every connection asks for `url`'s path and then /api/me, with the cookie.
 */
export type Target = { name: string; url: string; server: { pid?: number; pgrps?: number[] }; cookie?: string; view?: boolean }
export type Result = {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  toolCpu: number
  serverCpu: number
}

export const share = (cpu: number, wall: number) => cpu / (wall * CORES)

/** wrk's latency figure ("850.00us", "1.20ms", "2.01s") in milliseconds. */
function millis(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text)
  if (!m) return NaN
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm']
  return Number(m[1]) * scale
}

/** A wrk Lua script in `dir`: every connection asks for the page, then for /api/me, with the cookie. */
function viewScript(dir: string, page: string, cookie: string): string {
  const file = path.join(dir, `signed-in-view-${process.hrtime.bigint()}.lua`)
  const headers = `{ ["Cookie"] = ${JSON.stringify(cookie)} }`
  // The requests are built in init(): wrk fills in the Host header only then.
  fs.writeFileSync(
    file,
    [
      'local requests',
      'local i = 0',
      'init = function()',
      `  requests = { wrk.format("GET", ${JSON.stringify(page)}, ${headers}), wrk.format("GET", "/api/me", ${headers}) }`,
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
export function capture(command: string, commandArgs: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
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

export type LoadOptions = { duration: number; connections: number; /** Where wrk's scripts are written. */ scratch: string }

async function runWrk(target: Target, { duration, connections, scratch }: LoadOptions): Promise<Result> {
  const wrkArgs = [`-t${WRK_THREADS}`, `-c${connections}`, `-d${duration}s`, '--latency']
  if (target.view && target.cookie) wrkArgs.push('-s', viewScript(scratch, new URL(target.url).pathname, target.cookie))
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

async function runAutocannon(target: Target, { duration, connections }: LoadOptions): Promise<Result> {
  const headers = target.cookie ? { cookie: target.cookie } : undefined
  const requests: autocannon.Request[] | undefined = target.view
    ? [
        { path: new URL(target.url).pathname, headers },
        { path: '/api/me', headers },
      ]
    : undefined
  const before = cpuSeconds(target.server)
  const cpu = process.cpuUsage()
  const started = process.hrtime.bigint()
  const result = await autocannon({ url: target.url, connections, duration, pipelining: 1, requests, headers })
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

/** One run of the load tool against `target`. */
export const load = (target: Target, options: LoadOptions) => (hasWrk ? runWrk(target, options) : runAutocannon(target, options))

export const pct = (x: number) => `${(x * 100).toFixed(0)}%`
