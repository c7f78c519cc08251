// What a crawler finds on a fresh demo: robots.txt names the sitemaps, and the news sitemap lists
// the demo's newest stories (dated relative to the seed time).
import { describe, expect, it, vi } from 'vitest'
import robots from '@/app/robots'

// The route tags its render for the desk's changes (lib/server/revalidate.ts): Next's cache is stood in for.
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache())
const { GET: newsSitemap } = await import('@/app/news-sitemap.xml/route')
import { recentDemoNewsCount } from '@/db/seed/news-data'
import { getEnv } from '@/lib/env'
import { setupTestDatabase } from '../setup/db'
import { prepareDemo, seedDemoHere } from '../setup/demo'

setupTestDatabase()
prepareDemo()

describe('robots.txt', () => {
  it('names both sitemaps and has no Host line with a URL in it', () => {
    const site = getEnv().SITE_URL
    const rules = robots()
    expect(rules.sitemap).toEqual([`${site}/sitemap.xml`, `${site}/news-sitemap.xml`])
    expect(rules.host === undefined || !/[/:]/.test(rules.host)).toBe(true)
  })
})

describe('the news sitemap of a fresh demo', () => {
  it('lists the newest demo stories, but not the seed article of July 2024', async () => {
    await seedDemoHere()
    const text = await (await newsSitemap()).text()
    const urls = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(urls.length).toBeGreaterThanOrEqual(1)
    expect(urls.length).toBeLessThanOrEqual(recentDemoNewsCount)
    expect(urls.every((url) => url?.startsWith(`${getEnv().SITE_URL}/news/`))).toBe(true)
    expect(text).not.toContain('nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir')
    expect(text).toMatch(/<news:publication_date>\d{4}-\d\d-\d\dT[\d:]+\+07:00<\/news:publication_date>/)
  })
})
