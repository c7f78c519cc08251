import 'server-only'
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import { getDb, transaction, type DbOrTx } from '../client'
import { type CommentMode, type ReportReason, type Role } from '../schema'
import { articles, categories, commentReports, comments, moderationActions, settings, users, wordLists } from '../tables'
import { containsText, startsWithText } from '../text'

export const tabs = ['pending', 'reported', 'approved', 'rejected'] as const
export type Tab = (typeof tabs)[number]

export type Actor = { id: number; displayName: string }

const OVERDUE_MS = 48 * 3_600_000

type AuditEntry = {
  action: string
  targetType: 'comment' | 'user' | 'article' | 'settings' | 'media'
  targetId: number | null
  reason?: string | null
}

/** Writes audit rows; the only write path the log has (called by the query that makes the change, in its transaction). */
export async function audit(tx: DbOrTx, actor: Actor, entries: AuditEntry[]) {
  if (entries.length === 0) return
  await tx
    .insert(moderationActions)
    .values(entries.map((e) => ({ ...e, reason: e.reason ?? null, actorId: actor.id, actorName: actor.displayName })))
}

// Correlated subqueries name the outer table in full: drizzle leaves columns unqualified in
// single-table queries, where a bare "id" would bind to the inner table.
/** An article as its public path needs it (see lib/paths `articlePath`). */
export type ArticleRef = { id: number; slug: string; category: { slug: string } }

/** The articles to revalidate after their comments changed. */
async function articleRefs(tx: DbOrTx, ids: number[]): Promise<ArticleRef[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  return (
    await tx
      .select({ id: articles.id, slug: articles.slug, category: categories.slug })
      .from(articles)
      .innerJoin(categories, eq(articles.categoryId, categories.id))
      .where(inArray(articles.id, unique))
  ).map((a) => ({ id: a.id, slug: a.slug, category: { slug: a.category } }))
}

const openReports = sql`(select count(*) from comment_reports r where r.comment_id = "comments"."id" and r.resolved_at is null)`

function tabWhere(tab: Tab): SQL | undefined {
  switch (tab) {
    case 'pending':
      return eq(comments.status, 'pending')
    case 'reported':
      return and(inArray(comments.status, ['approved', 'pending']), sql`${openReports} > 0`)
    case 'approved':
      return eq(comments.status, 'approved')
    case 'rejected':
      return eq(comments.status, 'rejected')
  }
}

export async function queueCounts(): Promise<Record<Tab, number>> {
  const db = getDb()
  const counts: [Tab, number][] = []
  for (const tab of tabs) counts.push([tab, (await db.select({ n: count() }).from(comments).where(tabWhere(tab)))[0]?.n ?? 0])
  return Object.fromEntries(counts) as Record<Tab, number>
}

export type QueueFilter = { tab: Tab; articleId?: number; userId?: number; q?: string; limit: number; offset: number }

export type QueueItem = {
  id: number
  body: string
  status: string
  featured: boolean
  reason: string | null
  createdAt: Date
  article: ArticleRef & { id: number; title: string; commentMode: string }
  author: { id: number | null; name: string; role: string | null; status: string | null; approved: number; rejected: number }
  reports: { reason: ReportReason; count: number; notes: string[] }[]
  oldestReportAt: Date | null
  overdue: boolean
}

export async function listQueue(filter: QueueFilter, now = new Date()): Promise<{ items: QueueItem[]; total: number }> {
  const db = getDb()
  const oldestReport = sql<
    number | null
  >`(select min(r.created_at) from comment_reports r where r.comment_id = "comments"."id" and r.resolved_at is null)`
  const where = and(
    tabWhere(filter.tab),
    filter.articleId ? eq(comments.articleId, filter.articleId) : undefined,
    filter.userId ? eq(comments.userId, filter.userId) : undefined,
    filter.q ? or(containsText(comments.body, filter.q), containsText(users.displayName, filter.q)) : undefined,
  )
  const orderBy =
    filter.tab === 'reported' ? [asc(oldestReport)] : filter.tab === 'pending' ? [asc(comments.createdAt)] : [desc(comments.createdAt)]
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      featured: comments.featured,
      reason: comments.moderationReason,
      createdAt: comments.createdAt,
      articleId: articles.id,
      title: articles.title,
      slug: articles.slug,
      category: categories.slug,
      commentMode: articles.commentMode,
      userId: users.id,
      name: users.displayName,
      role: users.role,
      userStatus: users.status,
      oldestReport,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .leftJoin(users, eq(comments.userId, users.id))
    .where(where)
    .orderBy(...orderBy, asc(comments.id))
    .limit(filter.limit)
    .offset(filter.offset)
  const total =
    (await db.select({ n: count() }).from(comments).leftJoin(users, eq(comments.userId, users.id)).where(where).limit(1))[0]?.n ?? 0

  const ids = rows.map((r) => r.id)
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))]
  const reportRows = ids.length
    ? await db
        .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note })
        .from(commentReports)
        .where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
    : []
  const history = userIds.length
    ? await db
        .select({ userId: comments.userId, status: comments.status, n: count() })
        .from(comments)
        .where(and(inArray(comments.userId, userIds), inArray(comments.status, ['approved', 'rejected'])))
        .groupBy(comments.userId, comments.status)
    : []

  const items = rows.map((row): QueueItem => {
    const reports = new Map<ReportReason, { reason: ReportReason; count: number; notes: string[] }>()
    for (const report of reportRows.filter((r) => r.commentId === row.id)) {
      const entry = reports.get(report.reason) ?? { reason: report.reason, count: 0, notes: [] }
      entry.count += 1
      if (report.note) entry.notes.push(report.note)
      reports.set(report.reason, entry)
    }
    const oldestReportAt = row.oldestReport == null ? null : new Date(row.oldestReport)
    const counted = (status: string) => history.find((h) => h.userId === row.userId && h.status === status)?.n ?? 0
    return {
      id: row.id,
      body: row.body,
      status: row.status,
      featured: row.featured,
      reason: row.reason,
      createdAt: row.createdAt,
      article: {
        id: row.articleId,
        title: row.title,
        slug: row.slug,
        category: { slug: row.category },
        commentMode: row.commentMode,
      },
      author: {
        id: row.userId,
        name: row.name ?? 'Pengguna terhapus',
        role: row.role,
        status: row.userStatus,
        approved: counted('approved'),
        rejected: counted('rejected'),
      },
      reports: [...reports.values()],
      oldestReportAt,
      overdue: oldestReportAt != null && now.getTime() - oldestReportAt.getTime() > OVERDUE_MS,
    }
  })
  return { items, total }
}

