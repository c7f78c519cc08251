import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import { getEnv } from '@/lib/env'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }
/** The database or a transaction on it: what query and factory functions write through. */
export type DbOrTx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations')

// One connection per process. Next bundles route handlers and pages separately, so the
// connection and the statement counter live on globalThis to be shared by every bundle.
type Shared = { db?: Db; statements: number }
const shared: Shared = ((globalThis as { __fakta?: Shared }).__fakta ??= { statements: 0 })

/**
 * Makes sure a file that will hold accounts (password hashes, emails) is readable by its owner
 * only: a missing folder is created 0700, the file 0600, and an existing file is tightened to
 * 0600. SQLite gives its -wal and -shm files the database file's mode.
 */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 })
  fs.closeSync(fs.openSync(file, 'a', 0o600))
  if ((fs.statSync(file).mode & 0o077) !== 0) {
    try {
      fs.chmodSync(file, 0o600)
    } catch {
      // Another account's file (a shared deployment): its owner decides its mode.
    }
  }
}

/** Opens (and creates) a database file with the pragmas the portal relies on. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:' && !file.startsWith('file:')) createPrivateFile(file)
  const sqlite = new Database(file, {
    verbose: () => {
      shared.statements += 1
    },
  })
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('synchronous = NORMAL')
  return drizzle(sqlite, { schema }) as Db
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder })
}

/** The process-wide database, opened on first use. */
export function getDb(): Db {
  shared.db ??= openDatabase(getEnv().DATABASE_FILE)
  return shared.db
}

/** Replaces the process-wide database (tests open a fresh file per test). */
export function setDb(db: Db | undefined): void {
  shared.db = db
}

/** How many SQL statements this process has run: lets tests prove a cached page runs none. */
export function statementCount(): number {
  return shared.statements
}

/**
 * A statement built and prepared once per database and reused: for the hot paths (a comment
 * post runs about ten), where building the SQL and preparing it on every call cost more than
 * running it. Use `sql.placeholder(name)` for the values.
 */
export function prepared<T>(build: (db: Db) => T): () => T {
  const cache = new WeakMap<Db, T>()
  return () => {
    const db = getDb()
    let statement = cache.get(db)
    if (statement === undefined) {
      statement = build(db)
      cache.set(db, statement)
    }
    return statement
  }
}
