import 'server-only'
import { sql } from 'drizzle-orm'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import { MARK_END, MARK_START } from '@/lib/search-query'
import type * as schema from '../schema-pg'
import { toSearchRow, type SearchRow, type StoredSearchRow } from './search-rows'

/** ts_rank_cd's weights, {D, C, B, A}: in the proportions of the SQLite bm25 weights (0.5, 1, 4, 10). */
const weights = '{0.05, 0.1, 0.4, 1.0}'
const headlineOptions = (words: number) =>
  `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=${words}, MinWords=${Math.min(words, 12)}, ShortWord=1`

/** The words of an FTS5 expression built by lib/search-query ("a"* "b"*), which is all it ever holds. */
export function expressionWords(expression: string): string[] {
  return [...expression.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? '').filter(Boolean)
}

/**
 * The PostgreSQL twin of searchAll in ./search: everything published that matches every word of
 * the expression as a prefix (accents and case folded), ranked by ts_rank_cd with title over
 * summary over body over structured blocks, the title and a snippet marked as FTS5 marks them.
 * Documents live in search_documents, keyed id * 4 + source (migrations-pg 0001).
 */
export async function searchAll(
  db: NodePgDatabase<typeof schema>,
  expression: string,
  { limit, offset }: { limit: number; offset: number },
  now = new Date(),
): Promise<{ items: SearchRow[]; total: number }> {
  const words = expressionWords(expression)
  if (words.length === 0) return { items: [], total: 0 }
  // Each word is quoted as a tsquery literal in SQL (quote_literal), folded like the documents.
  const query = sql`(select to_tsquery('simple', string_agg(quote_literal(lower(immutable_unaccent(w))) || ':*', ' & '))
    from unnest(array[${sql.join(
      words.map((word) => sql`${word}`),
      sql`, `,
    )}]::text[]) as w)`
  const from = sql`
    from search_documents d
    cross join q
    left join articles a on d.key % 4 = 0 and a.id = d.key / 4
    left join categories c on c.id = a.category_id
    left join jobs j on d.key % 4 = 1 and j.id = d.key / 4
    left join episodes e on d.key % 4 = 2 and e.id = d.key / 4
    left join programs p on p.id = e.program_id
    where d.document @@ q.query and (
      (a.status = 'published' and a.kind in ('news', 'pointer', 'data', 'interactive') and a.published_at <= ${now})
      or j.deadline > ${now}
      or e.published_at <= ${now}
    )`
  const result = await db.execute<StoredSearchRow>(sql`
    with q as (select ${query} as query),
    hits as (
      select d.key, a.kind as article_kind, a.slug as article_slug, c.slug as category_slug, c.name as category_name,
        j.slug as job_slug, j.company, j.type as job_type, e.id as episode_id, p.slug as program_slug, p.title as program_title,
        coalesce(a.published_at, j.posted_at, e.published_at) as published_at,
        ts_rank_cd(${weights}::float4[], d.document, q.query) as rank
      ${from}
      order by rank desc, published_at desc, d.key
      limit ${limit} offset ${offset}
    )
    select h.key, h.key % 4 as source, h.article_kind as "articleKind", h.article_slug as "articleSlug",
      h.category_slug as "categorySlug", h.category_name as "categoryName", h.job_slug as "jobSlug", h.company,
      h.job_type as "jobType", h.episode_id as "episodeId", h.program_slug as "programSlug", h.program_title as "programTitle",
      h.published_at as "publishedAt",
      ts_headline('search_unaccent', d.title, q.query, ${`${headlineOptions(28)}, HighlightAll=true`}) as "titleMarked",
      (case when position(s.plain in s.text) > 1 then '…' else '' end) || s.marked
        || (case when position(s.plain in s.text) + length(s.plain) <= length(rtrim(s.text)) then '…' else '' end) as snippet
    from hits h
    join search_documents d on d.key = h.key
    cross join q
    -- The column the snippet comes from: the running text first, as FTS5's snippet prefers the
    -- column with the hits; a hit in the title alone shows the summary under it.
    cross join lateral (
      select case
        when to_tsvector('search_unaccent', d.body) @@ q.query then d.body
        when to_tsvector('search_unaccent', d.summary) @@ q.query then d.summary
        when to_tsvector('search_unaccent', d.extra) @@ q.query then d.extra
        when d.summary <> '' then d.summary
        else d.title
      end as text
    ) as picked
    cross join lateral (select ts_headline('search_unaccent', picked.text, q.query, ${headlineOptions(28)}) as marked) as headline
    cross join lateral (
      select picked.text, headline.marked, replace(replace(headline.marked, chr(2), ''), chr(3), '') as plain
    ) as s
    order by h.rank desc, h.published_at desc, h.key`)
  const counted = await db.execute<{ n: number }>(sql`with q as (select ${query} as query) select count(*)::int as n ${from}`)
  return { items: result.rows.map(toSearchRow), total: counted.rows[0]?.n ?? 0 }
}
