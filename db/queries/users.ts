import 'server-only'
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { articles, categories, comments, users, type Role, type UserStatus } from '../schema'

export type { Role, UserStatus }

/** What a session needs to know about its user, read fresh on every request that asks. */
export type AuthState = {
  id: number
  displayName: string
  role: Role
  status: UserStatus
  suspendedUntil: Date | null
  sessionVersion: number
}

const authColumns = {
  id: users.id,
  displayName: users.displayName,
  role: users.role,
  status: users.status,
  suspendedUntil: users.suspendedUntil,
  sessionVersion: users.sessionVersion,
}

export function getAuthState(id: number): AuthState | null {
  return getDb().select(authColumns).from(users).where(eq(users.id, id)).get() ?? null
}

export function findCredentials(email: string) {
  return (
    getDb()
      .select({ ...authColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email))
      .get() ?? null
  )
}

export function emailExists(email: string): boolean {
  return getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get() != null
}

export function getPasswordHash(id: number): string | null {
  return getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.hash ?? null
}

export function staffDisplayNames(): string[] {
  return getDb()
    .select({ name: users.displayName })
    .from(users)
    .where(ne(users.role, 'reader'))
    .all()
    .map((row) => row.name)
}

/** Inserts a user, or returns null when the email is taken (also under a concurrent insert). */
export function insertUser(values: { email: string; displayName: string; passwordHash: string; role?: Role }): AuthState | null {
  return (
    getDb()
      .insert(users)
      .values({ role: 'reader', ...values })
      .onConflictDoNothing({ target: users.email })
      .returning(authColumns)
      .get() ?? null
  )
}

const bump = sql`${users.sessionVersion} + 1`

export function updateDisplayName(id: number, displayName: string): void {
  getDb().update(users).set({ displayName }).where(eq(users.id, id)).run()
}

/** A new password ends every other session. */
export function updatePasswordHash(id: number, passwordHash: string): AuthState | null {
  return getDb().update(users).set({ passwordHash, sessionVersion: bump }).where(eq(users.id, id)).returning(authColumns).get() ?? null
}

/** Ends every session of the user at once (sign-out everywhere). */
export function bumpSessionVersion(id: number): void {
  getDb().update(users).set({ sessionVersion: bump }).where(eq(users.id, id)).run()
}

export function setRole(email: string, role: Role): AuthState | null {
  return getDb().update(users).set({ role, sessionVersion: bump }).where(eq(users.email, email)).returning(authColumns).get() ?? null
}

export function setStatus(id: number, status: UserStatus, suspendedUntil: Date | null = null): AuthState | null {
  return (
    getDb().update(users).set({ status, suspendedUntil, sessionVersion: bump }).where(eq(users.id, id)).returning(authColumns).get() ?? null
  )
}

export type OwnComment = {
  id: number
  body: string
  status: 'pending' | 'approved' | 'rejected' | 'deleted'
  reason: string | null
  createdAt: Date
  article: { id: number; slug: string; title: string; category: { slug: string } }
}

export function listOwnComments(userId: number, limit = 100): OwnComment[] {
  return getDb()
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      reason: comments.moderationReason,
      createdAt: comments.createdAt,
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      categorySlug: categories.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(and(eq(comments.userId, userId), ne(comments.status, 'deleted')))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      body: row.body,
      status: row.status,
      reason: row.reason,
      createdAt: row.createdAt,
      article: { id: row.articleId, slug: row.slug, title: row.title, category: { slug: row.categorySlug } },
    }))
}

/** Everything stored about a user, for the data export (UU PDP 27/2022): no hash, no internals. */
export function exportUserData(userId: number) {
  const db = getDb()
  const profile = db
    .select({ email: users.email, displayName: users.displayName, role: users.role, status: users.status, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId))
    .get()
  if (!profile) return null
  const own = db
    .select({
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      article: articles.title,
      articleSlug: articles.slug,
      category: categories.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(eq(comments.userId, userId))
    .orderBy(comments.createdAt)
    .all()
  return { profile, comments: own }
}

/**
 * Deletes the account. Comments stay as "Pengguna terhapus" (their author is cleared by the
 * foreign key) unless `removeComments`, which blanks and hides them. Returns the articles whose
 * comment lists changed.
 */
export function deleteUser(userId: number, removeComments: boolean): { id: number; slug: string; category: { slug: string } }[] {
  const db = getDb()
  return db.transaction(
    (tx) => {
      const touched = tx
        .selectDistinct({ id: articles.id, slug: articles.slug, category: categories.slug })
        .from(comments)
        .innerJoin(articles, eq(comments.articleId, articles.id))
        .innerJoin(categories, eq(articles.categoryId, categories.id))
        .where(eq(comments.userId, userId))
        .all()
      if (removeComments) {
        const ids = tx
          .select({ id: comments.id })
          .from(comments)
          .where(eq(comments.userId, userId))
          .all()
          .map((r) => r.id)
        if (ids.length > 0) {
          tx.update(comments).set({ status: 'deleted', body: '[dihapus]' }).where(inArray(comments.id, ids)).run()
        }
      }
      tx.delete(users).where(eq(users.id, userId)).run()
      return touched.map((row) => ({ id: row.id, slug: row.slug, category: { slug: row.category } }))
    },
    { behavior: 'immediate' },
  )
}
