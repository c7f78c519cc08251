import 'server-only'
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import { getDb, prepared, transaction } from '../client'
import { type Role, type UserStatus } from '../schema'
import { articles, categories, comments, users } from '../tables'

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

const authState = prepared((db) =>
  db
    .select(authColumns)
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
)

/** Read on every request that has a session: prepared once. */
export async function getAuthState(id: number): Promise<AuthState | null> {
  const [row] = await authState().execute({ id })
  return row ?? null
}

export async function findCredentials(email: string) {
  const [row] = await getDb()
    .select({ ...authColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1)
  return row ?? null
}

export async function emailExists(email: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1)
  return row !== undefined
}

export async function getPasswordHash(id: number): Promise<string | null> {
  const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1)
  return row?.hash ?? null
}

export async function staffDisplayNames(): Promise<string[]> {
  const rows = await getDb().select({ name: users.displayName }).from(users).where(ne(users.role, 'reader'))
  return rows.map((row) => row.name)
}

/** Inserts a user, or returns null when the email is taken (also under a concurrent insert). */
export async function insertUser(values: {
  email: string
  displayName: string
  passwordHash: string
  role?: Role
}): Promise<AuthState | null> {
  const [row] = await getDb()
    .insert(users)
    .values({ role: 'reader', ...values })
    .onConflictDoNothing({ target: users.email })
    .returning(authColumns)
  return row ?? null
}

const bump = sql`${users.sessionVersion} + 1`

export async function updateDisplayName(id: number, displayName: string): Promise<void> {
  await getDb().update(users).set({ displayName }).where(eq(users.id, id))
}

/** A new password ends every other session. */
export async function updatePasswordHash(id: number, passwordHash: string): Promise<AuthState | null> {
  const [row] = await getDb().update(users).set({ passwordHash, sessionVersion: bump }).where(eq(users.id, id)).returning(authColumns)
  return row ?? null
}

/** Ends every session of the user at once (sign-out everywhere). */
export async function bumpSessionVersion(id: number): Promise<void> {
  await getDb().update(users).set({ sessionVersion: bump }).where(eq(users.id, id))
}

export async function setRole(email: string, role: Role): Promise<AuthState | null> {
  const [row] = await getDb().update(users).set({ role, sessionVersion: bump }).where(eq(users.email, email)).returning(authColumns)
  return row ?? null
}

export async function setStatus(id: number, status: UserStatus, suspendedUntil: Date | null = null): Promise<AuthState | null> {
  const [row] = await getDb()
    .update(users)
    .set({ status, suspendedUntil, sessionVersion: bump })
    .where(eq(users.id, id))
    .returning(authColumns)
  return row ?? null
}

export type OwnComment = {
  id: number
  body: string
  status: 'pending' | 'approved' | 'rejected' | 'deleted'
  reason: string | null
  createdAt: Date
  article: { id: number; slug: string; title: string; category: { slug: string } }
}

export async function listOwnComments(userId: number, limit = 100): Promise<OwnComment[]> {
  const rows = await getDb()
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
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt,
    article: { id: row.articleId, slug: row.slug, title: row.title, category: { slug: row.categorySlug } },
  }))
}

/** Everything stored about a user, for the data export (UU PDP 27/2022): no hash, no internals. */
export async function exportUserData(userId: number) {
  const db = getDb()
  const [profile] = await db
    .select({ email: users.email, displayName: users.displayName, role: users.role, status: users.status, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1)
  if (!profile) return null
  const own = await db
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
  return { profile, comments: own }
}

/**
 * Deletes the account. Comments stay as "Pengguna terhapus" (their author is cleared by the
 * foreign key) unless `removeComments`, which blanks and hides them. Returns the articles whose
 * comment lists changed.
 */
export async function deleteUser(
  userId: number,
  removeComments: boolean,
): Promise<{ id: number; slug: string; category: { slug: string } }[]> {
  return transaction(
    async () => {
      const tx = getDb()
      const touched = await tx
        .selectDistinct({ id: articles.id, slug: articles.slug, category: categories.slug })
        .from(comments)
        .innerJoin(articles, eq(comments.articleId, articles.id))
        .innerJoin(categories, eq(articles.categoryId, categories.id))
        .where(eq(comments.userId, userId))
      if (removeComments) {
        const ids = (await tx.select({ id: comments.id }).from(comments).where(eq(comments.userId, userId))).map((r) => r.id)
        if (ids.length > 0) {
          await tx.update(comments).set({ status: 'deleted', body: '[dihapus]' }).where(inArray(comments.id, ids))
        }
      }
      await tx.delete(users).where(eq(users.id, userId))
      return touched.map((row) => ({ id: row.id, slug: row.slug, category: { slug: row.category } }))
    },
    { immediate: true },
  )
}
