// New comments reach readers who keep the article open: the anonymous reader's static page and the
// signed-in reader's App Router page poll the article's comments while they are visible.
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './axe'
import { addComment, ageComments, makeRegular, signIn } from './fixtures'

// Articles no other spec comments on, one a test; the first has the demo's threads.
const ARTICLE = '/news/ekonomi/bapanas-harga-beras-medium-mulai-turun-di-sejumlah-daerah'
const LIMITED = '/news/ekonomi/pmi-manufaktur-indonesia-juni-2024-melambat'
const LIVE = /\/api\/comments\/\d+$/

const commentsOf = (page: Page) => page.locator('#komentar')

async function countOf(page: Page): Promise<number> {
  const heading = await commentsOf(page)
    .getByRole('heading', { name: /^Komentar \(\d+\)$/ })
    .innerText()
  return Number(/\((\d+)\)/.exec(heading)?.[1])
}

/** What a browser does when the tab goes to the background or comes back. */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value })
    document.dispatchEvent(new Event('visibilitychange'))
  }, state)
}

test('a comment reaches the reader who has the article open, behind a button, and not while the page is hidden', async ({ browser }) => {
  test.setTimeout(120_000)
  const anonymous = await browser.newContext()
  const reader = await anonymous.newPage()
  const asked: string[] = []
  reader.on('request', (request) => {
    if (LIVE.test(request.url())) asked.push(request.url())
  })
  const firstLook = reader.waitForRequest((request) => LIVE.test(request.url()))
  await reader.goto(ARTICLE)
  // The static page: the islands' script and no framework.
  await expect(reader.locator('script[src]')).toHaveAttribute('src', /\/_next\/static\/islands\/main-/)
  await firstLook
  const before = await countOf(reader)

  const signedIn = await browser.newContext()
  const poster = await signedIn.newPage()
  const author = await makeRegular()
  await signIn(poster, author, ARTICLE)
  await expect(poster.locator('script[src*="/_next/static/chunks/"]').first()).toBeAttached()
  const text = `Di pasar dekat rumah harga beras medium belum turun ${Date.now()}`
  await commentsOf(poster)
    .getByLabel(/Tulis komentar sebagai/)
    .fill(text)
  await commentsOf(poster).getByRole('button', { name: 'Kirim', exact: true }).click()
  // The poster sees it at once, counted, with no button to press.
  await expect(commentsOf(poster).locator('article').filter({ hasText: text })).toBeVisible()
  await expect(commentsOf(poster).getByRole('heading', { name: `Komentar (${before + 1})` })).toBeVisible()
  await expect(commentsOf(poster).getByRole('button', { name: /komentar baru/ })).toHaveCount(0)
  await expect(commentsOf(poster).getByRole('status')).toHaveText('Komentar Anda sudah tayang.')
  // Editing it is the discussion page's, rendered for the reader.
  await expect(commentsOf(poster).locator('li').filter({ hasText: text }).getByRole('link', { name: 'Sunting' })).toHaveAttribute(
    'href',
    new RegExp(`^${ARTICLE}/komentar#komentar-\\d+$`),
  )

  // The other reader is told, politely, within a poll or two, without a reload.
  const button = commentsOf(reader).getByRole('button', { name: '1 komentar baru' })
  await expect(button).toBeVisible({ timeout: 20_000 })
  await expect(commentsOf(reader).getByRole('heading', { name: `Komentar (${before + 1})` })).toBeVisible()
  await expect(commentsOf(reader).locator('[aria-live="polite"]')).toHaveText('1 komentar baru')
  await expect(commentsOf(reader).getByText(text)).toHaveCount(0)
  await expect(button).not.toBeFocused()
  expect(await axeViolations(reader, '#komentar')).toEqual([])
  await screenshots(reader, 'button')

  await button.click()
  const shown = commentsOf(reader).locator('li').filter({ hasText: text })
  await expect(shown.getByRole('article')).toBeVisible()
  await expect(shown).toBeFocused()
  await expect(button).toBeHidden()
  await expect(shown.getByRole('link', { name: 'Balas' })).toHaveAttribute('href', new RegExp(`^${ARTICLE}/komentar#komentar-\\d+$`))
  await expect(shown.getByLabel('0 suka')).toBeVisible()
  expect(await axeViolations(reader, '#komentar')).toEqual([])
  await screenshots(reader, 'revealed')

  // Hidden: nothing is asked for, however long; visible again after the interval: asked at once.
  await setVisibility(reader, 'hidden')
  await reader.waitForTimeout(500)
  const whileHidden = asked.length
  await reader.waitForTimeout(12_000)
  expect(asked.length).toBe(whileHidden)
  const back = reader.waitForResponse((response) => LIVE.test(response.url()), { timeout: 3_000 })
  await setVisibility(reader, 'visible')
  // The ETag goes with each poll: an unchanged discussion costs a 304 without a body.
  expect((await back).status()).toBe(304)

  // A reply, shown apart from its thread, says whom it answers.
  ageComments(author.id, 0.2)
  const thread = commentsOf(poster).locator('article').filter({ hasNotText: text }).first()
  const parentName = await thread.locator('header .font-semibold').first().innerText()
  await thread.getByText('Balas', { exact: true }).click()
  await thread.getByLabel('Balasan').fill('Di kota kami juga sama.')
  await thread.getByRole('button', { name: 'Kirim balasan' }).click()
  await commentsOf(reader).getByRole('button', { name: '1 komentar baru' }).click({ timeout: 20_000 })
  const reply = commentsOf(reader).locator('li').filter({ hasText: 'Di kota kami juga sama.' })
  await expect(reply).toBeFocused()
  await expect(reply.getByText(`Membalas ${parentName}`)).toBeVisible()
  await expect(commentsOf(reader).getByRole('heading', { name: `Komentar (${before + 2})` })).toBeVisible()

  await anonymous.close()
  await signedIn.close()
})

