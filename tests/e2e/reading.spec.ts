import { expect, test, type Locator, type Page } from '@playwright/test'
import { relatedPath, relatedTitle, seedPath, seedTitle } from './seed'

/** Asserts that the locators appear in this order in the document. */
async function expectInOrder(page: Page, locators: Locator[]) {
  const handles = await Promise.all(locators.map((l) => l.first().elementHandle()))
  handles.forEach((handle, index) => expect(handle, `element ${index} exists`).not.toBeNull())
  const ordered = await page.evaluate((elements) => {
    for (let i = 1; i < elements.length; i++) {
      const previous = elements[i - 1] as Node
      const current = elements[i] as Node
      if (!(previous.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING)) return i
    }
    return -1
  }, handles)
  expect(ordered, 'first element out of order').toBe(-1)
}

test('a reader goes from the home page to the seed article by clicking', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/FAKTA/)
  await page.getByRole('link', { name: seedTitle }).first().click()
  await expect(page).toHaveURL(seedPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle)
})

test('the seed article has every element of the seed page, in order', async ({ page }) => {
  const response = await page.goto(seedPath)
  expect(response?.status()).toBe(200)
  const main = page.getByRole('main')
  const body = main.locator('.article-body')
  const paragraphs = body.locator('p')

  const breadcrumb = page.getByRole('navigation', { name: 'Navigasi remah roti' })
  await expect(breadcrumb.getByRole('link', { name: 'Internasional' })).toBeVisible()
  const headline = page.getByRole('heading', { level: 1, name: seedTitle })
  const hero = main.locator('figure').first()
  await expect(hero.locator('img')).toHaveAttribute('alt', 'Sekretaris Jenderal NATO Jens Stoltenberg')
  await expect(hero.locator('figcaption')).toHaveText(
    'Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO) Jens Stoltenberg. (ANTARA/Anadolu/aa)',
  )
  const byline = main.getByText(/^Reporter: .+\|\s*Editor: .+$/)
  const time = main.getByText('Kamis, 11 Juli 2024 19:30 WIB')
  await expect(byline).toBeVisible()
  await expect(time).toBeVisible()

  await expect(paragraphs).toHaveCount(13)
  await expect(paragraphs.first()).toHaveText(
    'FAKTA.COM, Jakarta - Organisasi Pakta Pertahanan Atlantik Utara (NATO) pada Kamis (11/7/2024), memastikan bahwa Ukraina akan menjadi anggota NATO.',
  )
  await expect(paragraphs.last()).toHaveText(/sesegera mungkin," kata Stoltenberg mengenai bantuan militer untuk Ukraina\. \(ANT\)$/)
  const related = body.getByRole('link', { name: relatedTitle })
  await expect(related).toBeVisible()

  const tags = main.getByRole('heading', { name: 'Tag:' })
  for (const tag of ['NATO', 'Ukraina', 'Rusia', 'Jens Stoltenberg', 'KTT NATO']) {
    await expect(main.getByRole('link', { name: tag, exact: true })).toBeVisible()
  }
  const share = main.getByRole('heading', { name: 'Bagikan:' })
  for (const network of ['WhatsApp', 'Facebook', 'X', 'Telegram']) {
    const link = main.getByRole('link', { name: new RegExp(`^${network} `) })
    await expect(link).toHaveAttribute('href', new RegExp(encodeURIComponent(seedPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  }
  await expect(main.getByRole('button', { name: 'Salin tautan' })).toBeVisible()
  const comments = main.getByRole('heading', { name: 'Komentar (0)' })
  const login = main.getByRole('link', { name: 'Login to comment on this news' })
  await expect(login).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(seedPath)}`)
  const updates = page.getByRole('heading', { name: 'Updates' })
  const popular = page.getByRole('heading', { name: 'Popular' })
  await expect(page.getByText('Place your ads here').first()).toBeVisible()

  const menu = page.getByRole('navigation', { name: 'Menu utama' })
  for (const item of ['Data', 'Pointer', 'Interaktif', 'Program', 'Jobs']) {
    await expect(menu.getByRole('link', { name: item, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('navigation', { name: 'Kategori berita' }).getByRole('link', { name: 'Ekonomi' })).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()

  // Paragraph 4, the "Baca juga" link, then paragraph 5, as on the seed page.
  await expectInOrder(page, [paragraphs.nth(3), related, paragraphs.nth(4)])
  await expectInOrder(page, [
    breadcrumb,
    headline,
    hero,
    byline,
    time,
    paragraphs.first(),
    related,
    paragraphs.last(),
    tags,
    share,
    comments,
    login,
    updates,
    popular,
  ])
})

test('the related link between paragraphs opens the related article', async ({ page }) => {
  await page.goto(seedPath)
  await page.locator('.article-body').getByRole('link', { name: relatedTitle }).click()
  await expect(page).toHaveURL(relatedPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle)
})

test('the seed article carries its search and social metadata', async ({ page }) => {
  await page.goto(seedPath)
  const meta = (selector: string) => page.locator(selector).first()
  await expect(page).toHaveTitle(`${seedTitle} | FAKTA.COM`)
  await expect(meta('meta[name="description"]')).toHaveAttribute('content', /.{40,}/)
  await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${seedPath}$`))
  await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(meta('meta[property="article:published_time"]')).toHaveAttribute('content', '2024-07-11T19:30:00+07:00')
  await expect(meta('meta[property="article:section"]')).toHaveAttribute('content', 'Internasional')
  await expect(meta('meta[property="og:image"]')).toHaveAttribute('content', /\/images\/seed-nato\.jpg$/)
  await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  await expect(meta('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/)
  const jsonLd = JSON.parse((await meta('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: seedTitle,
    datePublished: '2024-07-11T19:30:00+07:00',
    articleSection: 'Internasional',
  })
})

test('Popular switches between 24 hours and 7 days', async ({ page }) => {
  await page.goto('/')
  const popular = page.getByRole('region', { name: 'Popular' })
  const week = popular.getByRole('tab', { name: '7 hari' })
  await expect(popular.getByRole('tab', { name: '24 jam' })).toHaveAttribute('aria-selected', 'true')
  await expect(popular.getByRole('tabpanel')).toHaveCount(1)
  await expect(popular.getByRole('tabpanel').getByRole('link')).toHaveCount(5)
  await week.click()
  await expect(week).toHaveAttribute('aria-selected', 'true')
  await expect(popular.getByRole('tabpanel').getByRole('link')).toHaveCount(5)
})

test('reading an article sends one view beacon', async ({ page }) => {
  const beacon = page.waitForRequest((request) => request.url().endsWith('/api/views') && request.method() === 'POST')
  await page.goto(seedPath)
  const request = await beacon
  expect(JSON.parse(request.postData() ?? '{}')).toMatchObject({ id: expect.any(Number) })
  expect((await request.response())?.status()).toBe(204)
})

test('copy link puts the article address on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await page.goto(seedPath)
  await page.getByRole('button', { name: 'Salin tautan' }).click()
  await expect(page.getByRole('button', { name: 'Tautan disalin' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${seedPath}`)
})

test('category lists page through static URLs', async ({ page }) => {
  await page.goto('/news')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Semua Berita')
  await page.getByRole('navigation', { name: 'Navigasi halaman' }).getByRole('link', { name: 'Halaman 2' }).click()
  await expect(page).toHaveURL('/news/page/2')
  await expect(page.getByText(/Halaman 2 dari \d+/)).toBeVisible()
  await page.goto('/news/internasional')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internasional')
  await expect(page.getByRole('heading', { level: 2, name: seedTitle })).toBeVisible()
})
