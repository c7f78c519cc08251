import { expect, test } from '@playwright/test'
import { addJob } from './fixtures'
import { axeViolations } from './axe'

test('Pointer: the index lists explainers and one tells its points with sources', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pointer', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pointer')
  const items = page.getByRole('main').locator('article')
  expect(await items.count()).toBeGreaterThanOrEqual(6)
  expect(await axeViolations(page)).toEqual([])
  await items.first().getByRole('heading').getByRole('link').click()
  await expect(page).toHaveURL(/\/pointer\/[a-z0-9-]+$/)
  const points = page.getByRole('list', { name: 'Poin penting' }).getByRole('listitem')
  expect(await points.count()).toBeGreaterThanOrEqual(5)
  await expect(points.first().getByText(/^Sumber:/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Berita terkait' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `tests/artifacts/screenshots/pointer-${width}.png`, fullPage: true })
  }
  await page.getByRole('region', { name: 'Berita terkait' }).getByRole('link').first().click()
  await expect(page).toHaveURL(/\/news\/[a-z-]+\/[a-z0-9-]+$/)
})

test('Jobs: filters live in the URL, a listing has its details and JobPosting data', async ({ page }) => {
  await page.goto('/jobs')
  const listings = page.getByRole('list', { name: 'Lowongan' }).getByRole('listitem')
  expect(await listings.count()).toBeGreaterThanOrEqual(6)
  expect(await axeViolations(page)).toEqual([])

  const location = page.getByLabel('Lokasi')
  const choice = (await location.locator('option').nth(1).textContent()) ?? ''
  await location.selectOption(choice)
  await page.getByRole('button', { name: 'Terapkan' }).click()
  await expect(page).toHaveURL(new RegExp(`lokasi=${encodeURIComponent(choice).replace(/%20/g, '\\+')}`))
  const filtered = page.getByRole('list', { name: 'Lowongan' }).getByRole('listitem')
  for (const text of await filtered.allInnerTexts()) expect(text).toContain(choice)

  await filtered.first().getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Persyaratan' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Lamar/ })).toBeVisible()
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
  expect(data).toMatchObject({ '@type': 'JobPosting', validThrough: expect.stringMatching(/\+07:00$/) })
  expect(await axeViolations(page)).toEqual([])
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `tests/artifacts/screenshots/job-${width}.png`, fullPage: true })
  }
  expect((await page.goto('/jobs?lokasi=Atlantis&jenis=%00&halaman=-3'))?.status()).toBe(200)
})

test('an expired job leaves the list and says so on its page', async ({ page }) => {
  const slug = `lowongan-kedaluwarsa-${Date.now()}`
  addJob({ slug, title: 'Lowongan Kedaluwarsa', deadline: new Date(Date.now() - 86_400_000) })
  await page.goto('/jobs')
  await expect(page.getByRole('link', { name: 'Lowongan Kedaluwarsa' })).toHaveCount(0)
  await page.goto(`/jobs/${slug}`)
  await expect(page.getByText(/Lowongan ini sudah ditutup/)).toBeVisible()
  await expect(page.getByRole('link', { name: /^Lamar/ })).toHaveCount(0)
})

test('Program: shows and episodes; a player makes no third-party request until it is pressed', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url())
  })
  await page.route(/youtube-nocookie\.com|open\.spotify\.com/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>pemutar</title>' }),
  )
  await page.goto('/program')
  const shows = page.getByRole('list', { name: 'Program' }).getByRole('listitem')
  expect(await shows.count()).toBeGreaterThanOrEqual(6)
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'FAKTA Pagi' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FAKTA Pagi')
  const episodes = page.getByRole('list', { name: 'Episode' }).getByRole('listitem')
  expect(await episodes.count()).toBeGreaterThanOrEqual(3)
  expect(await axeViolations(page)).toEqual([])
  await page.waitForLoadState('networkidle')
  expect(foreign).toEqual([])
  await expect(page.locator('iframe')).toHaveCount(0)

  await episodes
    .first()
    .getByRole('button', { name: /Putar video/ })
    .click()
  await expect(page.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//)
  await expect.poll(() => foreign.length).toBeGreaterThan(0)
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `tests/artifacts/screenshots/program-${width}.png` })
  }
})
