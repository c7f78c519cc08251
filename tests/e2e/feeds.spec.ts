import { expect, test } from '@playwright/test'
import { seedPath, seedTitle } from './seed'

const documents = ['/rss.xml', '/news/internasional/rss.xml', '/sitemap.xml', '/news-sitemap.xml']

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
