import 'server-only'
import { and, desc, eq, lte } from 'drizzle-orm'
import { getDb } from '../client'
import { articles, categories } from '../tables'
import { containsText } from '../text'

export type PickableArticle = { id: number; title: string; slug: string; category: { slug: string } }

/**
 * Published news whose title contains `q` (the newest first, at most `limit`), for the desk's
 * "Baca juga" picker; with an empty `q`, the latest. Case is ignored; `%` and `_` are searched for as typed.
 */
export async function searchPublishedNewsByTitle(q: string, limit: number, now: Date): Promise<PickableArticle[]> {
  const rows = await getDb()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, categorySlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(
      and(
        eq(articles.kind, 'news'),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, now),
        q === '' ? undefined : containsText(articles.title, q),
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
  return rows.map(({ categorySlug, ...row }) => ({ ...row, category: { slug: categorySlug } }))
}