export type Decision = 'approve' | 'reject' | 'restore' | 'feature' | 'unfeature'

/**
 * Applies one decision to comments in one transaction: only from states where it makes sense
 * (two moderators on the same comment leave it consistent), resolving its open reports, with an
 * audit row per changed comment. Returns the changed ids and the articles to revalidate.
 */
export async function decideComments(ids: number[], decision: Decision, actor: Actor, reason: string | null, now: Date) {
  return transaction(
    async () => {
      const tx = getDb()
      const from: Record<Decision, ('pending' | 'approved' | 'rejected')[]> = {
        approve: ['pending', 'approved'],
        reject: ['pending', 'approved'],
        restore: ['rejected'],
        feature: ['approved'],
        unfeature: ['approved'],
      }
      const candidates = await tx
        .select({ id: comments.id, status: comments.status, featured: comments.featured, articleId: comments.articleId })
        .from(comments)
        .where(and(inArray(comments.id, ids), inArray(comments.status, from[decision])))
      const set =
        decision === 'approve' || decision === 'restore'
          ? { status: 'approved' as const, moderationReason: null }
          : decision === 'reject'
            ? { status: 'rejected' as const, moderationReason: reason, featured: false }
            : { featured: decision === 'feature' }
      const changed = candidates.map((c) => c.id)
      if (changed.length > 0) {
        await tx
          .update(comments)
          .set({ ...set, moderatedBy: actor.id, moderatedAt: now })
          .where(inArray(comments.id, changed))
        // Any decision answers the reports made so far: they leave the queue and stop counting,
        // and a comment kept after them is not hidden by reports again.
        await tx
          .update(commentReports)
          .set({ resolvedAt: now })
          .where(and(inArray(commentReports.commentId, changed), isNull(commentReports.resolvedAt)))
        await audit(
          tx,
          actor,
          changed.map((id) => ({ action: `comment.${decision}`, targetType: 'comment' as const, targetId: id, reason })),
        )
      }
      return {
        changed,
        articles: await articleRefs(
          tx,
          candidates.map((c) => c.articleId),
        ),
      }
    },
    { immediate: true },
  )
}

export async function searchUsers(q: string, limit = 50) {
  const db = getDb()
  const where = q ? or(containsText(users.displayName, q), containsText(users.email, q)) : undefined
  return await db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: users.role,
      status: users.status,
      suspendedUntil: users.suspendedUntil,
      createdAt: users.createdAt,
      approved: sql<number>`(select count(*) from comments c where c.user_id = "users"."id" and c.status = 'approved')`.mapWith(Number),
      rejected: sql<number>`(select count(*) from comments c where c.user_id = "users"."id" and c.status = 'rejected')`.mapWith(Number),
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt))
    .limit(limit)
}

export async function getUserTarget(id: number) {
  return (
    (
      await getDb()
        .select({ id: users.id, role: users.role, status: users.status, displayName: users.displayName })
        .from(users)
        .where(eq(users.id, id))
        .limit(1)
    )[0] ?? null
  )
}

export type Sanction = 'suspend' | 'ban' | 'unban'

