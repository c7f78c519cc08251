import type { MetadataRoute } from 'next'
import { getEnv } from '@/lib/env'

// No `Host:` line: it takes a bare host name, only Yandex ever read it, and the canonical links
// already name the site.
export default function robots(): MetadataRoute.Robots {
  const site = getEnv().SITE_URL
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/staff/', '/account'] }],
    sitemap: [`${site}/sitemap.xml`, `${site}/news-sitemap.xml`],
  }
}
