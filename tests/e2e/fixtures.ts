// Accounts for the browser tests, written straight into the test server's database.
import { expect, type Page } from '@playwright/test'
import { eq, sql } from 'drizzle-orm'
import { openDatabase } from '@/db/client'
import { users } from '@/db/schema'
import { hashPassword } from '@/lib/auth/password'
import { createUser } from '../factories'

export const E2E_DATABASE = './data/e2e.db'
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
  const n = `${Date.now()}${++counter}`
  const passwordHash = await hashPassword(PASSWORD)
  const user = withDb((db) =>
    createUser(db, { email: `uji${n}@contoh.id`, displayName: `Penguji ${n.slice(-5)}`, passwordHash, ...values }),
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
