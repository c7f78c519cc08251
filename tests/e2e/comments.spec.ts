import { expect, test, type Locator, type Page } from '@playwright/test'
import { ageComments, makeRegular, makeUser, signIn } from './fixtures'

const ARTICLE = '/news/politik/dpr-tutup-masa-sidang-sejumlah-ruu-dilanjutkan-setelah-reses'
const SECOND = '/news/ekonomi/rupiah-menguat-jelang-rilis-data-inflasi-amerika-serikat'
const THIRD = '/news/teknologi/samsung-perkenalkan-ponsel-lipat-baru-dengan-fitur-kecerdasan-buatan'
const FOURTH = '/news/politik/kpu-pastikan-pendaftaran-calon-kepala-daerah-dibuka-27-agustus'

const commentsOf = (page: Page) => page.locator('#komentar')
const item = (page: Page, text: string) => commentsOf(page).locator('article').filter({ hasText: text })

async function countOf(page: Page): Promise<number> {
  const heading = await commentsOf(page)
    .getByRole('heading', { name: /^Komentar \(\d+\)$/ })
    .innerText()
  return Number(/\((\d+)\)/.exec(heading)?.[1])
}

/**
 * A post answers with the comment (the island shows it at once) and the article page follows in
 * the background within seconds (docs/decisions/015): reload until the page itself has it.
 */
async function reloadUntil(page: Page, locator: Locator) {
  await expect(async () => {
    await page.reload()
    await expect(locator).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
}

async function write(page: Page, text: string) {
  await commentsOf(page)
    .getByLabel(/Tulis komentar sebagai/)
    .fill(text)
  await commentsOf(page).getByRole('button', { name: 'Kirim', exact: true }).click()
}

test('a reader holds a conversation: post, reply, like, edit, delete; another reader sees it on reload', async ({ page, browser }) => {
  // Waits twice for the page to be generated again after a post (reloadUntil): the slow budget.
  test.slow()
  const reader = await makeRegular()
  await signIn(page, reader, ARTICLE)
  const before = await countOf(page)

  const text = `Semoga RUU perampasan aset segera dibahas ${Date.now()}`
  await write(page, text)
  await expect(item(page, text)).toBeVisible()
  await expect(commentsOf(page).getByRole('heading', { name: `Komentar (${before + 1})` })).toBeVisible()

  const stranger = await browser.newPage()
  await stranger.goto(ARTICLE)
  await reloadUntil(stranger, item(stranger, text))
  await expect(stranger.getByRole('link', { name: 'Login to comment on this news' })).toBeVisible()

  // Like, then reply to the comment, once the page itself has it (with every control).
  await reloadUntil(page, item(page, text).getByRole('button', { name: 'Suka (0)' }))
  await item(page, text).getByRole('button', { name: 'Suka (0)' }).click()
  await expect(item(page, text).getByRole('button', { name: 'Batal suka (1)' })).toBeVisible()
  ageComments(reader.id, 0.25)
  await item(page, text).getByText('Balas', { exact: true }).click()
  await item(page, text).getByLabel('Balasan').fill('Balasan saya sendiri untuk melengkapi.')
  await item(page, text).getByRole('button', { name: 'Kirim balasan' }).click()
  // At once at the top, saying whom it answers; in its thread once the page has it.
  await expect(item(page, 'Balasan saya sendiri untuk melengkapi.')).toContainText('Membalas')
  const thread = commentsOf(page)
    .locator('li')
    .filter({ has: page.getByText(text) })
    .first()
  await reloadUntil(
    page,
    thread.getByRole('list', { name: 'Balasan' }).getByRole('paragraph').filter({ hasText: 'Balasan saya sendiri untuk melengkapi.' }),
  )

  // Edit within the window: marked as edited.
  await item(page, text).getByText('Sunting', { exact: true }).click()
  await item(page, text).getByLabel('Sunting komentar').fill(`${text} (ralat)`)
  await item(page, text).getByRole('button', { name: 'Simpan' }).click()
  await expect(item(page, `${text} (ralat)`).getByText('(diedit)')).toBeVisible()
  await stranger.reload()
  await expect(item(stranger, `${text} (ralat)`)).toBeVisible()

  // Delete: a comment with a reply stays as a placeholder.
  await item(page, `${text} (ralat)`).getByRole('button', { name: 'Hapus' }).click()
  await expect(commentsOf(page).getByText('Komentar ini telah dihapus.')).toBeVisible()
  await stranger.reload()
  await expect(stranger.getByText(`${text} (ralat)`)).toHaveCount(0)

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await commentsOf(page).screenshot({ path: `tests/artifacts/screenshots/comments-signed-in-${width}.png` })
  }
})

test('after 15 minutes the author can no longer edit', async ({ page }) => {
  const reader = await makeRegular()
  await signIn(page, reader, SECOND)
  const text = `Rupiah semoga stabil ${Date.now()}`
  await write(page, text)
  await expect(item(page, text).getByText('Sunting', { exact: true })).toBeVisible()
  ageComments(reader.id, 16)
  await reloadUntil(page, item(page, text).getByRole('button', { name: 'Hapus' }))
  await expect(item(page, text).getByText('Sunting', { exact: true })).toHaveCount(0)
  await expect(item(page, text).getByRole('button', { name: 'Hapus' })).toBeVisible()
})

test('a new reader’s first comment is held and shown as pending to its author only', async ({ page, browser }) => {
  const newcomer = await makeUser()
  await signIn(page, newcomer, THIRD)
  const text = `Ponsel lipat makin menarik ${Date.now()}`
  await write(page, text)
  const pending = page.getByRole('list', { name: 'Komentar Anda yang belum tayang' })
  await expect(pending.getByText(text)).toBeVisible()
  await expect(pending.getByText('Menunggu moderasi')).toBeVisible()
  await page.goto('/account')
  await expect(page.getByText(text)).toBeVisible()

  const stranger = await browser.newPage()
  await stranger.goto(THIRD)
  await expect(stranger.getByText(text)).toHaveCount(0)
})

test('a held comment of one long unbroken word stays inside its box on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signIn(page, await makeUser(), THIRD)
  const text = `panjang${'x'.repeat(400)}${Date.now()}`
  await write(page, text)
  const held = page.getByRole('list', { name: 'Komentar Anda yang belum tayang' }).getByRole('listitem').filter({ hasText: text })
  await expect(held).toBeVisible()
  const overflow = await held.evaluate((item) => [item.scrollWidth - item.clientWidth, document.documentElement.scrollWidth - innerWidth])
  expect(overflow).toEqual([0, 0])
  const badge = held.getByText('Menunggu moderasi')
  expect((await badge.boundingBox())!.height, 'the badge stays on one line').toBeLessThan(30)
})

