import 'server-only'
import { listAdSlots } from '@/db/queries/ads'
import { listLatest, listPopular } from '@/db/queries/articles'
import { listCategories } from '@/db/queries/taxonomy'

// Loaders for the components every reading page shares (header, footer, sidebar): components
// never query db/ themselves.

/** The news categories, in menu order. */
export const navCategories = () => listCategories()

/** The newest articles, leaving out the one being read. */
export const latestHeadlines = (limit: number, exclude?: number) =>
  listLatest({ limit: limit + 1 })
    .filter((a) => a.id !== exclude)
    .slice(0, limit)

export const popularHeadlines = (window: '24h' | '7d', limit: number) => listPopular(window, limit)

export const adSlots = () => listAdSlots()
