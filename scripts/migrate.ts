import './load-env'
import { closeDb, getDb, migrateDatabase } from '@/db/client'
import { getEnv } from '@/lib/env'
import { requireDatabase } from './lib/database'
import { databaseName } from './lib/accounts'

await requireDatabase()
await migrateDatabase(getDb())
console.log(`Migrated ${databaseName(getEnv())}`)
await closeDb()
