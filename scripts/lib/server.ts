// Shared by `npm start`, the end-to-end tests and the benchmark: prepare the database, build when
// needed, and run the production server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function newest(entry: string): number {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(full).map((name) => newest(path.join(entry, name))))
}

const sources = ['app', 'components', 'db', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs']
const stampFile = path.join(root, '.next', 'fakta-build.json')

/**
 * Static pages are rendered from the database at build time, so a build belongs to one database
 * file and site URL: rebuild when the sources changed or the build was made for another target.
 */
export function ensureBuild(env: NodeJS.ProcessEnv): void {
  const target = `${path.resolve(env.DATABASE_FILE ?? './data/fakta.db')} ${env.SITE_URL ?? ''}`
  const stamp = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { target?: string; at?: number }) : {}
  const fresh = stamp.target === target && (stamp.at ?? 0) >= Math.max(...sources.map(newest))
  if (fresh) return
  console.log('Building the production bundle…')
  run(bin('next'), ['build'], { ...env, NODE_ENV: 'production' })
  fs.writeFileSync(stampFile, JSON.stringify({ target, at: Date.now() }))
}

export function prepareDatabase(env: NodeJS.ProcessEnv): void {
  run(bin('tsx'), ['scripts/prepare-db.ts'], env)
}

/** Our production server (scripts/serve-next.ts): Next's handler behind lib/http/edge.ts. */
export function startServer(env: NodeJS.ProcessEnv, host: string, port: number): ChildProcess {
  return spawn(bin('tsx'), ['scripts/serve-next.ts', '--hostname', host, '--port', String(port)], {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production' },
  })
}

export function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
}
