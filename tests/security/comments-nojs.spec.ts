import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from '../e2e/axe'
import { makeRegular, PASSWORD, signIn } from '../e2e/fixtures'

// Without JavaScript the static article cannot know who is reading. Its "Login to comment on this
// news" once sent a signed-in reader to /login, which sent them back to the article, which still
// had no form. Now it leads to the discussion page, which is rendered for the viewer: the form for
// a signed-in reader, the sign-in prompt (coming back to the discussion) for everyone else.
// axe needs JavaScript, so the last test checks the same pages with it.
const ARTICLE = '/news/internasional/masoud-pezeshkian-menangi-pilpres-iran-putaran-kedua'
const DISCUSSION = `${ARTICLE}/komentar`
const SHOTS = 'tests/artifacts/screenshots'

const comments = (page: Page) => page.locator('#komentar')
const loginLink = (page: Page) => comments(page).getByRole('link', { name: 'Login to comment on this news' })

test('a signed-in reader without JavaScript goes from the article to a working comment form and posts', async ({ browser }) => {
  const reader = await makeRegular()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signIn(page, reader)
  await page.goto(ARTICLE)
  await expect(loginLink(page)).toHaveAttribute('href', DISCUSSION)
  await loginLink(page).click()
  await expect(page).toHaveURL(DISCUSSION)
  const text = `Dikirim tanpa JavaScript dari halaman berita ${Date.now()}`
  await comments(page)
    .getByLabel(/Tulis komentar sebagai/)
    .fill(text)
  await comments(page).getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(page.getByText('Komentar Anda sudah tayang.')).toBeVisible()
  await page.goto(DISCUSSION)
  await expect(comments(page).locator('article').filter({ hasText: text })).toBeVisible()
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${SHOTS}/komentar-nojs-signed-in-${width}.png`, fullPage: true })
  }
  await context.close()
})

test('an anonymous reader without JavaScript follows the link, signs in and lands on the discussion form', async ({ browser }) => {
  const reader = await makeRegular()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(ARTICLE)
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await comments(page).screenshot({ path: `${SHOTS}/article-comments-nojs-${width}.png` })
  }
  await loginLink(page).click()
  await expect(page).toHaveURL(DISCUSSION)
  await expect(comments(page).getByLabel(/Tulis komentar sebagai/)).toHaveCount(0)
  await expect(loginLink(page)).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(DISCUSSION)}`)
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${SHOTS}/komentar-nojs-anonymous-${width}.png`, fullPage: true })
  }
  await loginLink(page).click()
  await expect(page).toHaveURL(/\/login\?callbackUrl=/)
  await page.getByLabel('Email').fill(reader.email)
  await page.getByLabel('Kata sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).toHaveURL(DISCUSSION)
  await expect(comments(page).getByLabel(/Tulis komentar sebagai/)).toBeVisible()
  await context.close()
})

test('with JavaScript the article shows the form in place to a signed-in reader, and anonymous readers sign in back to the article', async ({
  page,
  browser,
}) => {
  // Two readers, sign-in and screenshots at two widths: more than one page's default budget.
  test.slow()
  const anonymousContext = await browser.newContext()
  const anonymous = await anonymousContext.newPage()
  await anonymous.goto(ARTICLE)
  await expect(loginLink(anonymous)).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(ARTICLE)}`)
  expect(await axeViolations(anonymous)).toEqual([])
  for (const width of [390, 1280]) {
    await anonymous.setViewportSize({ width, height: 900 })
    await comments(anonymous).screenshot({ path: `${SHOTS}/article-comments-anonymous-${width}.png` })
  }
  await anonymous.goto(DISCUSSION)
  await expect(loginLink(anonymous)).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(DISCUSSION)}`)
  expect(await axeViolations(anonymous)).toEqual([])
  await anonymousContext.close()

  await signIn(page, await makeRegular(), ARTICLE)
  await expect(page).toHaveURL(ARTICLE)
  await expect(comments(page).getByLabel(/Tulis komentar sebagai/)).toBeVisible()
  await expect(loginLink(page)).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await comments(page).screenshot({ path: `${SHOTS}/article-comments-signed-in-${width}.png` })
  }
  await page.goto(DISCUSSION)
  await expect(comments(page).getByLabel(/Tulis komentar sebagai/)).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})
