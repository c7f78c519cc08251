import { expect, test, type APIRequestContext } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { openDatabase } from '@/db/client'
import { articleRedirects, articles, categories } from '@/db/schema'
import { createArticle } from '@/db/seed/factories'
import { E2E_DATABASE } from './fixtures'

// The desk's changes reaching readers (docs/decisions/019), against the production server: the
// scheduler publishes on time and every cached page shows it; a taken-down article answers 410,
// an old slug 308. Articles are written straight into the test server's database; the scheduler's
// publication is what expires the caches, as it is for every desk change (contentChanged).

const SIGNED_IN = { Cookie: 'fakta_signed_in=1' }
const stamp = `${Date.now().toString(36)}`

function withDb<T>(fn: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(E2E_DATABASE)
  try {
    return fn(db)
  } finally {
    db.$client.close()
  }
}

const category = () =>
  withDb((db) => db.select().from(categories).where(eq(categories.slug, 'nasional')).get() ?? db.select().from(categories).get()!)

function insert(slug: string, values: Partial<typeof articles.$inferInsert> = {}) {
  const { id, slug: categorySlug } = category()
  const title = `Uji meja ${slug}`
  const article = withDb((db) => createArticle(db, { categoryId: id, slug, title, publishedAt: new Date(Date.now() - 60_000), ...values }))
  return { ...article, title, path: `/news/${categorySlug}/${slug}` }
}

/** A scheduled article due in `seconds`: when the scheduler publishes it, every reader's page is expired. */
const scheduleIn = (slug: string, seconds: number) =>
  insert(slug, { status: 'scheduled', publishedAt: null, scheduledAt: new Date(Date.now() + seconds * 1000) })

async function waitForHome(request: APIRequestContext, title: string) {
  await expect(async () => expect(await (await request.get('/')).text()).toContain(title)).toPass({ timeout: 40_000, intervals: [500] })
}

test('a scheduled article is nowhere until due, then on the home page and in the news sitemap within 30 s', async ({ request }) => {
  test.setTimeout(90_000)
  const article = scheduleIn(`terjadwal-${stamp}`, 6)
  const url = article.path
  // Before: a 404 at its URL for anonymous (static twin) and signed-in readers, and not listed.
  expect((await request.get(url)).status()).toBe(404)
  expect((await request.get(url, { headers: SIGNED_IN })).status()).toBe(404)
  expect((await request.get(`/api/comments/${article.id}`)).status()).toBe(404)
  expect(await (await request.get('/')).text()).not.toContain(article.title)
  expect(await (await request.get('/news-sitemap.xml')).text()).not.toContain(url)
  expect(await (await request.get('/rss.xml')).text()).not.toContain(url)

  const due = Date.now() + 6_000
  await waitForHome(request, article.title)
  // Within 30 s of its time (the scheduler ticks every 10 s, the pages follow within about 2 s).
  expect(Date.now() - due).toBeLessThan(30_000)
  await expect(async () => {
    expect(await (await request.get('/news-sitemap.xml')).text()).toContain(url)
    expect(await (await request.get('/rss.xml')).text()).toContain(url)
    expect(await (await request.get('/', { headers: SIGNED_IN })).text()).toContain(article.title)
    const page = await request.get(url)
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain(article.title)
    expect((await request.get(url, { headers: SIGNED_IN })).status()).toBe(200)
    expect((await request.get(`/api/comments/${article.id}`)).status()).toBe(200)
  }).toPass({ timeout: 10_000, intervals: [500] })
  // Published once, by the scheduler, on record.
  const entries = withDb((db) =>
    db.$client
      .prepare("select actor_id as actor from moderation_actions where action = 'desk.publish_scheduled' and target_id = ?")
      .all(article.id),
  )
  expect(entries).toEqual([{ actor: null }])
})

test('a taken-down article answers 410 with the notice, anonymous and signed-in; an old slug answers 308', async ({ request, page }) => {
  test.setTimeout(90_000)
  const gone = insert(`diturunkan-${stamp}`)
  const moved = insert(`judul-lama-${stamp}`)
  // Both are read (and cached) first.
  for (const article of [gone, moved]) {
    expect((await request.get(article.path)).status()).toBe(200)
    expect((await request.get(article.path, { headers: SIGNED_IN })).status()).toBe(200)
  }
  const takenDownAt = new Date()
  const newSlug = `judul-baru-${stamp}`
  withDb((db) => {
    db.update(articles).set({ status: 'taken_down', takenDownAt, takedownReason: 'council' }).where(eq(articles.id, gone.id)).run()
    db.update(articles).set({ slug: newSlug }).where(eq(articles.id, moved.id)).run()
    db.insert(articleRedirects).values({ path: moved.path, articleId: moved.id }).run()
  })
  // A desk change expires the readers' pages: here the scheduler's next publication.
  const trigger = scheduleIn(`pemicu-${stamp}`, 0)
  await waitForHome(request, trigger.title)

  await expect(async () => {
    for (const headers of [{}, SIGNED_IN]) {
      const response = await request.get(gone.path, { headers })
      expect(response.status()).toBe(410)
      const html = await response.text()
      expect(html).toContain('Artikel ini telah diturunkan')
      expect(html).toContain('Keputusan Dewan Pers')
      expect(html).toContain('href="/koreksi"')
      expect(html).toMatch(/<meta name="robots" content="noindex"/)
      expect(html).not.toContain(gone.title)
    }
  }).toPass({ timeout: 10_000, intervals: [500] })
  // Its discussion page is gone too.
  expect((await request.get(`${gone.path}/komentar`, { headers: SIGNED_IN })).status()).toBe(410)

  const newPath = moved.path.replace(moved.slug, newSlug)
  for (const headers of [{}, SIGNED_IN]) {
    const response = await request.get(moved.path, { headers, maxRedirects: 0 })
    expect(response.status()).toBe(308)
    expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(newPath)
  }
  expect((await request.get(newPath)).status()).toBe(200)
  const discussion = await request.get(`${moved.path}/komentar`, { headers: SIGNED_IN, maxRedirects: 0 })
  expect(discussion.status()).toBe(308)
  expect(new URL(discussion.headers()['location']!, 'http://x').pathname).toBe(`${newPath}/komentar`)

  // What a reader sees: the notice in the site's frame.
  const response = await page.goto(gone.path)
  expect(response?.status()).toBe(410)
  await expect(page.getByRole('heading', { name: 'Artikel ini telah diturunkan' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Lihat halaman Koreksi' })).toHaveAttribute('href', '/koreksi')
  await page.screenshot({ path: '/tmp/desk-live-410.png' })
})

test('the internal scheduler route and the twins are closed to outside requests', async ({ request }) => {
  expect((await request.post('/api/desk/publish-due')).status()).toBe(404)
  expect((await request.post('/api/desk/publish-due', { headers: { 'x-fakta-internal': 'x'.repeat(43) } })).status()).toBe(404)
  expect((await request.get('/baca/news', { headers: { 'x-fakta-internal': 'x'.repeat(43) } })).status()).toBe(404)
})
