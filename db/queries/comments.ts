import 'server-only'
import { and, asc, count, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { comments, users } from '../schema'

export type PublicComment = {
  id: number
  parentId: number | null
  body: string
  authorName: string
  authorIsStaff: boolean
  featured: boolean
  likeCount: number
  createdAt: Date
  editedAt: Date | null
  replies: PublicComment[]
}

export function countApprovedComments(articleId: number): number {
  return (
    getDb()
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
      .get()?.n ?? 0
  )
}

/**
 * Approved comments of an article as a thread: featured first, then oldest first; replies nest
 * under their parent. Only public fields leave this module (no emails, no user ids).
 */
export function listApprovedComments(articleId: number, limit = 200): PublicComment[] {
  const rows = getDb()
    .select({
      id: comments.id,
      parentId: comments.parentId,
      body: comments.body,
      authorName: users.displayName,
      role: users.role,
      featured: comments.featured,
      likeCount: comments.likeCount,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
    })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit)
    .all()

  const byId = new Map<number, PublicComment>()
  for (const row of rows) {
    byId.set(row.id, {
      id: row.id,
      parentId: row.parentId,
      body: row.body,
      authorName: row.authorName ?? 'Pengguna terhapus',
      authorIsStaff: row.role != null && row.role !== 'reader',
      featured: row.featured,
      likeCount: row.likeCount,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      replies: [],
    })
  }
  const roots: PublicComment[] = []
  for (const comment of byId.values()) {
    const parent = comment.parentId == null ? undefined : byId.get(comment.parentId)
    if (parent) parent.replies.push(comment)
    else if (comment.parentId == null) roots.push(comment)
  }
  return roots.sort((a, b) => Number(b.featured) - Number(a.featured))
}
