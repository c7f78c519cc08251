import './load-env'
import { closeDb, getDb, migrateDatabase } from '@/db/client'
import { getEnv } from '@/lib/env'
import { databaseName } from './lib/accounts'

await migrateDatabase(getDb())
console.log(`Migrated ${databaseName(getEnv())}`)
await closeDb()
