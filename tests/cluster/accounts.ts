// Accounts and lookups for the scale-out suite in whichever database its instances run on: the
// shared SQLite file through tests/e2e/fixtures.ts, or the suite's PostgreSQL database
// (CLUSTER_DATABASE_URL, set by global-setup.ts) through the PostgreSQL schema.
import { eq } from 'drizzle-orm'
import { openPostgres, type PgDb } from '@/db/postgres'
import { articles, comments, users } from '@/db/schema-pg'
import { hashPassword } from '@/lib/auth/password'
import * as fixtures from '../e2e/fixtures'

export type { TestUser } from '../e2e/fixtures'
export const { signIn } = fixtures

const databaseUrl = process.env.CLUSTER_DATABASE_URL
let counter = 0
// An article no test reads the comments of, as in tests/e2e/fixtures.ts.
const HISTORY_ARTICLE = 'pakar-imbau-masyarakat-waspadai-penipuan-berbasis-kecerdasan-buatan'

async function withPg<T>(fn: (db: PgDb) => Promise<T>): Promise<T> {
  const db = openPostgres(databaseUrl!, { max: 1 })
  try {
    return await fn(db)
  } finally {
    await db.$client.end()
  }
}

export async function makeUser(values: Partial<typeof users.$inferInsert> = {}): Promise<fixtures.TestUser> {
  if (!databaseUrl) return fixtures.makeUser(values)
  const n = String(++counter).padStart(3, '0')
  const passwordHash = await hashPassword(fixtures.PASSWORD)
  const [user] = await withPg((db) =>
    db
      .insert(users)
      .values({ email: `gugus${Date.now()}${n}@contoh.id`, displayName: `Penguji Gugus ${n}`, passwordHash, ...values })
      .returning(),
  )
  return { id: user!.id, email: user!.email, password: fixtures.PASSWORD, displayName: user!.displayName }
}

/** A reader with an approved comment behind them, so their next comment is not held as a first one. */
export async function makeRegular(values: Partial<typeof users.$inferInsert> = {}): Promise<fixtures.TestUser> {
  if (!databaseUrl) return fixtures.makeRegular(values)
  const user = await makeUser(values)
  const articleId = await articleIdOf(HISTORY_ARTICLE)
  await withPg((db) =>
    db.insert(comments).values({
      articleId,
      userId: user.id,
      status: 'approved',
      body: `Riwayat komentar ${user.id}`,
      createdAt: new Date(Date.now() - 86_400_000),
    }),
  )
  return user
}

export async function articleIdOf(slug: string): Promise<number> {
  if (!databaseUrl) return fixtures.articleIdOf(slug)
  const [row] = await withPg((db) => db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)))
  if (!row) throw new Error(`no article ${slug}`)
  return row.id
}
