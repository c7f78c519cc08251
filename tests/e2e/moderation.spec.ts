import { expect, test, type Page } from '@playwright/test'
import { addComment, ageComments, articleIdOf, makeRegular, makeUser, signIn } from './fixtures'
import { axeViolations } from './axe'

const SLUG = 'argentina-melaju-ke-final-copa-america-usai-kalahkan-kanada'
const ARTICLE = `/news/olahraga/${SLUG}`

const row = (page: Page, text: string) => page.locator('[data-moderation-row]').filter({ hasText: text })

test('a moderator works through the pending queue, and the audit log lists each step', async ({ page, browser }) => {
  const reader = await makeRegular()
  const stamp = Date.now()
  const texts = ['Layak tayang', 'Tidak layak', 'Promosi satu', 'Promosi dua'].map((t) => `${t} ${stamp}`)
  for (const body of texts) addComment({ articleSlug: SLUG, userId: reader.id, body })
  const moderator = await makeUser({ role: 'moderator', displayName: `Moderator Antrean ${stamp}` })
  await signIn(page, moderator, '/staff/moderation')
  await page.goto(`/staff/moderation?tab=pending&q=${stamp}`)
  await expect(page.locator('[data-moderation-row]')).toHaveCount(4)

  await row(page, texts[0]!).getByRole('button', { name: 'Setujui' }).click()
  await expect(page.getByRole('status')).toHaveText('Disetujui: 1 komentar.')
  await row(page, texts[1]!).getByPlaceholder('Alasan penolakan').fill('Menyerang pribadi')
  await row(page, texts[1]!).getByRole('button', { name: 'Tolak' }).click()
  await expect(page.getByRole('status')).toHaveText('Ditolak: 1 komentar.')

  await row(page, texts[2]!).getByRole('checkbox').check()
  await row(page, texts[3]!).getByRole('checkbox').check()
  await page.getByLabel('Alasan penolakan untuk yang terpilih').fill('Promosi')
  await page.getByRole('button', { name: 'Tolak terpilih' }).click()
  await expect(page.getByRole('status')).toHaveText('Ditolak: 2 komentar.')
  await expect(page.locator('[data-moderation-row]')).toHaveCount(0)

  // Readers see the approved one; the author sees the refusal and its reason.
  const stranger = await browser.newPage()
  await stranger.goto(ARTICLE)
  await expect(stranger.getByText(texts[0]!)).toBeVisible()
  await expect(stranger.getByText(texts[1]!)).toHaveCount(0)
  const author = await browser.newPage()
  await signIn(author, reader, '/account')
  await expect(author.getByText(texts[1]!)).toBeVisible()
  await expect(author.getByText('Alasan: Menyerang pribadi')).toBeVisible()

  await page.goto(`/staff/audit?pelaku=${encodeURIComponent(moderator.displayName)}`)
  const log = page.locator('tbody tr')
  await expect(log).toHaveCount(4)
  await expect(log.filter({ hasText: 'comment.approve' })).toHaveCount(1)
  await expect(log.filter({ hasText: 'comment.reject' })).toHaveCount(3)
  await expect(log.filter({ hasText: 'Menyerang pribadi' })).toHaveCount(1)
})

test('a banned reader’s open session cannot post any more', async ({ page, browser }) => {
  const reader = await makeRegular({ displayName: `Pembaca Diblokir ${Date.now()}` })
  const readerPage = await browser.newPage()
  await signIn(readerPage, reader, ARTICLE)
  await expect(readerPage.getByLabel(/Tulis komentar sebagai/)).toBeVisible()

  await signIn(page, await makeUser({ role: 'moderator', displayName: `Moderator Blokir ${Date.now()}` }), '/staff/users')
  await page.goto(`/staff/users?q=${encodeURIComponent(reader.email)}`)
  const entry = page.getByRole('listitem', { name: `Pengguna ${reader.displayName}` })
  await entry.getByPlaceholder('Alasan').fill('Ujaran kebencian berulang')
  await entry.getByRole('button', { name: 'Blokir' }).click()
  await expect(page.getByRole('status')).toHaveText(`${reader.displayName} diblokir.`)

  await readerPage.getByLabel(/Tulis komentar sebagai/).fill('Masih bisa berkomentar?')
  await readerPage.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(readerPage.getByText(/Silakan masuk terlebih dahulu/)).toBeVisible()
  await readerPage.reload()
  await expect(readerPage.getByRole('link', { name: 'Login to comment on this news' })).toBeVisible()
})

