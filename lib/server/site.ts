import 'server-only'
import type { Metadata } from 'next'
import { getEnv } from '@/lib/env'
import { t } from '@/lib/strings'
import { listAdSlots } from '@/db/queries/ads'
import { listLatest, listPopular } from '@/db/queries/articles'
import { listCategories } from '@/db/queries/taxonomy'

// Loaders for the components every reading page shares (header, footer, sidebar): components
// never query db/ themselves.

/** The news categories, in menu order. */
export const navCategories = () => listCategories()

/** The newest articles, leaving out the one being read. */
export const latestHeadlines = async (limit: number, exclude?: number) =>
  (await listLatest({ limit: limit + 1 })).filter((a) => a.id !== exclude).slice(0, limit)

export const popularHeadlines = (window: '24h' | '7d', limit: number) => listPopular(window, limit)

export const adSlots = () => listAdSlots()

/** The site's own metadata: the root layout's, and the home page's. */
export const siteMetadata: Metadata = {
  metadataBase: new URL(getEnv().SITE_URL),
  title: { default: t.siteTitle, template: '%s | FAKTA.COM' },
  description: t.siteDescription,
  applicationName: 'FAKTA.COM',
  openGraph: { siteName: 'FAKTA.COM', locale: 'id_ID', type: 'website' },
  twitter: { card: 'summary_large_image' },
  robots: { index: true, follow: true, 'max-image-preview': 'large' },
  alternates: { canonical: '/', types: { 'application/rss+xml': [{ url: '/rss.xml', title: 'FAKTA.COM' }] } },
}
