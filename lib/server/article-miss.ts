import 'server-only'
import { findRedirect, findTakedown, type Takedown } from '@/db/queries/reader-misses'
import { articlePath } from '@/lib/paths'
import { isValidSlug } from '@/lib/slug'

export type ArticleMiss = { kind: 'moved'; to: string } | { kind: 'gone'; takedown: Takedown }

/**
 * What a news article URL that found no published article means (docs/decisions/019): moved
 * (an old path in article_redirects, answered 308 to `to`), gone (taken down, answered 410), or
 * nothing (null: the 404 stands). Asked only after the article lookup missed.
 */
export async function articleMiss(category: string, slug: string): Promise<ArticleMiss | null> {
  if (!isValidSlug(category) || !isValidSlug(slug)) return null
  const takedown = await findTakedown(category, slug)
  if (takedown) return { kind: 'gone', takedown }
  const target = await findRedirect(articlePath({ slug, category: { slug: category } }))
  if (!target) return null
  // An old path of an article since taken down is gone like the article itself.
  if (target.status === 'taken_down') {
    const gone = await findTakedown(target.category.slug, target.slug)
    return gone ? { kind: 'gone', takedown: gone } : null
  }
  return target.status === 'published' ? { kind: 'moved', to: articlePath(target) } : null
}
