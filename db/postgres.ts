// A PostgreSQL database handle on db/schema-pg.ts, and its migrations (db/migrations-pg).
import os from 'node:os'
import path from 'node:path'
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema-pg'

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool }

export const pgMigrationsFolder = path.join(process.cwd(), 'db', 'migrations-pg')

/**
 * `url` with the operating system's user name when it names no user (`postgres://host/db`), as
 * psql does; node-postgres would take it from $USER, which a service's environment may lack.
 */
export function withDefaultUser(url: string): string {
  const parsed = new URL(url)
  if (parsed.username || !parsed.hostname) return url
  parsed.username = os.userInfo().username
  return parsed.toString()
}

/**
 * A pool on `url` (postgres://...) with drizzle over it; close with `db.$client.end()`. `keepIdleMs`
 * keeps idle connections that long (node-postgres closes them after 10 s), without holding the
 * process open.
 */
export function openPostgres(
  url: string,
  { max = 4, onQuery, keepIdleMs }: { max?: number; onQuery?: () => void; keepIdleMs?: number } = {},
): PgDb {
  const logger = onQuery ? { logQuery: onQuery } : undefined
  const idle = keepIdleMs === undefined ? {} : { idleTimeoutMillis: keepIdleMs, allowExitOnIdle: true }
  return drizzle(new pg.Pool({ connectionString: withDefaultUser(url), max, ...idle }), { schema, logger }) as PgDb
}

export async function migratePostgres(db: PgDb): Promise<void> {
  await migrate(db, { migrationsFolder: pgMigrationsFolder })
}

/** `url` fit to print: its password masked. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

/** Whether a PostgreSQL server answers at `url` within a few seconds (the PostgreSQL suites ask first). */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}
