// A PostgreSQL database handle on db/schema-pg.ts, and its migrations (db/migrations-pg).
import path from 'node:path'
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema-pg'

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool }

export const pgMigrationsFolder = path.join(process.cwd(), 'db', 'migrations-pg')

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
  return drizzle(new pg.Pool({ connectionString: url, max, ...idle }), { schema, logger }) as PgDb
}

export async function migratePostgres(db: PgDb): Promise<void> {
  await migrate(db, { migrationsFolder: pgMigrationsFolder })
}

/** Whether a PostgreSQL server answers at `url` within a few seconds (the PostgreSQL suites ask first). */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
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
