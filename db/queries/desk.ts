import 'server-only'
import { and, asc, count, desc, eq, gte, inArray, ne, or, sql, type SQL } from 'drizzle-orm'
// The desk's rows carry the reader path (its list links it, a changed path leaves a redirect row in
// the same transaction), so this module builds it with the one builder there is.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { articlePath } from '@/lib/paths'
import { slugify } from '@/lib/slug'
import { getDb, transaction, type DbOrTx } from '../client'
import { articleStatuses, type ArticleSnapshot, type ArticleStatus, type TakedownReason } from '../schema'
import {
  articleAuthors,
  articleRedirects,
  articleRevisions,
  articles,
  articleTags,
  authors,
  categories,
  deskPresence,
  media,
  tags,
  users,
} from '../tables'
import { containsText } from '../text'
import { audit, type Actor } from './moderation'

export const DESK_PER_PAGE = 30
/** A heartbeat older than this no longer counts as having the article open. */
export const PRESENCE_MS = 30_000

export type DeskFilter = { status?: ArticleStatus; categoryId?: number; authorId?: number; q?: string; page?: number }

export type DeskRow = {
  id: number
  title: string
  status: ArticleStatus
  categoryName: string
  authorNames: string[]
  updatedAt: Date
  updatedByName: string | null
  scheduledAt: Date | null
  publishedAt: Date | null
  /** The reader URL when published. */
  path: string | null
  /** Display names with a desk heartbeat in the last 30 s. */
  editing: string[]
}

// Correlated subqueries name the outer table in full (see moderation.ts).
/** When the desk last saved the article: its newest applied revision, else its own times. */
const deskUpdatedAt = sql<number>`coalesce((select max(r.created_at) from article_revisions r where r.article_id = "articles"."id" and r.applied), "articles"."updated_at", "articles"."created_at")`

function filterWhere(filter: DeskFilter): SQL[] {
  const where: SQL[] = [eq(articles.kind, 'news')]
  if (filter.categoryId) where.push(eq(articles.categoryId, filter.categoryId))
  if (filter.authorId) {
    where.push(
      or(
        eq(articles.authorId, filter.authorId),
        sql`exists (select 1 from article_authors aa where aa.article_id = "articles"."id" and aa.author_id = ${filter.authorId})`,
      )!,
    )
  }
  const q = filter.q?.trim()
  if (q) where.push(containsText(articles.title, q))
  return where
}

/** Bylines of articles in order: the first author, then the co-bylines. */
async function bylines(db: DbOrTx, rows: { id: number; authorId: number | null }[]): Promise<Map<number, string[]>> {
  const ids = rows.map((row) => row.id)
  const result = new Map<number, string[]>(rows.map((row) => [row.id, []]))
  if (ids.length === 0) return result
  const firstIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))]
  const names = new Map(
    firstIds.length
      ? (await db.select({ id: authors.id, name: authors.name }).from(authors).where(inArray(authors.id, firstIds))).map((a) => [
          a.id,
          a.name,
        ])
      : [],
  )
  for (const row of rows) if (row.authorId && names.has(row.authorId)) result.get(row.id)!.push(names.get(row.authorId)!)
  const co = await db
    .select({ articleId: articleAuthors.articleId, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(asc(articleAuthors.position))
  for (const row of co) result.get(row.articleId)!.push(row.name)
  return result
}

async function editingNames(db: DbOrTx, ids: number[], now: Date): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>()
  if (ids.length === 0) return result
  const rows = await db
    .select({ articleId: deskPresence.articleId, name: users.displayName })
    .from(deskPresence)
    .innerJoin(users, eq(deskPresence.userId, users.id))
    .where(and(inArray(deskPresence.articleId, ids), gte(deskPresence.seenAt, new Date(now.getTime() - PRESENCE_MS))))
    .orderBy(asc(users.displayName))
  for (const row of rows) result.set(row.articleId, [...(result.get(row.articleId) ?? []), row.name])
  return result
}

