import 'server-only'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { getDb, transaction } from '../client'
import { articles, articleViews } from '../tables'

/** Adds buffered view counts (article id -> views) to one hour's bucket in one transaction. */
export async function addViews(counts: Map<number, number>, hour: number): Promise<void> {
  if (counts.size === 0) return
  await transaction(
    async () => {
      for (const [articleId, views] of counts) {
        await getDb()
          .insert(articleViews)
          .values({ articleId, hour, views })
          .onConflictDoUpdate({
            target: [articleViews.articleId, articleViews.hour],
            set: { views: sql`${articleViews.views} + excluded.views` },
          })
      }
    },
    { immediate: true },
  )
}

/** Whether an article id exists, so that a beacon for an unknown id is dropped. */
export async function existingArticleIds(ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.id, ids), eq(articles.status, 'published')))
  return new Set(rows.map((row) => row.id))
}
