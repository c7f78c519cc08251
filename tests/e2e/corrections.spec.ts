import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { openDatabase } from '@/db/client'
import { articles } from '@/db/schema'
import { axeViolations } from './axe'
import { E2E_DATABASE, makeUser, signIn } from './fixtures'

const SHOTS = '/tmp/shots-notes'
// An article no other spec reads, so its note changes nothing another spec looks at.
const SLUG = 'kemenkes-kasus-dbd-2024-melonjak-dibanding-tahun-lalu'
const PATH = `/news/kesehatan/${SLUG}`

function articleId(): number {
  const db = openDatabase(E2E_DATABASE)
  try {
    const row = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, SLUG)).get()
    if (!row) throw new Error(`the test database has no article ${SLUG}`)
    return row.id
  } finally {
    db.$client.close()
  }
}

test('an editor corrects an article; readers see the note on it and at /koreksi', async ({ browser, page }) => {
  // Two regenerations in the background and four axe runs: more than the default on a busy machine.
  test.setTimeout(120_000)
  fs.mkdirSync(SHOTS, { recursive: true })
  const editor = await makeUser({ role: 'editor' })
  await signIn(page, editor, '/staff/koreksi')
  await page.goto('/staff/koreksi')
  await expect(page.getByRole('navigation', { name: 'Ruang redaksi' }).getByRole('link', { name: 'Koreksi' })).toBeVisible()

  // An empty note is refused with words (the browser's own check is skipped to reach the server).
  await page.getByRole('combobox', { name: /^Berita/ }).selectOption(String(articleId()))
  await page.getByLabel('Isi catatan').evaluate((field: HTMLTextAreaElement) => field.removeAttribute('required'))
  await page.getByRole('button', { name: 'Tambahkan catatan' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Tuliskan isi catatan.' })).toBeVisible()

  const text = `Nama narasumber pada paragraf kedua semula tertulis keliru <b>${Date.now()}</b>.`
  await page.getByRole('combobox', { name: /^Berita/ }).selectOption(String(articleId()))
  await page.getByLabel('Koreksi', { exact: true }).check()
  await page.getByLabel('Isi catatan').fill(text)
  await page.getByRole('button', { name: 'Tambahkan catatan' }).click()
  await expect(page.getByRole('status')).toHaveText(/^Koreksi ditambahkan pada/)
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible()

  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/staff-koreksi-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/staff-koreksi-390.png`, fullPage: true })

  // An anonymous reader: the page is regenerated in the background, so reload until it shows.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const reader = await context.newPage()
  const notes = reader.getByRole('complementary', { name: 'Koreksi dan pembaruan' })
  await expect(async () => {
    await reader.goto(PATH)
    await expect(notes).toContainText(text, { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await expect(notes).toContainText('Koreksi')
  await expect(notes.locator('b')).toHaveCount(0)
  // Above the body: the story text is what follows the notes.
  expect(await notes.evaluate((aside) => aside.nextElementSibling?.querySelectorAll('p').length ?? 0)).toBeGreaterThan(1)
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
  expect(new Date(jsonLd.dateModified).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000)
  await notes.scrollIntoViewIfNeeded()
  await reader.screenshot({ path: `${SHOTS}/article-note-1280.png` })
  await reader.setViewportSize({ width: 390, height: 844 })
  await notes.scrollIntoViewIfNeeded()
  await reader.screenshot({ path: `${SHOTS}/article-note-390.png` })

  await reader.setViewportSize({ width: 1280, height: 900 })
  await expect(async () => {
    await reader.goto('/koreksi')
    await expect(reader.getByRole('listitem').filter({ hasText: text })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  const item = reader.getByRole('listitem').filter({ hasText: text })
  await expect(item.getByRole('link')).toHaveAttribute('href', PATH)
  expect(await axeViolations(reader)).toEqual([])
  await reader.screenshot({ path: `${SHOTS}/koreksi-1280.png`, fullPage: true })
  await reader.setViewportSize({ width: 390, height: 844 })
  await reader.reload()
  await reader.screenshot({ path: `${SHOTS}/koreksi-390.png`, fullPage: true })
  await expect(reader.getByRole('contentinfo').getByRole('link', { name: 'Koreksi' })).toHaveAttribute('href', '/koreksi')
  await context.close()

  await page.goto('/staff/audit')
  await expect(page.getByText('article.note.correction').first()).toBeVisible()
})
