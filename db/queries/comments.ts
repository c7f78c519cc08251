import 'server-only'
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { LiveComment, LiveComments } from '@/lib/comments/live'
import type { ReportedComment } from '@/lib/permissions'
import { getDb, prepared } from '../client'
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

export function countApprovedComments(articleId: number): number {
  return getDb().select({ n: count() }).from(comments).where(approved(articleId)).get()?.n ?? 0
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
export function listApprovedComments(
  articleId: number,
  { sort = 'oldest', limit = 50, offset = 0 }: { sort?: CommentSort; limit?: number; offset?: number } = {},
): PublicComment[] {
  const hasReplies = sql<number>`exists (select 1 from comments r where r.parent_id = "comments"."id" and r.status = 'approved')`
  // Shown: approved comments, and deleted ones that still have approved replies (as placeholders).
  const shown = (level: SQL) =>
    publicQuery().where(
      and(eq(comments.articleId, articleId), level, or(eq(comments.status, 'approved'), and(eq(comments.status, 'deleted'), hasReplies))),
    )
  const roots = shown(isNull(comments.parentId))
    .orderBy(desc(comments.featured), ...order[sort])
    .limit(limit)
    .offset(offset)
    .all()
    .map(toPublic)
  if (roots.length === 0) return []

  // Replies of any depth under these roots, oldest first, as a conversation reads.
  const replies = shown(isNotNull(comments.parentId)).orderBy(asc(comments.createdAt), asc(comments.id)).all().map(toPublic)
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
export function liveComments(articleId: number, limit: number): LiveComments {
  const rows = liveQuery().where(approved(articleId)).orderBy(desc(comments.createdAt), desc(comments.id)).limit(limit).all()
  return { count: countApprovedComments(articleId), comments: rows.map(toLive) }
}

const oneLive = prepared(() =>
  liveQuery()
    .where(and(eq(comments.id, sql.placeholder('commentId')), eq(comments.status, 'approved')))
    .prepare(),
)

/** One comment as the island shows it, or null once it is not approved (prepared: every post asks). */
export function liveComment(commentId: number): LiveComment | null {
  const row = oneLive().get({ commentId })
  return row ? toLive(row) : null
}

export function countThreads(articleId: number): number {
  return (
    getDb()
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.articleId, articleId), isNull(comments.parentId), inArray(comments.status, ['approved', 'deleted'])))
      .get()?.n ?? 0
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

export function getCommentTarget(articleId: number, now = new Date()) {
  const row = commentTarget().get({ articleId, now: now.getTime() })
  return row ? { id: row.id, commentMode: row.commentMode, slug: row.slug, category: { slug: row.category } } : null
}

export function getComment(id: number) {
  return (
    getDb()
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
      .get() ?? null
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

export function getModerationSettings(): ModerationSettings {
  const words = allWords().all()
  const stored = Object.fromEntries(
    allSettings()
      .all()
      .map((row) => [row.key, row.value]),
  )
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

export function authorHistory(userId: number, now: Date, window = 10) {
  const statements = history()
  const approvedComments = statements.approved.get({ userId })?.n ?? 0
  // The placeholder skips the column's mapping: the time goes in as it is stored, in milliseconds.
  const recent = statements.lastHour.all({ userId, since: now.getTime() - 3_600_000 })
  const decisions = statements.decisions.all({ userId, window })
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

export function commentByClientToken(userId: number, clientToken: string) {
  return byClientToken().get({ userId, clientToken }) ?? null
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
export function insertComment(values: NewComment): { id: number; status: string; duplicate: boolean } {
  return getDb().transaction(
    () => {
      const existing = byClientToken().get({ userId: values.userId, clientToken: values.clientToken })
      if (existing) return { ...existing, duplicate: true }
      const row = insertOne().get({ ...values, createdAt: values.now })
      if (!row) throw new Error('insertComment: the insert returned no row')
      return { ...row, duplicate: false }
    },
    { behavior: 'immediate' },
  )
}

export function updateCommentBody(id: number, body: string, status: 'approved' | 'pending', reason: string | null, now: Date) {
  getDb().update(comments).set({ body, status, moderationReason: reason, editedAt: now }).where(eq(comments.id, id)).run()
}

/** Deletes a comment; one with replies stays as a placeholder so the conversation still reads. */
export function deleteComment(id: number) {
  getDb().update(comments).set({ status: 'deleted' }).where(eq(comments.id, id)).run()
}

/** Likes or un-likes; the count on the comment moves in the same transaction. */
export function toggleReaction(commentId: number, userId: number): { liked: boolean; likeCount: number } {
  return getDb().transaction(
    (tx) => {
      const removed = tx
        .delete(commentReactions)
        .where(and(eq(commentReactions.commentId, commentId), eq(commentReactions.userId, userId)))
        .returning()
        .all()
      if (removed.length === 0) tx.insert(commentReactions).values({ commentId, userId }).run()
      const row = tx
        .update(comments)
        .set({ likeCount: sql`${comments.likeCount} + ${removed.length === 0 ? 1 : -1}` })
        .where(eq(comments.id, commentId))
        .returning({ likeCount: comments.likeCount })
        .get()
      return { liked: removed.length === 0, likeCount: row?.likeCount ?? 0 }
    },
    { behavior: 'immediate' },
  )
}

export type ReportReason = (typeof reportReasons)[number]

/** What the report rules need to know about a reporter. */
export function reporterStanding(userId: number) {
  const db = getDb()
  const user = db.select({ role: users.role, createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).get()
  if (!user) return null
  const approvedComments =
    db
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.userId, userId), eq(comments.status, 'approved')))
      .get()?.n ?? 0
  return { ...user, approvedComments }
}

/**
 * One report per user per comment. In the same transaction, `hides` is asked whether the reports
 * now on the comment hide it pending review (the rule lives in lib/permissions); if so it is hidden.
 * Returns whether this report was new and whether it hid the comment.
 */
export function addReport(
  report: { commentId: number; userId: number; reason: ReportReason; note: string | null; countsToHide: boolean },
  hides: (comment: ReportedComment) => boolean,
) {
  return getDb().transaction(
    (tx) => {
      const { commentId } = report
      const inserted = tx.insert(commentReports).values(report).onConflictDoNothing().returning({ id: commentReports.id }).all()
      if (inserted.length === 0) return { added: false, hidden: false }
      const comment = tx
        .select({ status: comments.status, authorRole: users.role, editedAt: comments.editedAt })
        .from(comments)
        .leftJoin(users, eq(comments.userId, users.id))
        .where(eq(comments.id, commentId))
        .get()
      if (!comment) return { added: true, hidden: false }
      const reports = tx
        .select({
          counting: sql<number>`coalesce(sum(case when ${commentReports.resolvedAt} is null and ${commentReports.countsToHide} then 1 else 0 end), 0)`,
          reviewedAt: sql<number | null>`max(${commentReports.resolvedAt})`,
        })
        .from(commentReports)
        .where(eq(commentReports.commentId, commentId))
        .get()
      const facts: ReportedComment = {
        ...comment,
        countingReports: reports?.counting ?? 0,
        reviewedAt: reports?.reviewedAt == null ? null : new Date(reports.reviewedAt),
      }
      if (!hides(facts)) return { added: true, hidden: false }
      const hidden = tx
        .update(comments)
        .set({ status: 'pending', moderationReason: `Dilaporkan ${facts.countingReports} pembaca.` })
        .where(and(eq(comments.id, commentId), eq(comments.status, 'approved')))
        .returning({ id: comments.id })
        .all()
      return { added: true, hidden: hidden.length > 0 }
    },
    { behavior: 'immediate' },
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
export function viewerCommentState(articleId: number, userId: number) {
  const db = getDb()
  const own = db
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
    .all()
  const liked = db
    .select({ id: commentReactions.commentId })
    .from(commentReactions)
    .innerJoin(comments, eq(commentReactions.commentId, comments.id))
    .where(and(eq(comments.articleId, articleId), eq(commentReactions.userId, userId)))
    .all()
    .map((row) => row.id)
  const reported = db
    .select({ id: commentReports.commentId })
    .from(commentReports)
    .innerJoin(comments, eq(commentReports.commentId, comments.id))
    .where(and(eq(comments.articleId, articleId), eq(commentReports.userId, userId)))
    .all()
    .map((row) => row.id)
  return { own: own as ViewerComment[], liked, reported }
}
