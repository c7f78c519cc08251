import 'server-only'
import { revalidatePath } from 'next/cache'
import { discussionPath } from '@/lib/comments/window'
import { STATIC_PREFIX } from '@/lib/http/static-pages'
import { articlePath } from '@/lib/paths'

type ArticleRef = Parameters<typeof articlePath>[0]

/**
 * After its comments changed: the article page, its static twin for anonymous readers
 * (lib/http/static-pages.ts) and its discussion page, each once.
 */
export function revalidateArticles(articles: ArticleRef[]) {
  for (const path of new Set(articles.map(articlePath))) {
    revalidatePath(path)
    revalidatePath(`${STATIC_PREFIX}${path}`)
    revalidatePath(discussionPath(path))
  }
}
