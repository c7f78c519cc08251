import 'server-only'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { articles, articleViews } from '../schema'

/** Adds buffered view counts (article id -> views) to one hour's bucket in one transaction. */
export function addViews(counts: Map<number, number>, hour: number): void {
  if (counts.size === 0) return
  const db = getDb()
  db.transaction(
    (tx) => {
      for (const [articleId, views] of counts) {
        tx.insert(articleViews)
          .values({ articleId, hour, views })
          .onConflictDoUpdate({
            target: [articleViews.articleId, articleViews.hour],
            set: { views: sql`${articleViews.views} + excluded.views` },
          })
          .run()
      }
    },
    { behavior: 'immediate' },
  )
}

/** Whether an article id exists, so that a beacon for an unknown id is dropped. */
export function existingArticleIds(ids: number[]): Set<number> {
  if (ids.length === 0) return new Set()
  const rows = getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.id, ids), eq(articles.status, 'published')))
    .all()
  return new Set(rows.map((row) => row.id))
}
