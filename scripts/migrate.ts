import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { getEnv } from '@/lib/env'

migrateDatabase(getDb())
console.log(`Migrated ${getEnv().DATABASE_FILE}`)
