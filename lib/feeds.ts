import 'server-only'
import { listLatest } from '@/db/queries/articles'
import { getEnv } from './env'
import { articlePath } from './paths'
import { rss, xmlResponse } from './xml'

/** The RSS feed of the latest news, of one category or of all. */
export function newsFeed({ categorySlug, title, path }: { categorySlug?: string; title: string; path: string }): Response {
  const site = getEnv().SITE_URL
  const items = listLatest({ limit: 30, categorySlug }).map((article) => ({
    title: article.title,
    url: `${site}${articlePath(article)}`,
    summary: article.summary,
    publishedAt: article.publishedAt,
    category: article.category.name,
    image: article.heroImage ? `${site}${article.heroImage}` : null,
  }))
  return xmlResponse(rss({ title, url: `${site}${path}`, description: 'Berita terkini dari FAKTA.COM', items }), 'application/rss+xml')
}
