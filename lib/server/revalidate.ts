import 'server-only'
import { revalidatePath } from 'next/cache'
import { discussionPath } from '@/lib/comments/window'
import { articlePath } from '@/lib/paths'

type ArticleRef = Parameters<typeof articlePath>[0]

/** After its comments changed: the article page (and its static HTML) and its discussion page, each once. */
export function revalidateArticles(articles: ArticleRef[]) {
  for (const path of new Set(articles.map(articlePath))) {
    revalidatePath(path)
    revalidatePath(`/lite${path}`)
    revalidatePath(discussionPath(path))
  }
}
