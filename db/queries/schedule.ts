import 'server-only'
import { and, eq, inArray, lte, sql } from 'drizzle-orm'
import { getDb, transaction } from '../client'
import { articles, categories, moderationActions } from '../tables'

/** How the system signs the audit entries of what it does on its own. */
export const SCHEDULER_ACTOR = 'Sistem (jadwal terbit)'

export type PublishedRef = { id: number; slug: string; category: string }

/**
 * Publishes the news articles whose scheduled time has come (docs/decisions/019): one IMMEDIATE
 * transaction flips them from `scheduled` to `published`, with the scheduled time as their
 * publication time, writes an audit entry for each (action `desk.publish_scheduled`, no actor) and
 * returns exactly the articles this call flipped. Two processes calling it at once cannot both
 * publish an article: the second waits for the first's write lock and then finds nothing due.
 */
export async function publishDue(now: Date): Promise<PublishedRef[]> {
  return transaction(
    async () => {
      const tx = getDb()
      const flipped = await tx
        .update(articles)
        .set({ status: 'published', publishedAt: sql`${articles.scheduledAt}`, updatedAt: now })
        .where(and(eq(articles.kind, 'news'), eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now)))
        .returning({ id: articles.id })
      if (flipped.length === 0) return []
      const ids = flipped.map((row) => row.id)
      await tx.insert(moderationActions).values(
        ids.map((id) => ({
          actorId: null,
          actorName: SCHEDULER_ACTOR,
          action: 'desk.publish_scheduled',
          targetType: 'article' as const,
          targetId: id,
        })),
      )
      return await tx
        .select({ id: articles.id, slug: articles.slug, category: categories.slug })
        .from(articles)
        .innerJoin(categories, eq(articles.categoryId, categories.id))
        .where(inArray(articles.id, ids))
    },
    { immediate: true },
  )
}
