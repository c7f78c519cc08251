import type { MetadataRoute } from 'next'
import { listLatest, listPieces } from '@/db/queries/articles'
import { latestNoteTimes } from '@/db/queries/notes'
import { listOpenJobs } from '@/db/queries/jobs'
import { listPrograms } from '@/db/queries/programs'
import { listCategories } from '@/db/queries/taxonomy'
import { lastModified } from '@/lib/article-meta'
import { getEnv } from '@/lib/env'
import { articlePath, categoryPath, piecePath } from '@/lib/paths'
import { verticals } from '@/lib/strings'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await tagRender(cacheTags.content)
  const site = getEnv().SITE_URL
  // A correction, update or reply changes what the article says: its time is the article's lastmod.
  const notes = await latestNoteTimes()
  const latest = await listLatest({ limit: 5000 })
  const pieces = await Promise.all(
    (['pointer', 'data', 'interactive'] as const).map(async (kind) => ({ kind, items: await listPieces(kind, { limit: 1000 }) })),
  )
  return [
    { url: `${site}/`, changeFrequency: 'hourly', priority: 1 },
    { url: `${site}/news`, changeFrequency: 'hourly', priority: 0.9 },
    ...(await listCategories()).map((c) => ({ url: `${site}${categoryPath(c.slug)}`, changeFrequency: 'hourly' as const, priority: 0.8 })),
    ...verticals.map((v) => ({ url: `${site}${v.href}`, changeFrequency: 'daily' as const, priority: 0.6 })),
    ...latest.map((a) => ({
      url: `${site}${articlePath(a)}`,
      lastModified: lastModified({ publishedAt: a.publishedAt, updatedAt: notes.get(a.id) ?? null }),
      priority: 0.7,
    })),
    ...pieces.flatMap(({ kind, items }) =>
      items.map((p) => ({
        url: `${site}${piecePath(kind, p.slug)}`,
        lastModified: p.publishedAt,
        priority: 0.6,
      })),
    ),
    ...(await listPrograms()).map((p) => ({ url: `${site}/program/${p.slug}`, lastModified: p.latest?.publishedAt, priority: 0.5 })),
    ...(await listOpenJobs({}, { limit: 1000, offset: 0 })).items.map((j) => ({
      url: `${site}/jobs/${j.slug}`,
      lastModified: j.postedAt,
      priority: 0.4,
    })),
  ]
}
