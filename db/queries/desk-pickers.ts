import 'server-only'
import { and, desc, eq, lte, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { articles, categories } from '../tables'

export type PickableArticle = { id: number; title: string; slug: string; category: { slug: string } }

/**
 * Published news whose title contains `q` (the newest first, at most `limit`), for the desk's
 * "Baca juga" picker; with an empty `q`, the latest. `%` and `_` are searched for as typed.
 */
export async function searchPublishedNewsByTitle(q: string, limit: number, now: Date): Promise<PickableArticle[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = await getDb()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, categorySlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(
      and(
        eq(articles.kind, 'news'),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, now),
        // lower() on both sides: SQLite's like ignores ASCII case, PostgreSQL's does not.
        q === '' ? undefined : sql`lower(${articles.title}) like lower(${pattern}) escape '\\'`,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
  return rows.map(({ categorySlug, ...row }) => ({ ...row, category: { slug: categorySlug } }))
}
