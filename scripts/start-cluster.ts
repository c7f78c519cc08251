// `npm run start:cluster`: several instances of the production server (INSTANCES or
// --instances, default 2) on internal ports PORT+1…PORT+N of 127.0.0.1, sharing the database,
// one session secret and Redis (REDIS_URL: the incremental cache, sign-in tickets, vote counts,
// the scheduler's lock; docs/decisions/023), behind nginx's micro-cache on HOSTNAME:PORT, which
// balances across them. DATABASE_URL, when set, reaches the instances unchanged.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import nextEnv from '@next/env'
import { findNginx, spawnNginx, writeNginxConfig, type NginxConfig } from './lib/nginx'
import { envOrExit, ensureAuthSecret, ensureBuild, prepareDatabase, startServer } from './lib/server'

const root = process.cwd()
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })

const { values } = parseArgs({ options: { instances: { type: 'string' } } })
const instances = Number(values.instances ?? process.env.INSTANCES ?? 2)
if (!Number.isInteger(instances) || instances < 1 || instances > 32) {
  console.error('start:cluster: --instances (or INSTANCES) must be a whole number from 1 to 32')
  process.exit(2)
}
if (!process.env.REDIS_URL) {
  console.error(
    'start:cluster needs REDIS_URL (for example REDIS_URL=redis://127.0.0.1:6379): the instances share their cache, sign-in tickets and counters there',
  )
  process.exit(2)
}
if (!findNginx()) {
  console.error('nginx is not installed: apt-get install -y nginx-light')
  process.exit(2)
}

ensureAuthSecret()
const env = envOrExit(process.env)
// Every instance names the public address (nginx's) in links, feeds and the build stamp, and
// signs sessions with the same secret, so a cookie from one is good on all.
const appEnv = { ...process.env, SITE_URL: env.SITE_URL, TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback' }
envOrExit(appEnv)

prepareDatabase(appEnv)
ensureBuild(appEnv)

const ports = Array.from({ length: instances }, (_, index) => env.PORT + 1 + index)
const listen = env.HOSTNAME.includes(':') ? `[${env.HOSTNAME}]:${env.PORT}` : `${env.HOSTNAME}:${env.PORT}`
let config: NginxConfig
try {
  config = writeNginxConfig({
    listen,
    upstream: ports.map((port) => `127.0.0.1:${port}`),
    staticDir: path.join(root, env.NEXT_DIST_DIR, 'static'),
    publicDir: path.join(root, 'public'),
    accessLog: true,
  })
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const { prefix } = config

const apps = ports.map((port, index) => startServer(appEnv, '127.0.0.1', port, `[${index + 1}]`))
const proxy = spawnNginx(config)
console.log(
  `Serving FAKTA through nginx on ${env.SITE_URL}: ${instances} instances on ${ports.map((port) => `127.0.0.1:${port}`).join(', ')}, ` +
    `Redis at ${process.env.REDIS_URL}; nginx files and access.log (with the answering instance) in ${prefix}`,
)

let stopping = false
function stop(code: number): void {
  if (stopping) return
  stopping = true
  for (const app of apps) app.kill('SIGTERM')
  proxy.kill('SIGQUIT')
  const children = [...apps, proxy]
  let left = children.length
  const done = () => {
    if (--left > 0) return
    fs.rmSync(prefix, { recursive: true, force: true })
    process.exit(code)
  }
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) done()
    else child.once('exit', done)
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0))
// An instance that stops leaves the others serving (nginx passes its requests on); the last one
// to stop, or nginx, stops the whole.
for (const [index, app] of apps.entries()) {
  app.on('exit', (code, signal) => {
    if (stopping) return
    console.error(`Instance ${index + 1} stopped (${signal ?? `exit ${code}`})`)
    if (apps.every((other) => other.exitCode !== null || other.signalCode !== null)) stop(code ?? 1)
  })
}
proxy.on('exit', (code) => stop(code ?? 1))
