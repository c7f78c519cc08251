import 'server-only'
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { LiveComment, LiveComments } from '@/lib/comments/live'
import type { ReportedComment } from '@/lib/permissions'
import { getDb, placeholderTime, prepared, transaction } from '../client'
import type { reportReasons } from '../schema'
import { articles, categories, commentReactions, commentReports, comments, settings as settingsTable, users, wordLists } from '../tables'

export type CommentSort = 'oldest' | 'newest' | 'liked'

export type PublicComment = {
  id: number
  parentId: number | null
  /** Empty for a deleted comment kept as a placeholder because it has replies. */
  body: string
  deleted: boolean
  authorName: string
  authorIsStaff: boolean
  featured: boolean
  likeCount: number
  createdAt: Date
  editedAt: Date | null
  replies: PublicComment[]
}

const approved = (articleId: number) => and(eq(comments.articleId, articleId), eq(comments.status, 'approved'))

export async function countApprovedComments(articleId: number): Promise<number> {
  return (await getDb().select({ n: count() }).from(comments).where(approved(articleId)).limit(1))[0]?.n ?? 0
}

const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  body: comments.body,
  status: comments.status,
  authorName: users.displayName,
  role: users.role,
  featured: comments.featured,
  likeCount: comments.likeCount,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
}

const publicQuery = () => getDb().select(publicColumns).from(comments).leftJoin(users, eq(comments.userId, users.id))

/** A row of `publicQuery()`, as drizzle infers it from the columns and the join. */
type PublicRow = ReturnType<ReturnType<typeof publicQuery>['all']>[number]

function toPublic(row: PublicRow): PublicComment {
  const deleted = row.status === 'deleted'
  return {
    id: row.id,
    parentId: row.parentId,
    body: deleted ? '' : row.body,
    deleted,
    authorName: deleted ? '' : (row.authorName ?? 'Pengguna terhapus'),
    authorIsStaff: !deleted && row.role != null && row.role !== 'reader',
    featured: row.featured,
    likeCount: row.likeCount,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    replies: [],
  }
}

const order = {
  oldest: [asc(comments.createdAt), asc(comments.id)],
  newest: [desc(comments.createdAt), desc(comments.id)],
  liked: [desc(comments.likeCount), desc(comments.createdAt)],
} as const

/**
 * A page of approved threads: top-level comments (featured first, then by `sort`) with all their
 * approved replies nested. A deleted comment with replies stays as an empty placeholder. Only
 * public fields leave this module (no emails, no user ids).
 */
export async function listApprovedComments(
  articleId: number,
  { sort = 'oldest', limit = 50, offset = 0 }: { sort?: CommentSort; limit?: number; offset?: number } = {},
): Promise<PublicComment[]> {
  const hasReplies = sql<number>`exists (select 1 from comments r where r.parent_id = "comments"."id" and r.status = 'approved')`
  // Shown: approved comments, and deleted ones that still have approved replies (as placeholders).
  const shown = (level: SQL) =>
    publicQuery().where(
      and(eq(comments.articleId, articleId), level, or(eq(comments.status, 'approved'), and(eq(comments.status, 'deleted'), hasReplies))),
    )
  const roots = (
    await shown(isNull(comments.parentId))
      .orderBy(desc(comments.featured), ...order[sort])
      .limit(limit)
      .offset(offset)
  ).map(toPublic)
  if (roots.length === 0) return []

  // Replies of any depth under these roots, oldest first, as a conversation reads.
  const replies = (await shown(isNotNull(comments.parentId)).orderBy(asc(comments.createdAt), asc(comments.id))).map(toPublic)
  const byId = new Map<number, PublicComment>([...roots, ...replies].map((c) => [c.id, c]))
  for (const reply of replies) byId.get(reply.parentId ?? -1)?.replies.push(reply)
  return roots
}

const parents = alias(comments, 'parent')
const parentAuthors = alias(users, 'parent_author')

const liveQuery = () =>
  getDb()
    .select({ ...publicColumns, parentAuthor: parentAuthors.displayName, parentStatus: parents.status })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .leftJoin(parents, eq(comments.parentId, parents.id))
    .leftJoin(parentAuthors, eq(parents.userId, parentAuthors.id))

