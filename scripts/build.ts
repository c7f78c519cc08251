// `npm run build`: migrate (and seed an empty database), build the production bundle and stamp
// it with the database and site URL it was rendered for, so `npm start` serves it as it is.
import nextEnv from '@next/env'
import { build, prepareDatabase } from './lib/server'

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
prepareDatabase(process.env)
build(process.env)
