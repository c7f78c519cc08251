import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '../client'

export async function checkDatabase(): Promise<void> {
  // dialect-specific: a bare `select 1` has no builder form.
  await getDb().get(sql`select 1`)
}
