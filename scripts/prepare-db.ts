// Migrates the database and fills an empty one with the demo content and demo accounts.
import './load-env'
import { closeDb, getDb, migrateDatabase } from '@/db/client'
import type { PgDb } from '@/db/postgres'
import { isEmpty, seedDemo, seedDemoAccounts } from '@/db/seed'
import { isEmptyPostgres, seedPostgres } from '@/db/seed-postgres'
import { getEnv } from '@/lib/env'
import { requireDatabase } from './lib/database'
import { databaseName, printAccounts } from './lib/accounts'

await requireDatabase()
const env = getEnv()
const db = getDb()
await migrateDatabase(db)
if (env.DATABASE_URL) {
  const target = db as unknown as PgDb
  if (await isEmptyPostgres(target)) {
    const result = await seedPostgres(target)
    console.log(`Seeded the empty PostgreSQL database ${databaseName(env)} with ${result.articles} demo articles`)
    printAccounts(result.accounts, databaseName(env))
  }
} else if (isEmpty(db)) {
  const result = seedDemo(db)
  console.log(`Seeded the empty database ${env.DATABASE_FILE} with ${result.articles} demo articles`)
  const accounts = await seedDemoAccounts(db)
  printAccounts(accounts, env.DATABASE_FILE)
}
await closeDb()
