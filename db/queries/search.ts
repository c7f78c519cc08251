import 'server-only'
import { sql } from 'drizzle-orm'
import { MARK_END, MARK_START } from '@/lib/search-query'
import { getDb } from '../client'

export type SearchHit = {
  id: number
  kind: 'news' | 'pointer' | 'data' | 'interactive'
  slug: string
  category: { slug: string; name: string }
  title: string
  heroImage: string | null
  publishedAt: Date
  titleMarked: string
  snippet: string
}

/**
 * Published news, Pointer explainers, data stories and Interaktif pieces matching an FTS5 expression (built by lib/search-query, never raw input),
 * ranked by bm25 with title over summary over body over structured blocks (points, quiz, timeline), with marked title and snippet.
 */
export function searchArticles(expression: string, { limit, offset }: { limit: number; offset: number }, now = new Date()) {
  const db = getDb()
  const where = sql`articles_fts match ${expression} and a.status = 'published' and a.kind in ('news', 'pointer', 'data', 'interactive') and a.published_at <= ${now.getTime()}`
  const rows = db.all<{
    id: number
    kind: 'news' | 'pointer' | 'data' | 'interactive'
    slug: string
    categorySlug: string
    categoryName: string
    title: string
    heroImage: string | null
    publishedAt: number
    titleMarked: string
    snippet: string
  }>(sql`
    select a.id as id, a.kind as kind, a.slug as slug, c.slug as categorySlug, c.name as categoryName, a.title as title,
      a.hero_image as heroImage, a.published_at as publishedAt,
      highlight(articles_fts, 0, ${MARK_START}, ${MARK_END}) as titleMarked,
      snippet(articles_fts, -1, ${MARK_START}, ${MARK_END}, '…', 28) as snippet
    from articles_fts
    join articles a on a.id = articles_fts.rowid
    join categories c on c.id = a.category_id
    where ${where}
    order by bm25(articles_fts, 10.0, 4.0, 1.0, 0.5), a.published_at desc
    limit ${limit} offset ${offset}`)
  const total =
    db.get<{ n: number }>(sql`select count(*) as n from articles_fts join articles a on a.id = articles_fts.rowid where ${where}`)?.n ?? 0
  const items: SearchHit[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    category: { slug: row.categorySlug, name: row.categoryName },
    title: row.title,
    heroImage: row.heroImage,
    publishedAt: new Date(row.publishedAt),
    titleMarked: row.titleMarked,
    snippet: row.snippet,
  }))
  return { items, total }
}
