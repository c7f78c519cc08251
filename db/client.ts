import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { QueryPromise, sql, type SQL } from 'drizzle-orm'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import { getEnv } from '@/lib/env'
import { migratePostgres, openPostgres, type PgDb } from './postgres'
import * as schema from './schema'

// The query code is typed against the SQLite schema; with DATABASE_URL set the handle is a
// node-postgres one on db/schema-pg.ts, the same builder API at run time (docs/decisions/022).
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }
/** The database or a transaction on it: what query and factory functions write through. */
export type DbOrTx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations')

/** Connections of the PostgreSQL pool of one process. */
export const POOL_SIZE = 10
/**
 * How long the pool keeps an idle connection: a page that runs its queries in parallel after a
 * quiet spell would otherwise wait for new connections (a server process each).
 */
const POOL_KEEP_IDLE_MS = 10 * 60_000

/** The dialect of the process database, fixed by the environment: DATABASE_URL means PostgreSQL. */
export function onPostgres(): boolean {
  return getEnv().DATABASE_URL !== undefined
}

// One connection per process. Next bundles route handlers and pages separately, so the
// connection and the statement counter live on globalThis to be shared by every bundle.
// The transaction state (the open one, its waiters, the context store) lives there too.
type TxStore = { db: Db }
type Shared = {
  db?: Db
  statements: number
  context: AsyncLocalStorage<TxStore>
  /** The SQLite transaction open on the shared connection, if any. */
  open?: TxStore
  /** Settles when the last queued transaction has closed: the lock is a chain of these. */
  tail: Promise<void>
  idle: Array<() => void>
}
const shared: Shared = ((globalThis as { __fakta?: Shared }).__fakta ??= {
  statements: 0,
  context: new AsyncLocalStorage<TxStore>(),
  tail: Promise.resolve(),
  idle: [],
})

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

/** Migrates the database: db/migrations on SQLite, db/migrations-pg on PostgreSQL. */
export async function migrateDatabase(db: Db): Promise<void> {
  if (isPostgresHandle(db)) await migratePostgres(db as unknown as PgDb)
  else migrate(db, { migrationsFolder })
}

/** Whether a handle is a PostgreSQL one (its client a pg pool, not a better-sqlite3 database). */
function isPostgresHandle(db: Db): boolean {
  return !(db.$client instanceof Database)
}

/** The pool on DATABASE_URL, counting its statements as the SQLite connection does. */
function openPool(url: string): Db {
  const db = openPostgres(url, {
    max: POOL_SIZE,
    keepIdleMs: POOL_KEEP_IDLE_MS,
    onQuery: () => {
      shared.statements += 1
    },
  })
  return db as unknown as Db
}

/** The shared connection (on PostgreSQL the pool) itself, never a transaction's handle. */
function connection(): Db {
  if (!shared.db) {
    const env = getEnv()
    shared.db = env.DATABASE_URL ? openPool(env.DATABASE_URL) : openDatabase(env.DATABASE_FILE)
  }
  return shared.db
}

/** Opens every connection of the PostgreSQL pool ahead of the first requests (the production server, at start). */
export async function openPoolConnections(): Promise<void> {
  if (!onPostgres()) return
  const db = connection()
  const pool = (db as unknown as PgDb).$client
  await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.query('select 1')))
}

/** Closes the process database (the SQLite file or the PostgreSQL pool), for scripts that end. */
export async function closeDb(): Promise<void> {
  const db = shared.db
  shared.db = undefined
  if (!db) return
  if (isPostgresHandle(db)) await (db as unknown as PgDb).$client.end()
  else db.$client.close()
}

/** The process-wide database, opened on first use; inside `transaction()`, the transaction's handle. */
export function getDb(): Db {
  return shared.context.getStore()?.db ?? connection()
}

/**
 * A time bound to a `sql.placeholder`, which skips the column's mapping: SQLite stores epoch
 * milliseconds, node-postgres sends the Date as a timestamp.
 */
export function placeholderTime(at: Date): Date | number {
  return onPostgres() ? at : at.getTime()
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
    // SQLite: cached on the connection, and inside a transaction the same statement runs on it.
    // PostgreSQL: a statement belongs to the handle it was built on (the pool, or a transaction's
    // client), so it is built per handle; node-postgres runs it as an unnamed prepared query.
    const db = isPostgresHandle(connection()) ? getDb() : connection()
    let statement = cache.get(db)
    if (statement === undefined) {
      statement = build(db)
      cache.set(db, statement)
    }
    return statement
  }
}

