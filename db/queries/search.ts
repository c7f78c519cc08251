import 'server-only'
import { sql } from 'drizzle-orm'
import { MARK_END, MARK_START } from '@/lib/search-query'
import type { PgDb } from '../postgres'
import { getDb, onPostgres, rawAll, type Db } from '../client'
import { searchAll as searchAllPostgres } from './search-pg'
import { toSearchRow, type SearchRow, type StoredSearchRow } from './search-rows'

export type { SearchKind, SearchRow } from './search-rows'

/**
 * Everything published that matches an FTS5 expression (built by lib/search-query, never raw
 * input): news, Pointer explainers, data stories, Interaktif pieces, open job listings and Program
 * episodes. Ranked by bm25 with title over summary over body over structured blocks, with the
 * title and a snippet marked. The index rowid is id * 4 + source (see migration 0009).
 */
export async function searchAll(
  expression: string,
  { limit, offset }: { limit: number; offset: number },
  now = new Date(),
): Promise<{ items: SearchRow[]; total: number }> {
  // dialect-specific: PostgreSQL searches its tsvector documents (./search-pg).
  if (onPostgres()) return searchAllPostgres(getDb() as unknown as PgDb, expression, { limit, offset }, now)
  return searchAllSqlite(getDb(), expression, { limit, offset }, now)
}

/** searchAll on a given SQLite database: its FTS5 index (search_index). */
export async function searchAllSqlite(
  db: Db,
  expression: string,
  { limit, offset }: { limit: number; offset: number },
  now = new Date(),
): Promise<{ items: SearchRow[]; total: number }> {
  const at = now.getTime()
  const from = sql`
    from search_index s
    left join articles a on s.rowid % 4 = 0 and a.id = s.rowid / 4
    left join categories c on c.id = a.category_id
    left join jobs j on s.rowid % 4 = 1 and j.id = s.rowid / 4
    left join episodes e on s.rowid % 4 = 2 and e.id = s.rowid / 4
    left join programs p on p.id = e.program_id
    where search_index match ${expression} and (
      (a.status = 'published' and a.kind in ('news', 'pointer', 'data', 'interactive') and a.published_at <= ${at})
      or j.deadline > ${at}
      or e.published_at <= ${at}
    )`
  // dialect-specific: FTS5 (match, bm25, highlight, snippet) has no builder form.
  const rows = await rawAll<StoredSearchRow>(
    sql`
    select s.rowid as key, s.rowid % 4 as source, a.kind as articleKind, a.slug as articleSlug,
      c.slug as categorySlug, c.name as categoryName, j.slug as jobSlug, j.company as company, j.type as jobType,
      e.id as episodeId, p.slug as programSlug, p.title as programTitle,
      coalesce(a.published_at, j.posted_at, e.published_at) as publishedAt,
      highlight(search_index, 0, ${MARK_START}, ${MARK_END}) as titleMarked,
      snippet(search_index, -1, ${MARK_START}, ${MARK_END}, '…', 28) as snippet,
      snippet(search_index, 1, ${MARK_START}, ${MARK_END}, '…', 28) as summarySnippet
    ${from}
    order by bm25(search_index, 10.0, 4.0, 1.0, 0.5), publishedAt desc
    limit ${limit} offset ${offset}`,
    db,
  )
  // dialect-specific: FTS5, as above.
  const [counted] = await rawAll<{ n: number }>(sql`select count(*) as n ${from}`, db)
  const total = counted?.n ?? 0
  return { items: rows.map(toSearchRow), total }
}
