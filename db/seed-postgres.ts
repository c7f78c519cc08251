// The demo content on PostgreSQL: seeded into a scratch SQLite file by db/seed.ts (one seed, one
// set of factories), then copied over by the export (db/export-to-postgres.ts), which converts
// every value on the way and refills the search documents. The demo accounts are made in place.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { migrateDatabase, openDatabase, type Db } from './client'
import { exportToPostgres } from './export-to-postgres'
import type { PgDb } from './postgres'
import * as schema from './schema-pg'
import { createDemoAccounts, seedDemo, type CreatedAccount } from './seed'
import { defaults } from './seed/factories'
import { seedArticleSlug } from './seed/news-data'

export async function isEmptyPostgres(db: PgDb): Promise<boolean> {
  const [row] = await db.select({ id: schema.articles.id }).from(schema.articles).limit(1)
  return row === undefined
}

/** Whether the demo content is there already (its seed article is). */
export async function isSeededPostgres(db: PgDb): Promise<boolean> {
  const [row] = await db.select({ id: schema.articles.id }).from(schema.articles).where(eq(schema.articles.slug, seedArticleSlug)).limit(1)
  return row !== undefined
}

export type ScratchDatabase = { db: Db; remove: () => void }

/** A migrated SQLite file in a temporary folder, to seed before the copy; `remove()` closes and deletes it. */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-seed-'))
  const db = openDatabase(path.join(dir, 'seed.db'))
  const remove = () => {
    db.$client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    await migrateDatabase(db)
  } catch (error) {
    remove()
    throw error
  }
  return { db, remove }
}

/** Copies a seeded SQLite database into an empty PostgreSQL one, and fails on a copy that is not whole. */
export async function copySeeded(source: Db, target: PgDb): Promise<void> {
  const { ok } = await exportToPostgres(source, target)
  if (!ok) throw new Error('the demo content did not copy completely into PostgreSQL')
}

/** The demo accounts on a PostgreSQL database (see createDemoAccounts in ./seed). */
export function seedDemoAccountsPostgres(db: PgDb): Promise<CreatedAccount[]> {
  return createDemoAccounts(
    async (email) => (await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).limit(1)).length > 0,
    async (account) => {
      await db.insert(schema.users).values(defaults.user(account))
    },
  )
}

/** Seeds an empty PostgreSQL database with the demo content and, unless told otherwise, the demo accounts. */
export async function seedPostgres(
  target: PgDb,
  now = new Date(),
  { accounts = true }: { accounts?: boolean } = {},
): Promise<{ articles: number; accounts: CreatedAccount[] }> {
  const scratch = await scratchDatabase()
  let articles: number
  try {
    ;({ articles } = seedDemo(scratch.db, now))
    await copySeeded(scratch.db, target)
  } finally {
    scratch.remove()
  }
  return { articles, accounts: accounts ? await seedDemoAccountsPostgres(target) : [] }
}
