import './load-env'
import { closeDb, getDb, migrateDatabase } from '@/db/client'
import type { PgDb } from '@/db/postgres'
import { seedDemo, seedDemoAccounts } from '@/db/seed'
import { isEmptyPostgres, seedPostgres } from '@/db/seed-postgres'
import { getEnv } from '@/lib/env'
import { requireDatabase } from './lib/database'
import { databaseName, printAccounts } from './lib/accounts'

await requireDatabase()
const env = getEnv()
const name = databaseName(env)
const db = getDb()
await migrateDatabase(db)
if (env.DATABASE_URL) {
  // PostgreSQL takes the demo content whole, into an empty database.
  const target = db as unknown as PgDb
  if (await isEmptyPostgres(target)) {
    const result = await seedPostgres(target)
    console.log(`Seeded ${name} with ${result.articles} demo articles`)
    printAccounts(result.accounts, name)
  } else {
    console.log(`${name} already holds articles; nothing to do`)
  }
} else {
  const result = seedDemo(db)
  console.log(
    result.seeded ? `Seeded ${name} with ${result.articles} demo articles` : `${name} already has the demo content; nothing to do`,
  )
  printAccounts(await seedDemoAccounts(db), name)
}
await closeDb()
