// Migrates the database and fills an empty one with the demo content and demo accounts.
import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { isEmpty, seedDemo, seedDemoAccounts } from '@/db/seed'
import { getEnv } from '@/lib/env'
import { printAccounts } from './lib/accounts'

const file = getEnv().DATABASE_FILE
const db = getDb()
migrateDatabase(db)
if (isEmpty(db)) {
  const result = seedDemo(db)
  console.log(`Seeded the empty database ${file} with ${result.articles} demo articles`)
  const accounts = await seedDemoAccounts(db)
  printAccounts(accounts, file)
}
db.$client.close()