function toLive(row: ReturnType<ReturnType<typeof liveQuery>['all']>[number]): LiveComment {
  const comment = toPublic(row)
  return {
    id: comment.id,
    parentId: comment.parentId,
    parentAuthor: row.parentId == null ? null : row.parentStatus === 'approved' ? (row.parentAuthor ?? 'Pengguna terhapus') : null,
    authorName: comment.authorName,
    authorIsStaff: comment.authorIsStaff,
    featured: comment.featured,
    createdAt: comment.createdAt.toISOString(),
    edited: comment.editedAt != null,
    body: comment.body,
    likeCount: comment.likeCount,
  }
}

/**
 * The live-comment island's data: the approved count and the newest approved comments, replies
 * included, newest first. Public fields only, the same for every reader.
 */
export async function liveComments(articleId: number, limit: number): Promise<LiveComments> {
  const rows = await liveQuery().where(approved(articleId)).orderBy(desc(comments.createdAt), desc(comments.id)).limit(limit)
  return { count: await countApprovedComments(articleId), comments: rows.map(toLive) }
}

const oneLive = prepared(() =>
  liveQuery()
    .where(and(eq(comments.id, sql.placeholder('commentId')), eq(comments.status, 'approved')))
    .prepare(),
)

/** One comment as the island shows it, or null once it is not approved (prepared: every post asks). */
export async function liveComment(commentId: number): Promise<LiveComment | null> {
  const row = (await oneLive().execute({ commentId }))[0]
  return row ? toLive(row) : null
}

export async function countThreads(articleId: number): Promise<number> {
  return (
    (
      await getDb()
        .select({ n: count() })
        .from(comments)
        .where(and(eq(comments.articleId, articleId), isNull(comments.parentId), inArray(comments.status, ['approved', 'deleted'])))
        .limit(1)
    )[0]?.n ?? 0
  )
}

/** The published article a comment goes under (out already, not dated later), with its mode and what its path is made of. */
const commentTarget = prepared((db) =>
  db
    .select({ id: articles.id, commentMode: articles.commentMode, slug: articles.slug, category: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(
      and(
        eq(articles.id, sql.placeholder('articleId')),
        eq(articles.status, 'published'),
        sql`${articles.publishedAt} <= ${sql.placeholder('now')}`,
      ),
    )
    .prepare(),
)

export async function getCommentTarget(articleId: number, now = new Date()) {
  const [row] = await commentTarget().execute({ articleId, now: placeholderTime(now) })
  return row ? { id: row.id, commentMode: row.commentMode, slug: row.slug, category: { slug: row.category } } : null
}

export async function getComment(id: number) {
  return (
    (
      await getDb()
        .select({
          id: comments.id,
          articleId: comments.articleId,
          userId: comments.userId,
          parentId: comments.parentId,
          body: comments.body,
          status: comments.status,
          createdAt: comments.createdAt,
        })
        .from(comments)
        .where(eq(comments.id, id))
        .limit(1)
    )[0] ?? null
  )
}

export type ModerationSettings = {
  bannedWords: string[]
  suspectWords: string[]
  /** Premoderation until this many approved comments (0: none). */
  trustAfterApproved: number
  /** Premoderation again past this share (%) of rejected recent comments (0: never). */
  distrustRejectedPercent: number
  reportThreshold: number
  /** A reporter's account must be this old for their report to count toward hiding. */
  reporterMinAgeDays: number
  /** ...and have this many approved comments. */
  reporterMinApproved: number
  maxLinks: number
}

const defaults = {
  trustAfterApproved: 1,
  distrustRejectedPercent: 50,
  reportThreshold: 3,
  reporterMinAgeDays: 7,
  reporterMinApproved: 3,
  maxLinks: 2,
}

const allWords = prepared((db) => db.select().from(wordLists).prepare())
const allSettings = prepared((db) => db.select().from(settingsTable).prepare())

export async function getModerationSettings(): Promise<ModerationSettings> {
  const words = await allWords().execute()
  const stored = Object.fromEntries((await allSettings().execute()).map((row) => [row.key, row.value]))
  return {
    bannedWords: words.filter((w) => w.kind === 'banned').map((w) => w.word),
    suspectWords: words.filter((w) => w.kind === 'suspect').map((w) => w.word),
    // Before the count, a yes/no setting held a new commenter's first comment.
    trustAfterApproved:
      typeof stored.trustAfterApproved === 'number'
        ? stored.trustAfterApproved
        : typeof stored.holdFirstComment === 'boolean'
          ? Number(stored.holdFirstComment)
          : defaults.trustAfterApproved,
    distrustRejectedPercent:
      typeof stored.distrustRejectedPercent === 'number' ? stored.distrustRejectedPercent : defaults.distrustRejectedPercent,
    reportThreshold: typeof stored.reportThreshold === 'number' ? stored.reportThreshold : defaults.reportThreshold,
    reporterMinAgeDays: typeof stored.reporterMinAgeDays === 'number' ? stored.reporterMinAgeDays : defaults.reporterMinAgeDays,
    reporterMinApproved: typeof stored.reporterMinApproved === 'number' ? stored.reporterMinApproved : defaults.reporterMinApproved,
    maxLinks: defaults.maxLinks,
  }
}

/** What the pipeline needs to know about an author: approved history, recent decisions and the last hour. */
const history = prepared((db) => {
  const userId = sql.placeholder('userId')
  return {
    approved: db
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.userId, userId), eq(comments.status, 'approved')))
      .prepare(),
    lastHour: db
      .select({ body: comments.body, createdAt: comments.createdAt })
      .from(comments)
      .where(and(eq(comments.userId, userId), gte(comments.createdAt, sql.placeholder('since'))))
      .orderBy(desc(comments.createdAt))
      .prepare(),
    decisions: db
      .select({ status: comments.status })
      .from(comments)
      .where(and(eq(comments.userId, userId), inArray(comments.status, ['approved', 'rejected'])))
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(sql.placeholder('window'))
      .prepare(),
  }
})