async function screenshots(page: Page, state: string) {
  const size = page.viewportSize()
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await commentsOf(page).scrollIntoViewIfNeeded()
    await commentsOf(page).screenshot({ path: `/tmp/shots-live/live-comments-${state}-${width}.png` })
  }
  if (size) await page.setViewportSize(size)
}

test('a posting limit counts down, then the form sends again; a reply shows at once whom it answers', async ({ page }) => {
  test.setTimeout(90_000)
  const reader = await makeRegular()
  // Nineteen comments in the last hour, the oldest of them about to leave it.
  for (let i = 0; i < 19; i++)
    addComment({ articleSlug: LIMITED.split('/').pop()!, userId: reader.id, body: `Catatan ${i} ${Date.now()}`, status: 'pending' })
  ageComments(reader.id, 59.55)
  await signIn(page, reader, LIMITED)

  const first = `PMI masih di atas 50 ${Date.now()}`
  await commentsOf(page)
    .getByLabel(/Tulis komentar sebagai/)
    .fill(first)
  await commentsOf(page).getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(commentsOf(page).locator('article').filter({ hasText: first })).toBeVisible()

  // The twentieth in the hour stands; a twenty-first waits for the oldest to turn an hour old.
  ageComments(reader.id, 0.2)
  const second = `Sektor padat karya perlu perhatian ${Date.now()}`
  const form = commentsOf(page)
    .locator('form')
    .filter({ has: page.getByLabel(/Tulis komentar sebagai/) })
  await form.getByLabel(/Tulis komentar sebagai/).fill(second)
  await form.getByRole('button', { name: 'Kirim', exact: true }).click()
  const countdown = form.getByText(/Coba lagi dalam \d+ detik/).first()
  await expect(countdown).toBeVisible()
  const announced = await form.locator('[aria-live="polite"]').innerText()
  expect(announced).toMatch(/Coba lagi dalam \d+ detik\.$/)
  await expect(form.getByRole('button', { name: 'Kirim', exact: true })).toBeDisabled()
  const shownFirst = await countdown.innerText()
  await expect(countdown).not.toHaveText(shownFirst)
  // Said once: the live region keeps its words while the count moves.
  await expect(form.locator('[aria-live="polite"]')).toHaveText(announced)
  await expect(form.getByLabel(/Tulis komentar sebagai/)).toHaveValue(second)

  await expect(form.getByRole('button', { name: 'Kirim', exact: true })).toBeEnabled({ timeout: 30_000 })
  await expect(form.getByText(/Coba lagi dalam/)).toHaveCount(0)
  await form.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(commentsOf(page).locator('article').filter({ hasText: second })).toBeVisible()

  // Replying to a comment the island shows is the discussion page's; there a reply shows at once,
  // apart from its thread, saying whom it answers.
  ageComments(reader.id, 0.2)
  await commentsOf(page).locator('li').filter({ hasText: first }).getByRole('link', { name: 'Balas' }).click()
  await expect(page).toHaveURL(new RegExp(`${LIMITED}/komentar#komentar-\\d+$`))
  const target = commentsOf(page).locator('article').filter({ hasText: first })
  await target.getByText('Balas', { exact: true }).click()
  await target.getByLabel('Balasan').fill('Setuju, terutama tekstil.')
  await target.getByRole('button', { name: 'Kirim balasan' }).click()
  const reply = commentsOf(page).locator('li').filter({ hasText: 'Setuju, terutama tekstil.' })
  await expect(reply.getByText(`Membalas ${reader.displayName}`)).toBeVisible()
  await expect(reply.getByRole('link', { name: reader.displayName })).toHaveAttribute('href', /^#komentar-\d+$/)
})
