import 'server-only'
import { revalidatePath, revalidateTag, unstable_cache } from 'next/cache'
import { after } from 'next/server'
import { discussionPath } from '@/lib/comments/window'
import { STATIC_PREFIX } from '@/lib/http/static-pages'
import { articlePath } from '@/lib/paths'

type ArticleRef = Parameters<typeof articlePath>[0] & { id: number }

// Cache tags: every cached page or route that shows an article's comments carries one, so a
// change is one call here whatever the number of pages (decision 015).
export const cacheTags = {
  /** The article's HTML: the App Router page and its static twin. */
  article: (articleId: number) => `article:${articleId}`,
  /** The article's comment data for the live-comment island (app/api/comments/[id]). */
  comments: (articleId: number) => `comments:${articleId}`,
  /**
   * Every cached page or route that lists or shows news articles (home, lists, articles with
   * their sidebars, twins, feeds, sitemaps, corrections): expired together by `contentChanged`.
   */
  content: 'content',
}

/**
 * Puts cache tags on the page or route being rendered. Next collects the tags of every
 * `unstable_cache` call into the ISR entry being generated; the cached value itself is nothing.
 */
export async function tagRender(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ['tag', ...tags], { tags })()
}

/** An article's HTML after a new comment: marked stale at most this often, whatever the rate of posts. */
export const ARTICLE_REFRESH_MS = 5_000
/**
 * The comment data after a change: served stale (and regenerated in the background) for one
 * second, then regenerated before it is served, so a poll sees a new comment within a second.
 * Not 0: an expiry of 0 makes a server action render the whole page into its answer. With the
 * shared cache (REDIS_URL) a profile this short counts as expired at once, on every instance.
 */
const COMMENTS_PROFILE = { stale: 0, revalidate: 1, expire: 1 }

const lastRefresh = new Map<number, number>()
const trailing = new Set<number>()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function refreshArticle(articleId: number) {
  lastRefresh.set(articleId, Date.now())
  // Stale-while-revalidate: the next reader still gets the page at once, from the cache, and
  // the page is generated again once in the background.
  revalidateTag(cacheTags.article(articleId), 'max')
}

/**
 * After a new approved comment: the comment data at once, the article's HTML coalesced. The
 * first post marks the page stale; posts within `ARTICLE_REFRESH_MS` of it are folded into one
 * more refresh at the end of that window, made after the response has gone out.
 */
export function commentAdded(article: ArticleRef, now = Date.now()) {
  revalidateTag(cacheTags.comments(article.id), COMMENTS_PROFILE)
  const wait = (lastRefresh.get(article.id) ?? 0) + ARTICLE_REFRESH_MS - now
  if (wait <= 0) {
    if (lastRefresh.size > 10_000) lastRefresh.clear()
    refreshArticle(article.id)
    return
  }
  if (trailing.has(article.id)) return
  trailing.add(article.id)
  after(async () => {
    await sleep(wait)
    trailing.delete(article.id)
    refreshArticle(article.id)
  })
}

/**
 * After a change the person who made it must see at once (an edit, a removal, a moderator's
 * decision): the article page, its static twin for anonymous readers (lib/http/static-pages.ts)
 * and its discussion page, each once, expired now; and its comment data.
 */
export function revalidateArticles(articles: ArticleRef[]) {
  const seen = new Set<number>()
  for (const article of articles) {
    if (seen.has(article.id)) continue
    seen.add(article.id)
    const path = articlePath(article)
    revalidatePath(path)
    revalidatePath(`${STATIC_PREFIX}${path}`)
    revalidatePath(discussionPath(path))
    revalidateTag(cacheTags.comments(article.id), COMMENTS_PROFILE)
  }
}

/**
 * A desk change (docs/decisions/019): served stale (and regenerated in the background) for one
 * second, then regenerated before it is served, so every reader from about a second on sees it.
 * Not 0: an expiry of 0 makes a server action render the whole page into its answer. With the
 * shared cache (REDIS_URL) a profile this short counts as expired at once, on every instance: the
 * next request renders fresh.
 */
const CONTENT_PROFILE = { stale: 0, revalidate: 1, expire: 1 }

/**
 * After a desk change readers must see at once (publishing, an edit of a published article, a
 * scheduled article going live, a takedown, a restore): every page that lists or shows news
 * articles carries `cacheTags.content` (including an article URL's cached 404, tagged before its
 * lookup), so one tag expires them all, old paths (`oldPaths`, a changed slug or category) too.
 * Then the article's comment data, whose route answers 404 for an article that is not public.
 */
export function contentChanged(articles: ArticleRef[], oldPaths: string[] = []) {
  void oldPaths // tagged like every article URL: the content tag reaches them
  revalidateTag(cacheTags.content, CONTENT_PROFILE)
  const seen = new Set<number>()
  for (const article of articles) {
    if (seen.has(article.id)) continue
    seen.add(article.id)
    revalidateTag(cacheTags.comments(article.id), COMMENTS_PROFILE)
  }
}