/** The desk's list: news articles of every state, the most recently saved first, 30 a page. */
export async function listDeskArticles(
  filter: DeskFilter,
  now: Date,
): Promise<{ items: DeskRow[]; total: number; counts: Record<ArticleStatus, number>; perPage: number }> {
  const db = getDb()
  const base = filterWhere(filter)
  const where = and(...base, filter.status ? eq(articles.status, filter.status) : undefined)
  const page = Number.isSafeInteger(filter.page) && filter.page! > 1 ? filter.page! : 1
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      slug: articles.slug,
      authorId: articles.authorId,
      categoryName: categories.name,
      categorySlug: categories.slug,
      deskUpdatedAt,
      updatedByName: users.displayName,
      scheduledAt: articles.scheduledAt,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .leftJoin(users, eq(articles.updatedBy, users.id))
    .where(where)
    .orderBy(desc(deskUpdatedAt), desc(articles.id))
    .limit(DESK_PER_PAGE)
    .offset((page - 1) * DESK_PER_PAGE)
  const total = (await db.select({ n: count() }).from(articles).where(where).limit(1))[0]?.n ?? 0
  const counts = Object.fromEntries(articleStatuses.map((status) => [status, 0])) as Record<ArticleStatus, number>
  const byStatus = await db
    .select({ status: articles.status, n: count() })
    .from(articles)
    .where(and(...base))
    .groupBy(articles.status)
  for (const row of byStatus) counts[row.status] = row.n
  const names = await bylines(db, rows)
  const editing = await editingNames(
    db,
    rows.map((row) => row.id),
    now,
  )
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      categoryName: row.categoryName,
      authorNames: names.get(row.id) ?? [],
      updatedAt: new Date(row.deskUpdatedAt),
      updatedByName: row.updatedByName,
      scheduledAt: row.scheduledAt,
      publishedAt: row.publishedAt,
      path: row.status === 'published' ? articlePath({ slug: row.slug, category: { slug: row.categorySlug } }) : null,
      editing: editing.get(row.id) ?? [],
    })),
    total,
    counts,
    perPage: DESK_PER_PAGE,
  }
}

export type DeskArticle = {
  id: number
  status: ArticleStatus
  version: number
  createdBy: number | null
  snapshot: ArticleSnapshot
  publishedAt: Date | null
  scheduledAt: Date | null
  updatedAt: Date | null
  updatedByName: string | null
  takenDownAt: Date | null
  takedownReason: TakedownReason | null
  /** What the reader URL is, or will be once published. */
  path: string
  relatedTitles: Record<number, string>
}

type ArticleRow = typeof articles.$inferSelect

async function loadRow(db: DbOrTx, id: number): Promise<(ArticleRow & { categorySlug: string }) | undefined> {
  const row = (
    await db
      .select({ article: articles, categorySlug: categories.slug })
      .from(articles)
      .innerJoin(categories, eq(articles.categoryId, categories.id))
      .where(and(eq(articles.id, id), eq(articles.kind, 'news')))
      .limit(1)
  )[0]
  return row ? { ...row.article, categorySlug: row.categorySlug } : undefined
}

async function snapshotOf(db: DbOrTx, row: ArticleRow): Promise<ArticleSnapshot> {
  const tagIds = (
    await db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, row.id)).orderBy(asc(articleTags.position))
  ).map((t) => t.id)
  const coIds = (
    await db
      .select({ id: articleAuthors.authorId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, row.id))
      .orderBy(asc(articleAuthors.position))
  ).map((a) => a.id)
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    categoryId: row.categoryId,
    tagIds,
    authorIds: row.authorId ? [row.authorId, ...coIds] : coIds,
    sourceTag: row.sourceTag,
    heroMediaId: row.heroMediaId,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    commentMode: row.commentMode,
    body: row.body,
  }
}

/** The newest applied save: when and by whom (the desk's "last saved"). */
async function lastSave(db: DbOrTx, articleId: number): Promise<{ at: Date; byName: string | null } | undefined> {
  const row = (
    await db
      .select({ at: articleRevisions.createdAt, byName: users.displayName })
      .from(articleRevisions)
      .leftJoin(users, eq(articleRevisions.userId, users.id))
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.applied, true)))
      .orderBy(desc(articleRevisions.id))
      .limit(1)
  )[0]
  return row ?? undefined
}

