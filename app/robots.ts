import type { MetadataRoute } from 'next'
import { getEnv } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/staff/', '/account'] }],
    host: getEnv().SITE_URL,
    sitemap: [`${getEnv().SITE_URL}/sitemap.xml`, `${getEnv().SITE_URL}/news-sitemap.xml`],
  }
}
