import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { seedDemo } from '@/db/seed'
import { getEnv } from '@/lib/env'

const db = getDb()
migrateDatabase(db)
const result = seedDemo(db)
console.log(
  result.seeded
    ? `Seeded ${getEnv().DATABASE_FILE} with ${result.articles} demo articles`
    : `${getEnv().DATABASE_FILE} already has the demo content; nothing to do`,
)
