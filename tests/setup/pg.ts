// A fresh, migrated PostgreSQL database per test file: the migrations run once into a template
// database (named after their contents, so it is reused until they change), and each caller gets
// a copy (CREATE DATABASE ... TEMPLATE). Without a reachable server the suites are skipped.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { describe } from 'vitest'
import { migratePostgres, openPostgres, pgMigrationsFolder, withDefaultUser, postgresReachable, type PgDb } from '@/db/postgres'

const fallbackUrl = 'postgres://postgres@127.0.0.1:5432/test'
export const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : fallbackUrl

/** `url` with another database name. */
export function databaseUrl(name: string, url = pgUrl): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url
  }
}

export const pgReachable = await postgresReachable(pgUrl)
if (!pgReachable) console.log(`PostgreSQL not reachable at ${withoutPassword(pgUrl)}: skipping the PostgreSQL suite`)

/** `describe` when PostgreSQL answers, `describe.skip` when it does not. */
export const describePg = pgReachable ? describe : describe.skip

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDefaultUser(pgUrl) })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

function templateName(): string {
  const hash = crypto.createHash('sha256')
  for (const file of fs
    .readdirSync(pgMigrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(fs.readFileSync(path.join(pgMigrationsFolder, file)))
  }
  return `fakta_tpl_${hash.digest('hex').slice(0, 12)}`
}

const randomName = (prefix: string) => `${prefix}_${crypto.randomBytes(6).toString('hex')}`

let template: Promise<string> | undefined

/** The migrated template, built by the first caller of the run (several workers may race). */
function ensureTemplate(): Promise<string> {
  template ??= (async () => {
    const name = templateName()
    const exists = await admin((c) => c.query('select 1 from pg_database where datname = $1', [name]))
    if (exists.rowCount) return name
    const build = randomName('fakta_build')
    await admin((c) => c.query(`create database "${build}"`))
    const db = openPostgres(databaseUrl(build), { max: 1 })
    try {
      await migratePostgres(db)
    } finally {
      await db.$client.end()
    }
    await admin(async (c) => {
      try {
        await c.query(`alter database "${build}" rename to "${name}"`)
      } catch (error) {
        // Another worker built it first: keep theirs.
        if ((error as { code?: string }).code !== '42P04') throw error
        await c.query(`drop database "${build}"`)
      }
    })
    return name
  })()
  return template
}

export type PgTestDatabase = { db: PgDb; url: string; name: string; drop: () => Promise<void> }

/** A fresh copy of the migrated template; `drop()` closes the pool and removes the database. */
export async function pgTestDatabase(): Promise<PgTestDatabase> {
  const source = await ensureTemplate()
  const name = randomName('fakta_t')
  await admin((c) => c.query(`create database "${name}" template "${source}"`))
  const url = databaseUrl(name)
  const db = openPostgres(url)
  return {
    db,
    url,
    name,
    drop: async () => {
      await db.$client.end()
      await admin((c) => c.query(`drop database if exists "${name}" with (force)`))
    },
  }
}