/** A news article as the desk edits it, in any state. */
export async function getDeskArticle(id: number): Promise<DeskArticle | null> {
  const db = getDb()
  const row = await loadRow(db, id)
  if (!row) return null
  const snapshot = await snapshotOf(db, row)
  const relatedIds = snapshot.body.flatMap((block) => (block.type === 'related' ? [block.articleId] : []))
  const relatedTitles = Object.fromEntries(
    relatedIds.length
      ? (await db.select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, relatedIds))).map((a) => [
          a.id,
          a.title,
        ])
      : [],
  )
  const saved = await lastSave(db, id)
  const updatedByName = row.updatedBy
    ? ((await db.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy)).limit(1))[0]?.name ?? null)
    : null
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    createdBy: row.createdBy,
    snapshot,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    updatedAt: saved?.at ?? row.updatedAt,
    updatedByName: updatedByName ?? saved?.byName ?? null,
    takenDownAt: row.takenDownAt,
    takedownReason: row.takedownReason,
    path: articlePath({ slug: row.slug, category: { slug: row.categorySlug } }),
    relatedTitles,
  }
}

export type RevisionRow = { id: number; version: number; applied: boolean; userName: string | null; createdAt: Date }

const revisionColumns = {
  id: articleRevisions.id,
  version: articleRevisions.version,
  applied: articleRevisions.applied,
  userName: users.displayName,
  createdAt: articleRevisions.createdAt,
}

/** Every save of an article, newest first, refused stale ones included. */
export async function listRevisions(articleId: number): Promise<RevisionRow[]> {
  return await getDb()
    .select(revisionColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.userId, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
}

export async function getRevision(articleId: number, revisionId: number): Promise<(RevisionRow & { snapshot: ArticleSnapshot }) | null> {
  return (
    (
      await getDb()
        .select({ ...revisionColumns, snapshot: articleRevisions.snapshot })
        .from(articleRevisions)
        .leftJoin(users, eq(articleRevisions.userId, users.id))
        .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)))
        .limit(1)
    )[0] ?? null
  )
}

export async function touchPresence(articleId: number, userId: number, now: Date): Promise<void> {
  await getDb()
    .insert(deskPresence)
    .values({ articleId, userId, seenAt: now })
    .onConflictDoUpdate({ target: [deskPresence.articleId, deskPresence.userId], set: { seenAt: now } })
}

/** Who else has the article open (a heartbeat in the last 30 s), and since when they were last seen. */
export async function listPresence(articleId: number, exceptUserId: number, now: Date): Promise<{ name: string; since: Date }[]> {
  return await getDb()
    .select({ name: users.displayName, since: deskPresence.seenAt })
    .from(deskPresence)
    .innerJoin(users, eq(deskPresence.userId, users.id))
    .where(
      and(
        eq(deskPresence.articleId, articleId),
        ne(deskPresence.userId, exceptUserId),
        gte(deskPresence.seenAt, new Date(now.getTime() - PRESENCE_MS)),
      ),
    )
    .orderBy(asc(users.displayName))
}

// Writes. Each runs in one immediate transaction that re-reads the article, asks `guard` (the
// permission rules, passed in by the action) against what it finds, and writes its audit entry.

/** What the desk's form saves; tags by name (missing ones are created), authors by id in byline order. */
export type DeskInput = Omit<ArticleSnapshot, 'tagIds'> & { tags: string[] }

export type Transition = { to: 'review' } | { to: 'published' } | { to: 'scheduled'; at: Date }

/** The state an action's permission check needs: null for an article not created yet. */
export type Guard = (article: { status: ArticleStatus; createdBy: number | null } | null) => string | null

export type SavedArticle = {
  id: number
  version: number
  status: ArticleStatus
  slug: string
  path: string
  categorySlug: string
  /** The reader path it had before, when published and its slug or category changed. */
  oldPath: string | null
  /** Whether readers see a change: it was or now is published. */
  public: boolean
  savedAt: Date
}

export type SaveResult =
  | { ok: true; article: SavedArticle }
  | { ok: false; refused: string }
  | { ok: false; conflict: true; current: { version: number; byName: string | null; at: Date } }

class Refused extends Error {}

