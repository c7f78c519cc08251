// Shared by `npm start`, `npm run build`, the end-to-end tests and the benchmark: prepare the
// database, build when needed, and run the production server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { EnvError, parseEnv, type Env } from '@/lib/env'
import { buildCacheHandler } from '../build-cache-handler'
import { buildIslands, publishIslands } from '../build-islands'

const root = process.cwd()
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** The validated environment, or the message naming the bad variables and exit code 1. */
export function envOrExit(source: NodeJS.ProcessEnv): Env {
  try {
    return parseEnv(source)
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

function newest(entry: string): number {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(full).map((name) => newest(path.join(entry, name))))
}

const sources = ['app', 'components', 'db', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs']

type Stamp = { target?: string; at?: number }

/**
 * Static pages are rendered from the database at build time, so a build belongs to one database
 * (the SQLite file or the PostgreSQL URL) and site URL. The stamp in the build folder (NEXT_DIST_DIR) records them.
 */
function buildTarget(env: Env): { stampFile: string; target: string } {
  return {
    stampFile: path.join(root, env.NEXT_DIST_DIR, 'fakta-build.json'),
    target: `${env.DATABASE_URL ? withoutPassword(env.DATABASE_URL) : path.resolve(env.DATABASE_FILE)} ${env.SITE_URL}`,
  }
}

function withoutPassword(url: string): string {
  const parsed = new URL(url)
  parsed.password = ''
  return parsed.toString()
}

/** `next build` into NEXT_DIST_DIR, then the stamp that says for which database and site. */
export function build(source: NodeJS.ProcessEnv): void {
  const { stampFile, target } = buildTarget(envOrExit(source))
  const started = Date.now()
  // Nothing at build time talks to another host: Next's usage report stays off.
  const distDir = path.join(root, envOrExit(source).NEXT_DIST_DIR)
  buildIslands(distDir)
  run(bin('next'), ['build'], { ...source, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })
  publishIslands(distDir)
  // After `next build`, which empties the build folder first.
  buildCacheHandler(distDir)
  fs.writeFileSync(stampFile, JSON.stringify({ target, at: started } satisfies Stamp))
}

/** Builds unless the build folder holds a build of the current sources for this database and site. */
export function ensureBuild(source: NodeJS.ProcessEnv): void {
  const { stampFile, target } = buildTarget(envOrExit(source))
  const stamp: Stamp = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp) : {}
  const fresh = stamp.target === target && (stamp.at ?? 0) >= Math.max(...sources.map(newest))
  if (fresh) return
  console.log('Building the production bundle…')
  build(source)
}

/** Without AUTH_SECRET, a new one appended to .env.local (first run of `npm start`). */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return
  const secret = crypto.randomBytes(32).toString('base64url')
  fs.appendFileSync(path.join(root, '.env.local'), `\n# Created by npm start on first run; keep it secret.\nAUTH_SECRET=${secret}\n`, {
    mode: 0o600,
  })
  process.env.AUTH_SECRET = secret
  console.log('Created a local AUTH_SECRET in .env.local')
}

export function prepareDatabase(env: NodeJS.ProcessEnv): void {
  run(bin('tsx'), ['scripts/prepare-db.ts'], env)
}

/**
 * Our production server (scripts/serve-next.ts): Next's handler behind lib/http/edge.ts. With a
 * `label`, each line it writes is prefixed with it (several instances in one terminal). With
 * `detached`, it leads a process group of its own (the bench measures the group's CPU time).
 */
export function startServer(env: NodeJS.ProcessEnv, host: string, port: number, label?: string, { detached = false } = {}): ChildProcess {
  const child = spawn(bin('tsx'), ['scripts/serve-next.ts', '--hostname', host, '--port', String(port)], {
    detached,
    stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (label) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      readline.createInterface({ input: stream! }).on('line', (line) => out.write(`${label} ${line}\n`))
    }
  }
  return child
}

export function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
}
