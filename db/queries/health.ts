import 'server-only'
import { sql } from 'drizzle-orm'
import { rawAll } from '../client'

export async function checkDatabase(): Promise<void> {
  // A bare `select 1` has no builder form; it reads the same on both dialects.
  await rawAll(sql`select 1`)
}
