// Accounts for the browser tests, written straight into the test server's database.
import { expect, type Page } from '@playwright/test'
import { eq, sql } from 'drizzle-orm'
import { openDatabase } from '@/db/client'
import { articles, comments, users } from '@/db/schema'
import { createComment, createJob, createUser } from '@/db/seed/factories'
import { hashPassword } from '@/lib/auth/password'

// The test server's database (playwright.config.ts names it per port, outside data/).
export const E2E_DATABASE = process.env.E2E_DATABASE_FILE ?? ''
if (!E2E_DATABASE) throw new Error('E2E_DATABASE_FILE is not set: run the browser tests through playwright.config.ts')
export const PASSWORD = 'kuda lumping bersepeda malam'

let counter = 0

export type TestUser = { id: number; email: string; password: string; displayName: string }

function withDb<T>(fn: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(E2E_DATABASE)
  try {
    return fn(db)
  } finally {
    db.$client.close()
  }
}

export async function makeUser(values: Partial<typeof users.$inferInsert> = {}): Promise<TestUser> {
  // Workers make users side by side: the worker's index keeps emails and names apart.
  const worker = (process.env.TEST_WORKER_INDEX ?? '0').padStart(2, '0')
  const n = `${worker}${String(++counter).padStart(3, '0')}`
  const passwordHash = await hashPassword(PASSWORD)
  const user = withDb((db) =>
    createUser(db, { email: `uji${Date.now()}${n}@contoh.id`, displayName: `Penguji ${n}`, passwordHash, ...values }),
  )
  return { id: user.id, email: user.email, password: PASSWORD, displayName: user.displayName }
}

/** Changes a user the way staff tools will: the session version moves on with the status. */
export function setUserStatus(id: number, status: 'active' | 'suspended' | 'banned', suspendedUntil: Date | null = null) {
  withDb((db) =>
    db
      .update(users)
      .set({ status, suspendedUntil, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id))
      .run(),
  )
}

export async function signIn(page: Page, user: TestUser, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Kata sandi').fill(user.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** A reader with an approved comment behind them, so their next comment is not held as a first one. */
export async function makeRegular(values: Partial<typeof users.$inferInsert> = {}): Promise<TestUser> {
  const user = await makeUser(values)
  withDb((db) => {
    const article = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, HISTORY_ARTICLE)).get()
    if (!article) throw new Error(`the test database has no article ${HISTORY_ARTICLE}`)
    createComment(db, {
      articleId: article.id,
      userId: user.id,
      status: 'approved',
      body: `Riwayat komentar ${user.id}`,
      createdAt: new Date(Date.now() - 86_400_000),
    })
  })
  return user
}

// An article no test reads the comments of, to hold the test readers' earlier comments.
const HISTORY_ARTICLE = 'pakar-imbau-masyarakat-waspadai-penipuan-berbasis-kecerdasan-buatan'

/** Moves a user's comments back in time (to test the edit window and the rate limit). */
export function ageComments(userId: number, minutes: number) {
  withDb((db) =>
    db
      .update(comments)
      .set({ createdAt: sql`${comments.createdAt} - ${minutes * 60_000}` })
      .where(eq(comments.userId, userId))
      .run(),
  )
}

export function articleIdOf(slug: string): number {
  const id = withDb((db) => db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get()?.id)
  if (!id) throw new Error(`no article ${slug}`)
  return id
}

export function addComment(values: { articleSlug: string; userId: number; body: string; status?: 'pending' | 'approved' }) {
  return withDb((db) =>
    createComment(db, {
      articleId: articleIdOf(values.articleSlug),
      userId: values.userId,
      body: values.body,
      status: values.status ?? 'pending',
    }),
  )
}

export function addJob(values: { slug: string; title: string; deadline: Date }) {
  return withDb((db) => createJob(db, values))
}
