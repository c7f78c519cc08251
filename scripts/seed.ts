import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { seedDemo, seedDemoAccounts } from '@/db/seed'
import { getEnv } from '@/lib/env'
import { printAccounts } from './lib/accounts'

const file = getEnv().DATABASE_FILE
const db = getDb()
migrateDatabase(db)
const result = seedDemo(db)
console.log(result.seeded ? `Seeded ${file} with ${result.articles} demo articles` : `${file} already has the demo content; nothing to do`)
printAccounts(await seedDemoAccounts(db), file)
