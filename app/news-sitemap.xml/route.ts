import { listLatest } from '@/db/queries/articles'
import { latestNoteTimes } from '@/db/queries/notes'
import { getEnv } from '@/lib/env'
import { toIsoWib } from '@/lib/format'
import { articlePath } from '@/lib/paths'
import { xml, xmlResponse } from '@/lib/xml'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

export const revalidate = 300

// The sitemap protocol's lastmod: the time of the article's newest correction, update or reply.
const lastmod = (time: Date | undefined) => (time ? `\n    <lastmod>${toIsoWib(time)}</lastmod>` : '')

/** Google News sitemap: articles of the last two days. */
export async function GET() {
  await tagRender(cacheTags.content)
  const site = getEnv().SITE_URL
  const since = Date.now() - 2 * 86_400_000
  const notes = await latestNoteTimes()
  const recent = (await listLatest({ limit: 1000 })).filter((a) => a.publishedAt.getTime() >= since)
  const urls = recent
    .map(
      (a) => `  <url>
    <loc>${xml(`${site}${articlePath(a)}`)}</loc>${lastmod(notes.get(a.id))}
    <news:news>
      <news:publication><news:name>FAKTA.COM</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>${toIsoWib(a.publishedAt)}</news:publication_date>
      <news:title>${xml(a.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n')
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`)
}
