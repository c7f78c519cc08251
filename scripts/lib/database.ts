// Scripts that open the database stop with one line when PostgreSQL does not answer.
import { postgresReachable, withoutPassword } from '@/db/postgres'
import { getEnv } from '@/lib/env'

export async function requireDatabase(): Promise<void> {
  const url = getEnv().DATABASE_URL
  if (!url || (await postgresReachable(url))) return
  console.error(`PostgreSQL does not answer at ${withoutPassword(url)} (DATABASE_URL): start it, or correct the URL`)
  process.exit(1)
}