/** Suspends, bans or lifts a sanction; the session version moves so it applies on the next request. */
export async function sanctionUser(
  userId: number,
  sanction: Sanction,
  actor: Actor,
  { until, reason, rejectAll }: { until: Date | null; reason: string; rejectAll: boolean },
  now: Date,
) {
  return transaction(
    async () => {
      const tx = getDb()
      const status = sanction === 'unban' ? 'active' : sanction === 'ban' ? 'banned' : 'suspended'
      await tx
        .update(users)
        .set({ status, suspendedUntil: sanction === 'suspend' ? until : null, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
      await audit(tx, actor, [{ action: `user.${sanction}`, targetType: 'user', targetId: userId, reason }])
      let changedArticles: ArticleRef[] = []
      if (rejectAll && sanction !== 'unban') {
        const rejected = await tx
          .update(comments)
          .set({ status: 'rejected', moderationReason: reason, moderatedBy: actor.id, moderatedAt: now, featured: false })
          .where(and(eq(comments.userId, userId), inArray(comments.status, ['pending', 'approved'])))
          .returning({ id: comments.id, articleId: comments.articleId })
        await audit(
          tx,
          actor,
          rejected.map((c) => ({ action: 'comment.reject', targetType: 'comment' as const, targetId: c.id, reason })),
        )
        changedArticles = await articleRefs(
          tx,
          rejected.map((c) => c.articleId),
        )
      }
      return { articles: changedArticles }
    },
    { immediate: true },
  )
}

export async function changeRole(userId: number, role: Role, actor: Actor) {
  await transaction(
    async () => {
      const tx = getDb()
      await tx
        .update(users)
        .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
      await audit(tx, actor, [{ action: `user.role.${role}`, targetType: 'user', targetId: userId }])
    },
    { immediate: true },
  )
}

export async function setCommentMode(articleId: number, mode: CommentMode, actor: Actor): Promise<ArticleRef | null> {
  return transaction(
    async () => {
      const tx = getDb()
      const row = (
        await tx
          .update(articles)
          .set({ commentMode: mode })
          .where(eq(articles.id, articleId))
          .returning({ id: articles.id, slug: articles.slug, categoryId: articles.categoryId })
      )[0]
      if (!row) return null
      await audit(tx, actor, [{ action: `article.comment-mode.${mode}`, targetType: 'article', targetId: articleId }])
      const category = (await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, row.categoryId)).limit(1))[0]
      return { id: row.id, slug: row.slug, category: { slug: category?.slug ?? '' } }
    },
    { immediate: true },
  )
}

export async function getArticleForModeration(articleId: number) {
  return (
    (
      await getDb()
        .select({ id: articles.id, title: articles.title, commentMode: articles.commentMode })
        .from(articles)
        .where(eq(articles.id, articleId))
        .limit(1)
    )[0] ?? null
  )
}

/** Replaces the word lists and settings in one step, with one audit row. */
export async function saveModerationSettings(
  values: {
    banned: string[]
    suspect: string[]
    reportThreshold: number
    reporterMinAgeDays: number
    reporterMinApproved: number
    trustAfterApproved: number
    distrustRejectedPercent: number
  },
  actor: Actor,
) {
  await transaction(
    async () => {
      const tx = getDb()
      await tx.delete(wordLists).where(inArray(wordLists.kind, ['banned', 'suspect']))
      const rows = [
        ...values.banned.map((word) => ({ kind: 'banned' as const, word })),
        ...values.suspect.map((word) => ({ kind: 'suspect' as const, word })),
      ]
      for (let i = 0; i < rows.length; i += 500)
        await tx
          .insert(wordLists)
          .values(rows.slice(i, i + 500))
          .onConflictDoNothing()
      const stored = {
        reportThreshold: values.reportThreshold,
        reporterMinAgeDays: values.reporterMinAgeDays,
        reporterMinApproved: values.reporterMinApproved,
        trustAfterApproved: values.trustAfterApproved,
        distrustRejectedPercent: values.distrustRejectedPercent,
      }
      for (const [key, value] of Object.entries(stored)) {
        await tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } })
      }
      await audit(tx, actor, [
        {
          action: 'settings.update',
          targetType: 'settings',
          targetId: null,
          reason: `${values.banned.length} kata terlarang, ${values.suspect.length} kata diawasi, ambang laporan ${values.reportThreshold} dari pelapor berumur akun ${values.reporterMinAgeDays} hari dengan ${values.reporterMinApproved} komentar disetujui; pembaca baru ditinjau sampai ${values.trustAfterApproved} komentar disetujui, ditinjau lagi bila ${values.distrustRejectedPercent}% komentar terakhirnya ditolak`,
        },
      ])
    },
    { immediate: true },
  )
}

export async function listAudit({ action, actor, limit, offset }: { action?: string; actor?: string; limit: number; offset: number }) {
  const db = getDb()
  const where = and(
    action ? startsWithText(moderationActions.action, action) : undefined,
    actor ? containsText(moderationActions.actorName, actor) : undefined,
  )
  const items = await db
    .select()
    .from(moderationActions)
    .where(where)
    .orderBy(desc(moderationActions.createdAt), desc(moderationActions.id))
    .limit(limit)
    .offset(offset)
  const total = (await db.select({ n: count() }).from(moderationActions).where(where).limit(1))[0]?.n ?? 0
  return { items, total }
}