/**
 * Runs `fn` in one transaction: query functions it calls reach the transaction through `getDb()`.
 * Called inside a transaction, `fn` runs in the open one. On SQLite the shared connection holds one
 * transaction at a time, so callers queue on a process-wide lock; `immediate` takes the write lock
 * at `BEGIN` (what a read-then-write transaction needs to avoid SQLITE_BUSY upgrades).
 */
export async function transaction<T>(fn: () => Promise<T>, options: { immediate?: boolean } = {}): Promise<T> {
  if (shared.context.getStore()) return fn()
  if (isPostgresHandle(connection())) return pgTransaction(fn, options)
  const previous = shared.tail
  let release!: () => void
  shared.tail = new Promise<void>((resolve) => (release = resolve))
  await previous
  const db = connection()
  const store: TxStore = { db: Object.create(db) as Db }
  try {
    db.$client.exec(options.immediate ? 'BEGIN IMMEDIATE' : 'BEGIN')
    shared.open = store
    let result: T
    try {
      result = await shared.context.run(store, fn)
    } catch (error) {
      if (db.$client.inTransaction) db.$client.exec('ROLLBACK')
      throw error
    }
    try {
      db.$client.exec('COMMIT')
    } catch (error) {
      if (db.$client.inTransaction) db.$client.exec('ROLLBACK')
      throw error
    }
    return result
  } finally {
    shared.open = undefined
    for (const wake of shared.idle.splice(0)) wake()
    release()
  }
}

/**
 * PostgreSQL: one pool client per transaction, so transactions run side by side. `immediate`
 * keeps SQLite's meaning, one writer at a time among the read-then-write transactions (the
 * throttle's count, the scheduler's claim, the desk's version check): they take a transaction-level
 * advisory lock first, which also covers rows that do not exist yet, where `SELECT ... FOR UPDATE`
 * has nothing to lock. The others run at READ COMMITTED; their writes are single statements.
 */
async function pgTransaction<T>(fn: () => Promise<T>, options: { immediate?: boolean }): Promise<T> {
  const pool = connection() as unknown as PgDb
  return pool.transaction(async (tx) => {
    if (options.immediate) await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`)
    return shared.context.run({ db: tx as unknown as Db }, fn)
  })
}

/** The advisory lock key of immediate transactions on PostgreSQL ("FAKTA" in ASCII). */
const WRITE_LOCK = 0x46414b5441

/** Whether the caller runs inside `transaction()`. */
export function inTransaction(): boolean {
  return shared.context.getStore() !== undefined
}

/** Settles once no other chain's transaction is open on the shared connection. */
async function outsideOthersTransaction(): Promise<void> {
  while (shared.open && shared.open !== shared.context.getStore()) {
    await new Promise<void>((resolve) => shared.idle.push(resolve))
  }
}

// The gate: every awaited drizzle query passes through QueryPromise.then. While a transaction is
// open on the shared connection, a query from another chain waits for it to close instead of joining it.
// Marked on the prototype, not globalThis: a bundle with its own copy of drizzle patches its own.
const gated = Symbol.for('fakta.gated')
function installGate(): void {
  const prototype = QueryPromise.prototype as QueryPromise<unknown> & { [gated]?: true }
  if (prototype[gated]) return
  prototype[gated] = true
  const then = QueryPromise.prototype.then
  QueryPromise.prototype.then = function <R1, R2>(
    this: QueryPromise<unknown>,
    onFulfilled?: ((value: unknown) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    if (!shared.open || shared.open === shared.context.getStore()) return then.call(this, onFulfilled, onRejected) as Promise<R1 | R2>
    return outsideOthersTransaction().then(() => this.then(onFulfilled, onRejected))
  } as typeof then
}
installGate()

/** Runs raw SQL and returns its rows (gate-aware), on the current database or the one given. */
export async function rawAll<T>(query: SQL, db: Db = getDb()): Promise<T[]> {
  if (isPostgresHandle(db)) return (await (db as unknown as PgDb).execute(query)).rows as T[]
  await outsideOthersTransaction()
  return db.all<T>(query)
}

/** Runs raw SQL for its effect (gate-aware). */
export async function rawRun(query: SQL): Promise<void> {
  const db = getDb()
  if (isPostgresHandle(db)) {
    await (db as unknown as PgDb).execute(query)
    return
  }
  await outsideOthersTransaction()
  db.run(query)
}