async function tagIdsFor(tx: DbOrTx, names: string[]): Promise<number[]> {
  const ids: number[] = []
  for (const name of names) {
    const slug = slugify(name)
    if (!slug) continue
    const tag =
      (await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).limit(1))[0] ??
      (await tx.insert(tags).values({ slug, name }).returning({ id: tags.id }))[0]!
    if (!ids.includes(tag.id)) ids.push(tag.id)
  }
  return ids
}

/** The slug, or one from the title, made unique among news articles (-2, -3 ...). */
async function uniqueSlug(tx: DbOrTx, wanted: string, title: string, exceptId: number | null): Promise<string> {
  const base = slugify(wanted) || slugify(title) || 'artikel'
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 150)}-${n}`
    const taken = (
      await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.kind, 'news'), eq(articles.slug, candidate), exceptId ? ne(articles.id, exceptId) : undefined))
        .limit(1)
    )[0]
    if (!taken) return candidate
  }
}

async function categorySlugOf(tx: DbOrTx, categoryId: number): Promise<string> {
  const category = (await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, categoryId)).limit(1))[0]
  if (!category) throw new Refused('Pilih rubrik yang tersedia.')
  return category.slug
}

/** Writes a snapshot over the article: its columns, tags and bylines, a new version and an applied revision. */
async function writeSnapshot(
  tx: DbOrTx,
  current: (ArticleRow & { categorySlug: string }) | null,
  snapshot: ArticleSnapshot,
  actor: Actor,
  now: Date,
): Promise<SavedArticle> {
  const categorySlug = await categorySlugOf(tx, snapshot.categoryId)
  // An empty slug keeps the one the article has: a new title never moves a published address by itself.
  const slug = await uniqueSlug(tx, snapshot.slug || current?.slug || '', snapshot.title, current?.id ?? null)
  const stored: ArticleSnapshot = { ...snapshot, slug }
  const [firstAuthor, ...coAuthors] = stored.authorIds
  const columns = {
    title: stored.title,
    slug,
    summary: stored.summary,
    categoryId: stored.categoryId,
    body: stored.body,
    sourceTag: stored.sourceTag,
    authorId: firstAuthor ?? null,
    heroMediaId: stored.heroMediaId,
    heroCaption: stored.heroCaption,
    heroCredit: stored.heroCredit,
    commentMode: stored.commentMode,
    updatedBy: actor.id,
  }
  let id: number
  let version: number
  if (current) {
    id = current.id
    version = current.version + 1
    // Readers' "diperbarui" moves only when a published article is edited.
    const updatedAt = current.status === 'published' ? now : current.updatedAt
    await tx
      .update(articles)
      .set({ ...columns, version, updatedAt })
      .where(eq(articles.id, id))
  } else {
    version = 1
    id = (
      await tx
        .insert(articles)
        .values({ ...columns, kind: 'news', status: 'draft', version, createdBy: actor.id, createdAt: now })
        .returning({ id: articles.id })
    )[0]!.id
  }
  await tx.delete(articleTags).where(eq(articleTags.articleId, id))
  if (stored.tagIds.length)
    await tx.insert(articleTags).values(stored.tagIds.map((tagId, position) => ({ articleId: id, tagId, position })))
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id))
  const co = coAuthors.filter((authorId) => authorId !== firstAuthor)
  if (co.length) await tx.insert(articleAuthors).values(co.map((authorId, position) => ({ articleId: id, authorId, position })))
  await tx.insert(articleRevisions).values({ articleId: id, version, applied: true, snapshot: stored, userId: actor.id, createdAt: now })

  const path = articlePath({ slug, category: { slug: categorySlug } })
  let oldPath: string | null = null
  if (current?.status === 'published') {
    const before = articlePath({ slug: current.slug, category: { slug: current.categorySlug } })
    if (before !== path) {
      oldPath = before
      await tx
        .insert(articleRedirects)
        .values({ path: before, articleId: id, createdAt: now })
        .onConflictDoUpdate({ target: articleRedirects.path, set: { articleId: id, createdAt: now } })
    }
    await tx.delete(articleRedirects).where(eq(articleRedirects.path, path))
  }
  return {
    id,
    version,
    status: current?.status ?? 'draft',
    slug,
    path,
    categorySlug,
    oldPath,
    public: current?.status === 'published',
    savedAt: now,
  }
}

async function applyTransition(tx: DbOrTx, saved: SavedArticle, transition: Transition, now: Date): Promise<SavedArticle> {
  const row = (await tx.select({ publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, saved.id)).limit(1))[0]
  if (transition.to === 'review') {
    await tx.update(articles).set({ status: 'review' }).where(eq(articles.id, saved.id))
    return { ...saved, status: 'review' }
  }
  if (transition.to === 'scheduled') {
    if (transition.at <= now) throw new Refused('Waktu terbit harus di masa depan.')
    await tx.update(articles).set({ status: 'scheduled', scheduledAt: transition.at }).where(eq(articles.id, saved.id))
    return { ...saved, status: 'scheduled' }
  }
  // A republication keeps the first publication time; a first one (or a stale future one) is now.
  const publishedAt = row?.publishedAt && row.publishedAt <= now ? row.publishedAt : now
  await tx.update(articles).set({ status: 'published', publishedAt, scheduledAt: null }).where(eq(articles.id, saved.id))
  // The address is this article's now, not a redirect to an older one's.
  await tx.delete(articleRedirects).where(eq(articleRedirects.path, saved.path))
  return { ...saved, status: 'published', public: true }
}

async function run<T>(fn: (tx: DbOrTx) => Promise<T>): Promise<T | { ok: false; refused: string }> {
  try {
    return await transaction(() => fn(getDb()), { immediate: true })
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refused: error.message }
    throw error
  }
}

async function conflictOf(tx: DbOrTx, current: ArticleRow): Promise<{ version: number; byName: string | null; at: Date }> {
  const saved = await lastSave(tx, current.id)
  return { version: current.version, byName: saved?.byName ?? null, at: saved?.at ?? current.updatedAt ?? current.createdAt }
}

/**
 * The desk's save: creates the article (id null) or writes over it when `expectedVersion` is still
 * its version, then applies `transition`, all in one transaction. A stale save changes nothing of
 * the article and is kept as an unapplied revision.
 */
export async function saveDeskArticle(params: {
  id: number | null
  expectedVersion: number
  input: DeskInput
  transition?: Transition
  actor: Actor
  guard: Guard
  /** Audit actions: the save's (desk.create, desk.save, desk.edit_published; null for none) and the transition's. */
  auditAs: (status: ArticleStatus | null) => string | null
  now: Date
}): Promise<SaveResult> {
  const { id, expectedVersion, input, transition, actor, guard, auditAs, now } = params
  return (await run(async (tx): Promise<SaveResult> => {
    const current = id === null ? null : await loadRow(tx, id)
    if (current === undefined) return { ok: false, refused: 'Artikel tidak ditemukan.' }
    const refusal = guard(current)
    if (refusal) return { ok: false, refused: refusal }
    const { tags: tagNames, ...rest } = input
    const snapshot: ArticleSnapshot = { ...rest, tagIds: await tagIdsFor(tx, tagNames) }
    if (current && current.version !== expectedVersion) {
      await tx
        .insert(articleRevisions)
        .values({ articleId: current.id, version: expectedVersion, applied: false, snapshot, userId: actor.id, createdAt: now })
      return { ok: false, conflict: true, current: await conflictOf(tx, current) }
    }
    let saved = await writeSnapshot(tx, current, snapshot, actor, now)
    const action = auditAs(current?.status ?? null)
    if (action) await audit(tx, actor, [{ action, targetType: 'article', targetId: saved.id, reason: saved.slug }])
    if (transition) {
      saved = await applyTransition(tx, saved, transition, now)
      const verb = { review: 'desk.submit', published: 'desk.publish', scheduled: 'desk.schedule' }[transition.to]
      const reason = transition.to === 'scheduled' ? transition.at.toISOString() : null
      await audit(tx, actor, [{ action: verb, targetType: 'article', targetId: saved.id, reason }])
    }
    return { ok: true, article: saved }
  })) as SaveResult
}

/** Writes a revision's snapshot as a new save (subject to the same lock); what no longer exists is left out. */
export async function restoreDeskRevision(params: {
  id: number
  revisionId: number
  expectedVersion: number
  actor: Actor
  guard: Guard
  now: Date
}): Promise<SaveResult> {
  const { id, revisionId, expectedVersion, actor, guard, now } = params
  return (await run(async (tx): Promise<SaveResult> => {
    const current = await loadRow(tx, id)
    if (!current) return { ok: false, refused: 'Artikel tidak ditemukan.' }
    const refusal = guard(current)
    if (refusal) return { ok: false, refused: refusal }
    const revision = (
      await tx
        .select({ snapshot: articleRevisions.snapshot, version: articleRevisions.version })
        .from(articleRevisions)
        .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.id, revisionId)))
        .limit(1)
    )[0]
    if (!revision) return { ok: false, refused: 'Revisi tidak ditemukan.' }
    if (current.version !== expectedVersion) return { ok: false, conflict: true, current: await conflictOf(tx, current) }
    const s = revision.snapshot
    const tagSet = new Set(
      s.tagIds.length ? (await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, s.tagIds))).map((r) => r.id) : [],
    )
    const authorSet = new Set(
      s.authorIds.length
        ? (await tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, s.authorIds))).map((r) => r.id)
        : [],
    )
    const heroMediaId =
      s.heroMediaId && (await tx.select({ id: media.id }).from(media).where(eq(media.id, s.heroMediaId)).limit(1))[0] ? s.heroMediaId : null
    const snapshot: ArticleSnapshot = {
      ...s,
      tagIds: s.tagIds.filter((t) => tagSet.has(t)),
      authorIds: s.authorIds.filter((a) => authorSet.has(a)),
      heroMediaId,
    }
    const saved = await writeSnapshot(tx, current, snapshot, actor, now)
    await audit(tx, actor, [{ action: 'desk.restore', targetType: 'article', targetId: id, reason: `revisi ${revision.version}` }])
    return { ok: true, article: saved }
  })) as SaveResult
}

export type StateChange = { ok: true; article: { id: number; slug: string; category: { slug: string } } } | { ok: false; refused: string }

async function changeState(
  id: number,
  guard: Guard,
  write: (tx: DbOrTx, current: ArticleRow & { categorySlug: string }) => Promise<void>,
): Promise<StateChange> {
  return (await run(async (tx): Promise<StateChange> => {
    const current = await loadRow(tx, id)
    if (!current) return { ok: false, refused: 'Artikel tidak ditemukan.' }
    const refusal = guard(current)
    if (refusal) return { ok: false, refused: refusal }
    await write(tx, current)
    return { ok: true, article: { id, slug: current.slug, category: { slug: current.categorySlug } } }
  })) as StateChange
}

/** Takes a published article down, on record: it leaves every reader list (they all require `published`). */
export async function takeDownArticle(params: { id: number; reason: TakedownReason; note: string; actor: Actor; guard: Guard; now: Date }) {
  const { id, reason, note, actor, guard, now } = params
  return await changeState(id, guard, async (tx) => {
    await tx
      .update(articles)
      .set({ status: 'taken_down', takenDownAt: now, takedownReason: reason, updatedBy: actor.id })
      .where(eq(articles.id, id))
    await audit(tx, actor, [{ action: 'desk.takedown', targetType: 'article', targetId: id, reason: `${reason}: ${note}` }])
  })
}

/** A scheduled article back to draft. */
export async function unscheduleArticle(params: { id: number; actor: Actor; guard: Guard }) {
  const { id, actor, guard } = params
  return await changeState(id, guard, async (tx) => {
    await tx.update(articles).set({ status: 'draft', scheduledAt: null, updatedBy: actor.id }).where(eq(articles.id, id))
    await audit(tx, actor, [{ action: 'desk.unschedule', targetType: 'article', targetId: id }])
  })
}

/** Which of these ids exist, for validating a form's references before a save. */
export async function existingIds(kind: 'category' | 'author' | 'media' | 'article', ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const db = getDb()
  const table = { category: categories, author: authors, media, article: articles }[kind]
  const where = kind === 'article' ? and(inArray(articles.id, ids), eq(articles.kind, 'news')) : inArray(table.id, ids)
  return new Set((await db.select({ id: table.id }).from(table).where(where)).map((row) => row.id))
}
