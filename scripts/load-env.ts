// Scripts read .env and .env.local exactly as Next does, then validate through lib/env.
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error })
