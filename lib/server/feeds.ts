import { heroPath } from '@/lib/article-meta'
import 'server-only'
import { listLatest, listPieces, type ArticleCard, type PieceKind } from '@/db/queries/articles'
import { listOpenJobs } from '@/db/queries/jobs'
import { listLatestEpisodes } from '@/db/queries/programs'
import { getEnv } from '@/lib/env'
import { articlePath, piecePath } from '@/lib/paths'
import { jobTypeLabels } from '@/lib/strings'
import { rss, xmlResponse, type FeedItem } from '@/lib/xml'

function feed(title: string, path: string, description: string, items: FeedItem[]): Response {
  return xmlResponse(rss({ title, url: `${getEnv().SITE_URL}${path}`, description, items }), 'application/rss+xml')
}

function articleItem(article: ArticleCard, path: string): FeedItem {
  const site = getEnv().SITE_URL
  const hero = heroPath(article)
  return {
    title: article.title,
    url: `${site}${path}`,
    summary: article.summary,
    publishedAt: article.publishedAt,
    category: article.category.name,
    image: hero ? `${site}${hero}` : null,
  }
}

/** The RSS feed of the latest news, of one category or of all. */
export async function newsFeed({ categorySlug, title, path }: { categorySlug?: string; title: string; path: string }): Promise<Response> {
  const items = (await listLatest({ limit: 30, categorySlug })).map((article) => articleItem(article, articlePath(article)))
  return feed(title, path, 'Berita terkini dari FAKTA.COM', items)
}

/** The feed of a vertical's pieces: Pointer, Data or Interaktif. */
export async function pieceFeed(
  kind: PieceKind,
  { title, path, description }: { title: string; path: string; description: string },
): Promise<Response> {
  const items = (await listPieces(kind, { limit: 30 })).map((piece) => articleItem(piece, piecePath(kind, piece.slug)))
  return feed(`FAKTA.COM: ${title}`, path, description, items)
}

export async function programFeed(description: string): Promise<Response> {
  const site = getEnv().SITE_URL
  const items = (await listLatestEpisodes(30)).map((episode) => ({
    title: `${episode.programTitle}: ${episode.title}`,
    url: `${site}/program/${episode.programSlug}#episode-${episode.id}`,
    summary: episode.description,
    publishedAt: episode.publishedAt,
    category: episode.programTitle,
    image: `${site}${episode.image}`,
  }))
  return feed('FAKTA.COM: Program', '/program', description, items)
}

export async function jobsFeed(description: string): Promise<Response> {
  const site = getEnv().SITE_URL
  const items = (await listOpenJobs({}, { limit: 50, offset: 0 })).items.map((job) => ({
    title: `${job.title} (${job.company})`,
    url: `${site}/jobs/${job.slug}`,
    summary: `${job.company} · ${job.location} · ${jobTypeLabels[job.type]} · ${job.field}`,
    publishedAt: job.postedAt,
    category: job.field,
    image: null,
  }))
  return feed('FAKTA.COM: Jobs', '/jobs', description, items)
}
