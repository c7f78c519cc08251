// A search match as the results page shows it: where it links and the line that says what it is.
import type { SearchKind, SearchRow } from '@/db/queries/search'
import { articlePath, piecePath } from './paths'
import { jobTypeLabels } from './strings'

export type SearchHit = {
  key: number
  kind: SearchKind
  slug: string
  href: string
  /** What the hit is: its category, its section, the company or the program. */
  kicker: string
  publishedAt: Date
  titleMarked: string
  snippet: string
}

const sectionNames = { pointer: 'Pointer', data: 'Data', interactive: 'Interaktif' } as const

export function toSearchHit(row: SearchRow): SearchHit {
  const { key, kind, slug, publishedAt, titleMarked, snippet } = row
  const common = { key, kind, slug, publishedAt, titleMarked, snippet }
  if (kind === 'job') {
    const type = row.jobType ? ` · ${jobTypeLabels[row.jobType]}` : ''
    return { ...common, href: `/jobs/${slug}`, kicker: `Jobs · ${row.company ?? ''}${type}` }
  }
  if (kind === 'episode') {
    return { ...common, href: `/program/${slug}#episode-${row.episodeId}`, kicker: `Program · ${row.programTitle ?? ''}` }
  }
  return kind === 'news'
    ? { ...common, href: articlePath({ slug, category: { slug: row.categorySlug ?? '' } }), kicker: row.categoryName ?? '' }
    : { ...common, href: piecePath(kind, slug), kicker: sectionNames[kind] }
}