export async function authorHistory(userId: number, now: Date, window = 10) {
  const statements = history()
  const approvedComments = (await statements.approved.execute({ userId }))[0]?.n ?? 0
  // The placeholder skips the column's mapping: the time goes in as the dialect stores it.
  const recent = await statements.lastHour.execute({ userId, since: placeholderTime(new Date(now.getTime() - 3_600_000)) })
  const decisions = await statements.decisions.execute({ userId, window })
  const recentDecisions = { decided: decisions.length, rejected: decisions.filter((d) => d.status === 'rejected').length }
  return { approvedComments, recent, recentDecisions }
}

/** The comment a user already sent with this form token, if any (a double submit). */
const byClientToken = prepared((db) =>
  db
    .select({ id: comments.id, status: comments.status })
    .from(comments)
    .where(and(eq(comments.userId, sql.placeholder('userId')), eq(comments.clientToken, sql.placeholder('clientToken'))))
    .prepare(),
)

export async function commentByClientToken(userId: number, clientToken: string) {
  return (await byClientToken().execute({ userId, clientToken }))[0] ?? null
}

type NewComment = {
  articleId: number
  userId: number
  parentId: number | null
  body: string
  status: 'approved' | 'pending'
  reason: string | null
  clientToken: string
  now: Date
}

const insertOne = prepared((db) =>
  db
    .insert(comments)
    .values({
      articleId: sql.placeholder('articleId'),
      userId: sql.placeholder('userId'),
      parentId: sql.placeholder('parentId'),
      body: sql.placeholder('body'),
      status: sql.placeholder('status'),
      moderationReason: sql.placeholder('reason'),
      clientToken: sql.placeholder('clientToken'),
      createdAt: sql.placeholder('createdAt'),
    })
    .returning({ id: comments.id, status: comments.status })
    .prepare(),
)

/**
 * Stores a comment once per client token: a double submit returns the first one. One short
 * write transaction of two prepared statements (the hot path of a comment storm).
 */
export async function insertComment(values: NewComment): Promise<{ id: number; status: string; duplicate: boolean }> {
  return transaction(
    async () => {
      const existing = (await byClientToken().execute({ userId: values.userId, clientToken: values.clientToken }))[0]
      if (existing) return { ...existing, duplicate: true }
      const row = (await insertOne().execute({ ...values, createdAt: values.now }))[0]
      if (!row) throw new Error('insertComment: the insert returned no row')
      return { ...row, duplicate: false }
    },
    { immediate: true },
  )
}

export async function updateCommentBody(id: number, body: string, status: 'approved' | 'pending', reason: string | null, now: Date) {
  await getDb().update(comments).set({ body, status, moderationReason: reason, editedAt: now }).where(eq(comments.id, id))
}

/** Deletes a comment; one with replies stays as a placeholder so the conversation still reads. */
export async function deleteComment(id: number) {
  await getDb().update(comments).set({ status: 'deleted' }).where(eq(comments.id, id))
}

