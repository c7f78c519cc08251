import 'server-only'
import { and, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { type TakedownReason } from '../schema'
import { articleRedirects, articles, categories } from '../tables'

// What a reader's article URL that found no published article may still mean
// (docs/decisions/019): only asked after the article lookup missed, never on a page hit.

export type Takedown = { takenDownAt: Date; reason: TakedownReason | null }

/** A taken-down news article at this category and slug, or null. */
export async function findTakedown(categorySlug: string, slug: string): Promise<Takedown | null> {
  const [row] = await getDb()
    .select({ takenDownAt: articles.takenDownAt, updatedAt: articles.updatedAt, reason: articles.takedownReason })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(and(eq(articles.kind, 'news'), eq(articles.slug, slug), eq(categories.slug, categorySlug), eq(articles.status, 'taken_down')))
    .limit(1)
  if (!row) return null
  return { takenDownAt: row.takenDownAt ?? row.updatedAt ?? new Date(0), reason: row.reason }
}

/**
 * The article an old reader path now leads to (article_redirects), with its current category,
 * slug and status: `published` when it is public now, `taken_down` when it was taken down, null
 * for any other state or no such path.
 */
export async function findRedirect(
  path: string,
  now = new Date(),
): Promise<{ slug: string; category: { slug: string }; status: 'published' | 'taken_down' } | null> {
  const [row] = await getDb()
    .select({ slug: articles.slug, category: categories.slug, status: articles.status, publishedAt: articles.publishedAt })
    .from(articleRedirects)
    .innerJoin(articles, eq(articleRedirects.articleId, articles.id))
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(and(eq(articleRedirects.path, path), eq(articles.kind, 'news')))
    .limit(1)
  if (!row) return null
  const base = { slug: row.slug, category: { slug: row.category } }
  if (row.status === 'taken_down') return { ...base, status: 'taken_down' }
  if (row.status === 'published' && row.publishedAt !== null && row.publishedAt <= now) return { ...base, status: 'published' }
  return null
}
