// `npm run start:proxy`: `npm start`'s server on an internal port (PORT+1 on 127.0.0.1) behind
// nginx (Debian's package) as a micro-cache on HOSTNAME:PORT, with the config in
// scripts/nginx/fakta.conf.template written to a temporary folder.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import nextEnv from '@next/env'
import { envOrExit, ensureAuthSecret, ensureBuild, prepareDatabase, startServer } from './lib/server'

const root = process.cwd()
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))
if (!nginx) {
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

const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-nginx-'))
fs.chmodSync(prefix, 0o755)
const listen = env.HOSTNAME.includes(':') ? `[${env.HOSTNAME}]:${env.PORT}` : `${env.HOSTNAME}:${env.PORT}`
const values: Record<string, string> = {
  PREFIX: prefix,
  LISTEN: listen,
  UPSTREAM: `127.0.0.1:${appPort}`,
  STATIC: path.join(root, env.NEXT_DIST_DIR, 'static'),
  PUBLIC: path.join(root, 'public'),
}
const template = fs.readFileSync(path.join(root, 'scripts/nginx/fakta.conf.template'), 'utf8')
const config = template.replace(/\{\{([A-Z]+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`)
fs.writeFileSync(path.join(prefix, 'nginx.conf'), config)

const nginxArgs = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')]
const check = spawnSync(nginx, [...nginxArgs, '-t', '-q'], { stdio: 'inherit' })
if (check.status !== 0) process.exit(1)

const app = startServer(appEnv, '127.0.0.1', appPort)
const proxy = spawn(nginx, [...nginxArgs, '-g', 'daemon off;'], { stdio: 'inherit' })
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