/** Likes or un-likes; the count on the comment moves in the same transaction. */
export async function toggleReaction(commentId: number, userId: number): Promise<{ liked: boolean; likeCount: number }> {
  return transaction(
    async () => {
      const tx = getDb()
      const removed = await tx
        .delete(commentReactions)
        .where(and(eq(commentReactions.commentId, commentId), eq(commentReactions.userId, userId)))
        .returning()
      if (removed.length === 0) await tx.insert(commentReactions).values({ commentId, userId })
      const row = (
        await tx
          .update(comments)
          .set({ likeCount: sql`${comments.likeCount} + ${removed.length === 0 ? 1 : -1}` })
          .where(eq(comments.id, commentId))
          .returning({ likeCount: comments.likeCount })
      )[0]
      return { liked: removed.length === 0, likeCount: row?.likeCount ?? 0 }
    },
    { immediate: true },
  )
}

export type ReportReason = (typeof reportReasons)[number]

/** What the report rules need to know about a reporter. */
export async function reporterStanding(userId: number) {
  const db = getDb()
  const user = (await db.select({ role: users.role, createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).limit(1))[0]
  if (!user) return null
  const approvedComments =
    (
      await db
        .select({ n: count() })
        .from(comments)
        .where(and(eq(comments.userId, userId), eq(comments.status, 'approved')))
        .limit(1)
    )[0]?.n ?? 0
  return { ...user, approvedComments }
}

/**
 * One report per user per comment. In the same transaction, `hides` is asked whether the reports
 * now on the comment hide it pending review (the rule lives in lib/permissions); if so it is hidden.
 * Returns whether this report was new and whether it hid the comment.
 */
export async function addReport(
  report: { commentId: number; userId: number; reason: ReportReason; note: string | null; countsToHide: boolean },
  hides: (comment: ReportedComment) => boolean,
) {
  return transaction(
    async () => {
      const tx = getDb()
      const { commentId } = report
      const inserted = await tx.insert(commentReports).values(report).onConflictDoNothing().returning({ id: commentReports.id })
      if (inserted.length === 0) return { added: false, hidden: false }
      const comment = (
        await tx
          .select({ status: comments.status, authorRole: users.role, editedAt: comments.editedAt })
          .from(comments)
          .leftJoin(users, eq(comments.userId, users.id))
          .where(eq(comments.id, commentId))
          .limit(1)
      )[0]
      if (!comment) return { added: true, hidden: false }
      const reports = (
        await tx
          .select({
            counting:
              sql<number>`coalesce(sum(case when ${commentReports.resolvedAt} is null and ${commentReports.countsToHide} then 1 else 0 end), 0)`.mapWith(
                Number,
              ),
            reviewedAt: sql<number | null>`max(${commentReports.resolvedAt})`,
          })
          .from(commentReports)
          .where(eq(commentReports.commentId, commentId))
          .limit(1)
      )[0]
      const facts: ReportedComment = {
        ...comment,
        countingReports: reports?.counting ?? 0,
        reviewedAt: reports?.reviewedAt == null ? null : new Date(reports.reviewedAt),
      }
      if (!hides(facts)) return { added: true, hidden: false }
      const hidden = await tx
        .update(comments)
        .set({ status: 'pending', moderationReason: `Dilaporkan ${facts.countingReports} pembaca.` })
        .where(and(eq(comments.id, commentId), eq(comments.status, 'approved')))
        .returning({ id: comments.id })
      return { added: true, hidden: hidden.length > 0 }
    },
    { immediate: true },
  )
}

export type ViewerComment = {
  id: number
  parentId: number | null
  body: string
  status: 'pending' | 'approved' | 'rejected' | 'deleted'
  reason: string | null
  createdAt: Date
}

/** The signed-in reader's side of an article's discussion: own comments and likes. */
export async function viewerCommentState(articleId: number, userId: number) {
  const db = getDb()
  const own = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      body: comments.body,
      status: comments.status,
      reason: comments.moderationReason,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.userId, userId), ne(comments.status, 'deleted')))
    .orderBy(desc(comments.createdAt))
    .limit(200)
  const liked = (
    await db
      .select({ id: commentReactions.commentId })
      .from(commentReactions)
      .innerJoin(comments, eq(commentReactions.commentId, comments.id))
      .where(and(eq(comments.articleId, articleId), eq(commentReactions.userId, userId)))
  ).map((row) => row.id)
  const reported = (
    await db
      .select({ id: commentReports.commentId })
      .from(commentReports)
      .innerJoin(comments, eq(commentReports.commentId, comments.id))
      .where(and(eq(comments.articleId, articleId), eq(commentReports.userId, userId)))
  ).map((row) => row.id)
  return { own: own as ViewerComment[], liked, reported }
}
