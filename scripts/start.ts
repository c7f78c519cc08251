// `npm start`: make sure a session secret exists, migrate and seed, build when needed, then serve
// the production server on HOSTNAME:PORT.
import nextEnv from '@next/env'
import { EnvError, requireRuntimeEnv } from '@/lib/env'
import { ensureAuthSecret, ensureBuild, forwardSignals, prepareDatabase, startServer } from './lib/server'

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })

ensureAuthSecret()

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