test('banned words are refused with a clear message and the text stays in the form', async ({ page }) => {
  await signIn(page, await makeRegular(), THIRD)
  await write(page, 'Dasar bangsat semua')
  await expect(commentsOf(page).getByText(/memuat kata yang dilarang/)).toBeVisible()
  await expect(commentsOf(page).getByLabel(/Tulis komentar sebagai/)).toHaveValue('Dasar bangsat semua')
})

test('markup and script in a comment are shown as text, and links are safe', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  await signIn(page, await makeRegular(), FOURTH)
  const text = `<img src=x onerror=alert(1)> <script>alert(2)</script> [x](javascript:alert(3)) https://contoh.id/berita ${Date.now()}`
  await write(page, text)
  await expect(item(page, '<img src=x onerror=alert(1)>')).toBeVisible()
  const links = item(page, '<img src=x').locator('p a')
  await expect(links).toHaveCount(1)
  await expect(links).toHaveAttribute('href', 'https://contoh.id/berita')
  await expect(links).toHaveAttribute('rel', 'nofollow ugc noopener')
  await reloadUntil(page, item(page, '<script>alert(2)</script>'))
  expect(dialogs).toBe(0)
})

test('reporting asks for a reason, and each reader reports once', async ({ page }) => {
  await signIn(page, await makeRegular(), '/news/olahraga/inggris-lolos-ke-final-euro-2024-usai-tekuk-belanda')
  const target = commentsOf(page).locator('article').first()
  await target.getByText('Laporkan', { exact: true }).click()
  await target.getByLabel('Spam').check()
  await target.getByRole('button', { name: 'Kirim laporan' }).click()
  await expect(target.getByText('Sudah dilaporkan')).toBeVisible()
})

test('the discussion page sorts and, without JavaScript, takes a comment as a plain form', async ({ browser }) => {
  const reader = await makeRegular()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signIn(page, reader)
  await page.goto(`${FOURTH}/komentar?urut=oldest`)
  const text = `Tanpa JavaScript pun bisa ${Date.now()}`
  await page.getByLabel(/Tulis komentar sebagai/).fill(text)
  await page.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(page.getByText('Komentar Anda sudah tayang.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Terlama' })).toHaveAttribute('aria-current', 'true')
  await page.goto(`${FOURTH}/komentar?urut=newest`)
  await expect(page.getByRole('link', { name: 'Terbaru' })).toHaveAttribute('aria-current', 'true')
  const mine = page.locator('#komentar article').filter({ hasText: text })
  await expect(page.locator('#komentar article').first()).toContainText(text)

  await mine.getByRole('button', { name: 'Suka (0)' }).click()
  await expect(page.locator('#komentar article').filter({ hasText: text }).getByRole('button', { name: 'Batal suka (1)' })).toBeVisible()
  ageComments(reader.id, 1)
  await page.locator('#komentar article').filter({ hasText: text }).getByText('Balas', { exact: true }).click()
  await page.locator('#komentar article').filter({ hasText: text }).getByLabel('Balasan').fill('Balasan tanpa JavaScript')
  await page.locator('#komentar article').filter({ hasText: text }).getByRole('button', { name: 'Kirim balasan' }).click()
  await page.goto(`${FOURTH}/komentar?urut=newest`)
  await expect(
    page.getByRole('list', { name: 'Balasan' }).getByRole('paragraph').filter({ hasText: 'Balasan tanpa JavaScript' }),
  ).toBeVisible()

  await page.goto(FOURTH)
  await reloadUntil(page, page.getByText(text))
  await context.close()
})
