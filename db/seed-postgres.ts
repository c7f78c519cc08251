// The demo content on PostgreSQL: seeded into a scratch SQLite file by db/seed.ts (one seed, one
// set of factories), then copied over by the export (db/export-to-postgres.ts), which converts
// every value on the way and refills the search documents.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { migrateDatabase, openDatabase } from './client'
import { exportToPostgres } from './export-to-postgres'
import type { PgDb } from './postgres'
import * as schema from './schema-pg'
import { seedDemo, seedDemoAccounts } from './seed'

export async function isEmptyPostgres(db: PgDb): Promise<boolean> {
  const [row] = await db.select({ id: schema.articles.id }).from(schema.articles).limit(1)
  return row === undefined
}

/** Seeds an empty PostgreSQL database with the demo content and the demo accounts. */
export async function seedPostgres(
  target: PgDb,
  now = new Date(),
): Promise<{ articles: number; accounts: { role: string; email: string; password: string }[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-seed-'))
  const source = openDatabase(path.join(dir, 'seed.db'))
  try {
    await migrateDatabase(source)
    const { articles } = seedDemo(source, now)
    const accounts = await seedDemoAccounts(source)
    const { ok } = await exportToPostgres(source, target)
    if (!ok) throw new Error('the demo content did not copy completely into PostgreSQL')
    return { articles, accounts }
  } finally {
    source.$client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
