// `npm start`: make sure a session secret exists, migrate and seed, build when needed, then serve
// the production server on HOSTNAME:PORT.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import nextEnv from '@next/env'
import { EnvError, requireRuntimeEnv } from '@/lib/env'
import { ensureBuild, forwardSignals, prepareDatabase, startServer } from './lib/server'

const root = process.cwd()
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })

if (!process.env.AUTH_SECRET) {
  const secret = crypto.randomBytes(32).toString('base64url')
  fs.appendFileSync(path.join(root, '.env.local'), `\n# Created by npm start on first run; keep it secret.\nAUTH_SECRET=${secret}\n`, {
    mode: 0o600,
  })
  process.env.AUTH_SECRET = secret
  console.log('Created a local AUTH_SECRET in .env.local')
}

let env
try {
  env = requireRuntimeEnv()
} catch (error) {
  if (!(error instanceof EnvError)) throw error
  console.error(error.message)
  process.exit(1)
}

prepareDatabase(process.env)
ensureBuild(process.env)
console.log(`Serving FAKTA on http://${env.HOSTNAME}:${env.PORT}`)
forwardSignals(startServer(process.env, env.HOSTNAME, env.PORT))