test('a premoderated article holds the next comment, and edited banned words refuse one', async ({ page, browser }) => {
  const moderator = await makeUser({ role: 'moderator', displayName: `Moderator Mode ${Date.now()}` })
  await signIn(page, moderator)
  const id = articleIdOf(SLUG)
  await page.goto(`/staff/moderation?tab=pending&artikel=${id}`)
  await page.getByLabel(/Mode komentar untuk/).selectOption('premoderated')
  await page.getByRole('button', { name: 'Simpan mode' }).click()
  await expect(page.getByRole('status')).toHaveText('Mode komentar diubah menjadi premoderated.')

  const reader = await makeRegular()
  const readerPage = await browser.newPage()
  await signIn(readerPage, reader, ARTICLE)
  const text = `Komentar saat moderasi awal ${Date.now()}`
  await readerPage.getByLabel(/Tulis komentar sebagai/).fill(text)
  await readerPage.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(readerPage.getByRole('list', { name: 'Komentar Anda yang belum tayang' }).getByText(text)).toBeVisible()
  await page.goto(`/staff/moderation?tab=pending&artikel=${id}`)
  await expect(row(page, text)).toBeVisible()

  await page.getByLabel(/Mode komentar untuk/).selectOption('open')
  await page.getByRole('button', { name: 'Simpan mode' }).click()
  await page.goto('/staff/settings')
  const banned = page.getByLabel(/Kata terlarang/)
  await banned.fill(`${await banned.inputValue()}\nkampungan`)
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByRole('status')).toHaveText('Pengaturan moderasi disimpan.')

  ageComments(reader.id, 1)
  await readerPage.reload()
  await readerPage.getByLabel(/Tulis komentar sebagai/).fill('Dasar kampungan')
  await readerPage.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(readerPage.getByText(/memuat kata yang dilarang \("kampungan"\)/).first()).toBeVisible()

  await page.goto('/staff/audit?tindakan=settings')
  await expect(page.locator('tbody tr').first()).toContainText(moderator.displayName)
})

test('the newsroom is a 404 for readers and editors see only what they may', async ({ page }) => {
  await signIn(page, await makeUser())
  for (const path of ['/staff/moderation', '/staff/users', '/staff/settings', '/staff/audit']) {
    expect((await page.goto(path))?.status()).toBe(404)
  }
  await page.getByRole('navigation', { name: 'Akun' }).getByRole('button', { name: 'Keluar' }).click()
  await signIn(page, await makeUser({ role: 'editor', displayName: `Editor Uji ${Date.now()}` }))
  expect((await page.goto('/staff/moderation'))?.status()).toBe(404)
  expect((await page.goto('/staff/audit'))?.status()).toBe(200)
})

test('keyboard shortcuts, a plain no-JavaScript form, and junk filters', async ({ page, browser }) => {
  const reader = await makeRegular()
  const stamp = Date.now()
  addComment({ articleSlug: SLUG, userId: reader.id, body: `Pintasan ${stamp}` })
  addComment({ articleSlug: SLUG, userId: reader.id, body: `Tanpa skrip ${stamp}` })
  const moderator = await makeUser({ role: 'moderator', displayName: `Moderator Kunci ${stamp}` })
  await signIn(page, moderator)
  await page.goto(`/staff/moderation?tab=pending&q=${encodeURIComponent(`Pintasan ${stamp}`)}`)
  // Keys pressed before the shortcuts are live would be lost.
  await expect(page.locator('html[data-moderation-keys="ready"]')).toHaveCount(1)
  await page.keyboard.press('j')
  await expect(row(page, `Pintasan ${stamp}`)).toBeFocused()
  await page.keyboard.press('a')
  await expect(page.getByRole('status')).toHaveText('Disetujui: 1 komentar.')

  const context = await browser.newContext({ javaScriptEnabled: false })
  const plain = await context.newPage()
  await signIn(plain, moderator)
  await plain.goto(`/staff/moderation?tab=pending&q=${encodeURIComponent(`Tanpa skrip ${stamp}`)}`)
  await row(plain, `Tanpa skrip ${stamp}`).getByRole('button', { name: 'Setujui' }).click()
  await expect(plain.getByRole('status')).toHaveText('Disetujui: 1 komentar.')
  await context.close()

  for (const query of ['tab=zzz', 'artikel=abc&pengguna=-1', `q=${'x'.repeat(5000)}`, 'halaman=99999', 'tab[]=1']) {
    expect((await page.goto(`/staff/moderation?${query}`))?.status()).toBe(200)
  }
  expect((await page.goto('/staff/audit?halaman=-4&tindakan=%00'))?.status()).toBe(200)
})

test('newsroom pages pass axe and are captured at phone and desktop widths', async ({ page }) => {
  // Four pages, four accessibility scans and eight screenshots: past 30 s on a loaded machine.
  test.slow()
  await signIn(page, await makeUser({ role: 'admin', displayName: `Admin Tampilan ${Date.now()}` }))
  for (const name of ['moderation', 'users', 'settings', 'audit']) {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`/staff/${name}${name === 'moderation' ? '?tab=approved' : ''}`)
    expect(await axeViolations(page)).toEqual([])
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.screenshot({ path: `tests/artifacts/screenshots/staff-${name}-${width}.png` })
    }
  }
})
