import { expect, test } from '@playwright/test'
import { seedPath } from './seed'
import { axeViolations } from './axe'

test('a reader searches from the header and finds the seed article first', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: /Cari/ }).click()
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('stoltenberg')
  await page.getByRole('button', { name: 'Cari' }).click()
  await expect(page).toHaveURL(/\/search\?q=stoltenberg/)
  await expect(page.getByRole('status')).toContainText('hasil untuk “stoltenberg”')
  const first = page.getByRole('main').getByRole('listitem').first()
  await expect(first.locator('mark').first()).toHaveText(/stoltenberg/i)
  await first.getByRole('link').click()
  await expect(page).toHaveURL(seedPath)
})

for (const q of ['', '"', 'NEAR(', '*', 'x'.repeat(10_000), '<script>alert(1)</script>', 'zzzqqqxxx']) {
  test(`search for ${JSON.stringify(q.slice(0, 20))} answers with a page, not an error`, async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}&halaman=abc`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { name: 'Cari berita' })).toBeVisible()
  })
}

test('the search page passes axe', async ({ page }) => {
  await page.goto('/search?q=rupiah')
  expect(await axeViolations(page)).toEqual([])
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `tests/artifacts/screenshots/search-${width}.png`, fullPage: true })
  }
})

test('search also finds open job listings and Program episodes, each linked to its page', async ({ page }) => {
  await page.goto('/search?q=backend+engineer')
  const job = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Jobs ·' }).first()
  await expect(job).toBeVisible()
  await job.getByRole('link').click()
  await expect(page).toHaveURL(/\/jobs\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Backend Engineer/i)

  await page.goto('/search?q=komunike+washington')
  const episode = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Program · FAKTA Pagi' }).first()
  await expect(episode).toBeVisible()
  await episode.getByRole('link').click()
  await expect(page).toHaveURL(/\/program\/fakta-pagi#episode-\d+$/)
})
