// A fresh, migrated database per test. SQLite (the default): migrate once into a template file,
// copy it per test. PostgreSQL (DATABASE_URL=postgres://...): one database per test file, a copy
// of the migrated template (tests/setup/pg.ts), emptied before every test.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, afterEach } from 'vitest'
import { migrateDatabase, openDatabase, setDb, type Db } from '@/db/client'
import type { PgTestDatabase } from './pg'
import { getEnv } from '@/lib/env'

/** Whether this run tests the PostgreSQL side: the SQLite-only tests skip with `it.skipIf(onPostgres)`. */
export const onPostgres = getEnv().DATABASE_URL !== undefined

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-test-'))
const template = path.join(dir, 'template.db')
if (!onPostgres) {
  const db = openDatabase(template)
  await migrateDatabase(db)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
}

let counter = 0

/** Gives every test of the calling file its own database, installed as the process database. */
export function setupTestDatabase(): () => Db {
  if (onPostgres) return setupPostgres()
  let db: Db | undefined
  beforeEach(() => {
    const file = path.join(dir, `test-${process.pid}-${++counter}.db`)
    fs.copyFileSync(template, file)
    db = openDatabase(file)
    setDb(db)
  })
  afterEach(() => {
    db?.$client.close()
    setDb(undefined)
    db = undefined
  })
  return () => {
    if (!db) throw new Error('setupTestDatabase: no database outside a test')
    return db
  }
}

let fileDatabase: Promise<PgTestDatabase> | undefined

function setupPostgres(): () => Db {
  let db: Db | undefined
  beforeAll(async () => {
    const { pgReachable, pgTestDatabase } = await import('./pg')
    if (!pgReachable) throw new Error(`DATABASE_URL is set but PostgreSQL does not answer`)
    fileDatabase ??= pgTestDatabase()
    await fileDatabase
  }, 120_000)
  beforeEach(async () => {
    const { db: handle } = await fileDatabase!
    // Every table emptied and its identity restarted; the audit log's triggers refuse TRUNCATE,
    // so they are bypassed for this statement's session only.
    const tables = await handle.execute<{ name: string }>(
      sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
    )
    const client = await handle.$client.connect()
    try {
      await client.query(
        `set session_replication_role = replica; truncate ${tables.rows.map((t) => t.name).join(', ')} restart identity cascade; set session_replication_role = origin`,
      )
    } finally {
      client.release()
    }
    db = handle as unknown as Db
    setDb(db)
  })
  afterEach(() => {
    setDb(undefined)
    db = undefined
  })
  // Dropping a database waits for the server's checkpoint: seconds on a busy machine.
  afterAll(async () => {
    const created = fileDatabase
    fileDatabase = undefined
    await (await created)?.drop()
  }, 60_000)
  return () => {
    if (!db) throw new Error('setupTestDatabase: no database outside a test')
    return db
  }
}
