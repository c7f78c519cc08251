// A search match as both dialects' queries return it (./search on SQLite, ./search-pg on
// PostgreSQL), and the one mapping to what the pages use.
import type { jobTypes } from '../schema'

export type SearchKind = 'news' | 'pointer' | 'data' | 'interactive' | 'job' | 'episode'

/** One match, as stored: what it is and what names it; links and labels are built above db/. */
export type SearchRow = {
  /** The index row: unique across kinds. */
  key: number
  kind: SearchKind
  /** The article's, job's or program's slug. */
  slug: string
  categorySlug: string | null
  categoryName: string | null
  company: string | null
  jobType: (typeof jobTypes)[number] | null
  episodeId: number | null
  programTitle: string | null
  publishedAt: Date
  titleMarked: string
  snippet: string
}

/** A match as the queries select it: the index key's source (0 article, 1 job, 2 episode) says which columns hold it. */
export type StoredSearchRow = {
  key: number
  source: 0 | 1 | 2
  articleKind: 'news' | 'pointer' | 'data' | 'interactive' | null
  articleSlug: string | null
  categorySlug: string | null
  categoryName: string | null
  jobSlug: string | null
  company: string | null
  jobType: (typeof jobTypes)[number] | null
  episodeId: number | null
  programSlug: string | null
  programTitle: string | null
  /** Epoch milliseconds on SQLite, a Date on PostgreSQL. */
  publishedAt: number | Date
  titleMarked: string
  snippet: string
  /** The summary's own snippet, shown when the best snippet is the title itself (SQLite; PostgreSQL picks it in SQL). */
  summarySnippet?: string
}

export function toSearchRow(row: StoredSearchRow): SearchRow {
  // When the best snippet is the title itself, the summary says more under it.
  const snippet = row.snippet === row.titleMarked && row.summarySnippet ? row.summarySnippet : row.snippet
  const kind: SearchKind = row.source === 1 ? 'job' : row.source === 2 ? 'episode' : (row.articleKind ?? 'news')
  const slug = (row.source === 1 ? row.jobSlug : row.source === 2 ? row.programSlug : row.articleSlug) ?? ''
  return {
    key: row.key,
    kind,
    slug,
    categorySlug: row.categorySlug,
    categoryName: row.categoryName,
    company: row.company,
    jobType: row.jobType,
    episodeId: row.episodeId,
    programTitle: row.programTitle,
    publishedAt: new Date(row.publishedAt),
    titleMarked: row.titleMarked,
    snippet,
  }
}
