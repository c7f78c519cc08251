// Production instances for the scale-out suite: our server (scripts/serve-next.ts) run by node
// itself, so the pid is the server's and a SIGKILL kills it, with its output kept for the checks.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { Redis } from 'ioredis'

// `npm run test:cluster` runs from the project folder.
const root = process.cwd()
export const A = 'http://127.0.0.1:3401'
export const B = 'http://127.0.0.1:3402'
export const AUTH_SECRET = 'cluster-secret-for-local-servers-only-0123456789'
/** Not the default `fakta`: every key the instances write must carry the configured prefix. */
export const REDIS_PREFIX = 'gugus-3400'

/** The suite's Redis: database 9 of REDIS_URL's server, emptied before the suite. */
export function suiteRedisUrl(): string {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')
  url.pathname = '/9'
  return url.toString()
}

/** Whether Redis answers a PING within a second. */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  client.on('error', () => {})
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

/**
 * The instances' environment: the suite's PostgreSQL database when global-setup.ts made one
 * (CLUSTER_DATABASE_URL), else the shared SQLite file; a build folder per dialect, since a build
 * renders its pages from its database.
 */
export function clusterEnv(databaseFile: string, mediaDir: string): NodeJS.ProcessEnv {
  const databaseUrl = process.env.CLUSTER_DATABASE_URL
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_FILE: databaseFile,
    MEDIA_DIR: mediaDir,
    NEXT_DIST_DIR: databaseUrl ? '.next-cluster-pg' : '.next-cluster',
    // One public address for all, as behind a proxy.
    SITE_URL: A,
    AUTH_SECRET,
    AUTH_TRUST_HOST: 'true',
    LOG_LEVEL: 'warn',
    REDIS_URL: suiteRedisUrl(),
    REDIS_PREFIX,
  }
  // A DATABASE_URL given to the suite names the server to try; the fallback is the SQLite file.
  if (!databaseUrl) delete env.DATABASE_URL
  return env
}

export type Instance = { url: string; child: ChildProcess; output: string[]; stop: () => Promise<void> }

export async function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-next.ts', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => output.push(...chunk.split('\n').filter(Boolean)))
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${output.join('\n')}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`instance on ${port} did not start:\n${output.join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  return { url, child, output, stop }
}

/**
 * The Redis key of a route the build prerendered: the key Next asks the cache handler for is in
 * the route's `.meta` file (routeCache.key), under the build's prefix.
 */
export function prerenderedRedisKey(distDir: string, route: string): string {
  const server = path.join(root, distDir, 'server')
  const meta = JSON.parse(fs.readFileSync(path.join(server, 'app', `${route === '/' ? '/index' : route}.meta`), 'utf8')) as {
    routeCache: { key: string }
  }
  const buildId = fs.readFileSync(path.join(root, distDir, 'BUILD_ID'), 'utf8').trim()
  return `${REDIS_PREFIX}:${buildId}:cache:${meta.routeCache.key}`
}
