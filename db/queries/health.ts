import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '../client'

export function checkDatabase(): void {
  getDb().get(sql`select 1`)
}
