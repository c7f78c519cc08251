// The suite's database: a PostgreSQL database of its own when PostgreSQL answers (DATABASE_URL, or
// the local server), made fresh before the run and dropped after it; otherwise one SQLite file
// shared by the instances. global-setup.ts picks and says which, and hands the choice to the
// workers in CLUSTER_DATABASE_URL.
import pg from 'pg'
import { withDefaultUser } from '../../db/postgres'

const fallbackUrl = 'postgres://postgres@127.0.0.1:5432/test'
/** Named after the suite's ports, as its SQLite folder is: two runs at once would clash on the ports anyway. */
const DATABASE = 'fakta_cluster_3400'

/** The PostgreSQL server to try: DATABASE_URL when it names one, else the local one. */
export function serverUrl(): string {
  return process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : fallbackUrl
}

/** `url` with its password hidden, for messages. */
export function shown(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

/** The suite's own database on the server of `url`. */
export function suiteDatabaseUrl(url: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${DATABASE}`
  return parsed.toString()
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis: 3_000 })
  client.on('error', () => {})
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** Whether PostgreSQL answers at `url` within 3 s. */
export async function postgresAnswers(url: string): Promise<boolean> {
  try {
    return await admin(url, async (client) => (await client.query('select 1')).rowCount === 1)
  } catch {
    return false
  }
}

/** An empty suite database (one left by an interrupted run is dropped first). */
export async function createSuiteDatabase(url: string): Promise<string> {
  await dropSuiteDatabase(url)
  await admin(url, (client) => client.query(`create database ${DATABASE}`))
  return suiteDatabaseUrl(url)
}

export async function dropSuiteDatabase(url: string): Promise<void> {
  await admin(url, (client) => client.query(`drop database if exists ${DATABASE} with (force)`))
}
