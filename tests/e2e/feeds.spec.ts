import { expect, test } from '@playwright/test'
import { seedPath, seedTitle } from './seed'

const verticalFeeds = ['/data/rss.xml', '/pointer/rss.xml', '/interaktif/rss.xml', '/program/rss.xml', '/jobs/rss.xml']
const documents = ['/rss.xml', '/news/internasional/rss.xml', ...verticalFeeds, '/sitemap.xml', '/news-sitemap.xml']

for (const path of documents) {
  test(`${path} is well-formed XML`, async ({ page, request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/xml/)
    const text = await response.text()
    await page.goto('/')
    const errors = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      return doc.getElementsByTagName('parsererror').length
    }, text)
    expect(errors).toBe(0)
  })
}

test('the feeds and the sitemap list the seed article; robots names the sitemaps', async ({ request }) => {
  for (const path of ['/rss.xml', '/news/internasional/rss.xml']) {
    const text = await (await request.get(path)).text()
    expect(text).toContain(`<title>${seedTitle}</title>`)
    expect(text).toContain(seedPath)
  }
  expect(await (await request.get('/news/ekonomi/rss.xml')).text()).not.toContain(seedTitle)
  expect(await (await request.get('/sitemap.xml')).text()).toContain(seedPath)
  expect((await request.get('/news/tidak-ada/rss.xml')).status()).toBe(404)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  expect(robots).toMatch(/Sitemap: .*\/news-sitemap\.xml/)
})

test('each vertical has a feed of its own items, and the sitemap lists them', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const [feed, section] of [
    ['/data/rss.xml', '/data/'],
    ['/pointer/rss.xml', '/pointer/'],
    ['/interaktif/rss.xml', '/interaktif/'],
    ['/program/rss.xml', '/program/'],
    ['/jobs/rss.xml', '/jobs/'],
  ] as const) {
    const text = await (await request.get(feed)).text()
    const links = [...text.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname)
    expect(links.length, feed).toBeGreaterThanOrEqual(3)
    for (const link of links) expect(link.startsWith(section), `${feed}: ${link}`).toBe(true)
    if (feed !== '/jobs/rss.xml' && feed !== '/program/rss.xml') expect(sitemap).toContain(links[0])
  }
})
