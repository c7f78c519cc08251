// `npm run start:proxy`: `npm start`'s server on an internal port (PORT+1 on 127.0.0.1) behind
// nginx (Debian's package) as a micro-cache on HOSTNAME:PORT, with the config in
// scripts/nginx/fakta.conf.template written to a temporary folder.
import fs from 'node:fs'
import path from 'node:path'
import nextEnv from '@next/env'
import { findNginx, spawnNginx, writeNginxConfig, type NginxConfig } from './lib/nginx'
import { envOrExit, ensureAuthSecret, ensureBuild, prepareDatabase, startServer } from './lib/server'

const root = process.cwd()
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })

if (!findNginx()) {
  console.error('nginx is not installed: apt-get install -y nginx-light')
  process.exit(2)
}

ensureAuthSecret()
const env = envOrExit(process.env)
const appPort = env.PORT + 1
// Links, feeds and the build stamp name the public address: nginx's.
const appEnv = { ...process.env, SITE_URL: env.SITE_URL, TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback' }
envOrExit(appEnv)

prepareDatabase(appEnv)
ensureBuild(appEnv)

const listen = env.HOSTNAME.includes(':') ? `[${env.HOSTNAME}]:${env.PORT}` : `${env.HOSTNAME}:${env.PORT}`
let config: NginxConfig
try {
  config = writeNginxConfig({
    listen,
    upstream: `127.0.0.1:${appPort}`,
    staticDir: path.join(root, env.NEXT_DIST_DIR, 'static'),
    publicDir: path.join(root, 'public'),
  })
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const { prefix } = config

const app = startServer(appEnv, '127.0.0.1', appPort)
const proxy = spawnNginx(config)
console.log(`Serving FAKTA through nginx on ${env.SITE_URL} (app on http://127.0.0.1:${appPort}, nginx files in ${prefix})`)

let stopping = false
function stop(code: number): void {
  if (stopping) return
  stopping = true
  app.kill('SIGTERM')
  proxy.kill('SIGQUIT')
  let left = 2
  const done = () => {
    if (--left > 0) return
    fs.rmSync(prefix, { recursive: true, force: true })
    process.exit(code)
  }
  for (const child of [app, proxy]) {
    if (child.exitCode !== null || child.signalCode !== null) done()
    else child.once('exit', done)
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0))
app.on('exit', (code) => stop(code ?? 1))
proxy.on('exit', (code) => stop(code ?? 1))
