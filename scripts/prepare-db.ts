// Migrates the database and fills an empty one with the demo content.
import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { isEmpty, seedDemo } from '@/db/seed'
import { getEnv } from '@/lib/env'

const db = getDb()
migrateDatabase(db)
if (isEmpty(db)) {
  const result = seedDemo(db)
  console.log(`Seeded the empty database ${getEnv().DATABASE_FILE} with ${result.articles} demo articles`)
}
db.$client.close()
