// Anonymous readers get reading pages as static HTML with islands (docs/decisions/013); readers
// who have signed in get the App Router pages.
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './axe'
import { seedPath, seedTitle } from './seed'

const frameworkScripts = (page: Page) => page.locator('script[src*="/_next/static/chunks/"]')

test('the seed article is static HTML: one small script, no framework runtime, the same page', async ({ page }) => {
  const response = await page.goto(seedPath)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['cache-control']).toContain('s-maxage=')
  const html = await response!.text()
  expect(html).not.toContain('self.__next_f')
  await expect(frameworkScripts(page)).toHaveCount(0)
  await expect(page.locator('script[src]')).toHaveCount(1)
  await expect(page.locator('script[src]')).toHaveAttribute('src', /^\/_next\/static\/islands\/main-[0-9a-f]{16}\.js$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${seedPath}$`))
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1)
  expect(await axeViolations(page)).toEqual([])
})

test('the islands of a static page work: sign-in links back, Popular tabs, copy link, view beacon', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const beacon = page.waitForRequest((request) => request.url().endsWith('/api/views') && request.method() === 'POST')
  await page.goto(seedPath)
  await beacon

  const account = page.getByRole('navigation', { name: 'Akun' })
  await expect(account.getByRole('link', { name: 'Masuk' })).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(seedPath)}`)
  await expect(page.getByRole('link', { name: 'Login to comment on this news' })).toHaveAttribute(
    'href',
    `/login?callbackUrl=${encodeURIComponent(seedPath)}`,
  )

  const tabs = page.getByRole('tablist', { name: 'Popular' })
  const day = tabs.getByRole('tab', { name: '24 jam' })
  const week = tabs.getByRole('tab', { name: '7 hari' })
  await expect(day).toHaveAttribute('aria-selected', 'true')
  await week.click()
  await expect(week).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('#populer-panel-1')).toBeVisible()
  await expect(page.locator('#populer-panel-0')).toBeHidden()
  await week.press('ArrowLeft')
  await expect(day).toBeFocused()
  await expect(page.locator('#populer-panel-0')).toBeVisible()

  await page.getByRole('button', { name: 'Salin tautan' }).click()
  await expect(page.getByRole('button', { name: 'Tautan disalin' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${seedPath}$`))
})

test('home, lists and pieces are static too; signing in brings the App Router pages back', async ({ page, context }) => {
  for (const path of ['/', '/news', '/news/internasional', '/tag/nato', '/pointer', '/data', '/jobs', '/program/fakta-pagi']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(frameworkScripts(page), path).toHaveCount(0)
  }
  // The head a static page writes itself: the title, canonical and feed of each page.
  await page.goto('/pointer')
  await expect(page).toHaveTitle('Pointer | FAKTA.COM')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/pointer$/)
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/pointer\/rss\.xml$/)
  await page.goto('/')
  await expect(page).toHaveTitle(/^FAKTA\.COM/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /:\d+\/$/)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /^index, follow/)

  await context.addCookies([{ name: 'fakta_signed_in', value: '1', url: page.url() }])
  await page.goto(seedPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle)
  expect(await frameworkScripts(page).count()).toBeGreaterThan(0)
})

test('an unknown article is a static 404; the twins cannot be asked for directly', async ({ page, request }) => {
  const response = await page.goto('/news/internasional/berita-yang-tidak-ada')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  await expect(frameworkScripts(page)).toHaveCount(0)

  expect((await request.get(`/baca${seedPath}`)).status()).toBe(404)
  expect((await request.get('/baca')).status()).toBe(404)
  // A query the App Router handles still reaches it: ?page= is redirected to the path.
  const old = await request.get('/news?page=2', { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers().location).toContain('/news/page/2')
})
