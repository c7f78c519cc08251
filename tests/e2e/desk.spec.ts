import fs from 'node:fs'
import { expect, test, type Browser, type Page } from '@playwright/test'
import sharp from 'sharp'
import { axeViolations } from './axe'
import { makeUser, signIn, type TestUser } from './fixtures'

const SHOTS = '/tmp/shots'

/** A fresh image in the library, uploaded the way the newsroom does it; its alt text. */
async function uploadImage(page: Page, label: string): Promise<string> {
  const stamp = Date.now()
  const alt = `${label} ${stamp}`
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: (stamp % 200) + 20, g: 90, b: 60 } } })
    .jpeg()
    .toBuffer()
  await page.goto('/staff/media')
  await page.getByLabel(/Berkas gambar/).setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: jpeg })
  await page.getByLabel('Teks alternatif (wajib)').fill(alt)
  await page.getByLabel('Keterangan').fill(`Keterangan ${label}`)
  await page.getByLabel('Kredit').fill('FAKTA/Uji')
  await page.getByRole('button', { name: 'Unggah gambar' }).click()
  await expect(page.getByRole('status')).toHaveText(/Gambar #\d+ diunggah\./)
  return alt
}

async function signedInPage(browser: Browser, user: TestUser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await signIn(page, user, path)
  await page.goto(path)
  return page
}

/** Starts an article in the editor with its title, category and an author, and saves it as a draft. */
async function draft(page: Page, title: string): Promise<number> {
  await page.goto('/staff/desk/new')
  await page.getByLabel('Judul', { exact: true }).fill(title)
  await page.getByLabel('Kategori', { exact: true }).selectOption({ index: 1 })
  await page.getByRole('group', { name: 'Penulis' }).getByRole('checkbox').first().check()
  await page.getByRole('textbox', { name: 'Isi berita' }).click()
  await page.keyboard.type(`Paragraf pertama ${title}.`)
  await page.getByRole('button', { name: 'Simpan draf' }).click()
  await expect(page).toHaveURL(/\/staff\/desk\/\d+$/)
  return Number(page.url().split('/').pop())
}

const saved = (page: Page) => page.getByText(/^Tersimpan \d{2}:\d{2}$/)

test('a writer drafts with images and submits; an editor publishes; readers find it at once', async ({ page, browser }) => {
  test.setTimeout(180_000)
  fs.mkdirSync(SHOTS, { recursive: true })
  const writer = await makeUser({ role: 'writer' })
  const editor = await makeUser({ role: 'editor' })
  await signIn(page, writer, '/staff/desk')
  const heroAlt = await uploadImage(page, 'Gambar utama banjir')
  const bodyAlt = await uploadImage(page, 'Gambar isi tanggul')

  await page.goto('/staff/desk')
  await expect(page.getByRole('navigation', { name: 'Ruang redaksi' }).getByRole('link', { name: 'Meja redaksi' })).toBeVisible()
  await page.getByRole('link', { name: 'Tulis artikel' }).click()
  await expect(page).toHaveURL(/\/staff\/desk\/new$/)

  const stamp = Date.now()
  const title = `Banjir rob rendam pesisir utara ${stamp}`
  await page.getByLabel('Judul', { exact: true }).fill(title)
  // The slug follows the title until it is edited by hand, and shows the reader's address.
  await expect(page.getByLabel('Slug')).toHaveValue(`banjir-rob-rendam-pesisir-utara-${stamp}`)
  await page.getByLabel('Dek (ringkasan)').fill('Air laut pasang menggenangi permukiman warga sejak pagi.')
  await page.getByLabel('Kategori', { exact: true }).selectOption({ index: 1 })
  await expect(page.getByText(new RegExp(`/news/[a-z-]+/banjir-rob-rendam-pesisir-utara-${stamp}`))).toBeVisible()
  await page.getByLabel('Tag', { exact: true }).fill('banjir, pesisir')
  await page.getByRole('group', { name: 'Penulis' }).getByRole('checkbox').first().check()
  const heroes = page.getByRole('group', { name: 'Gambar utama' })
  await heroes.getByRole('img', { name: heroAlt }).click()
  await expect(heroes.getByRole('radio', { name: heroAlt })).toBeChecked()
  await expect(page.getByLabel('Keterangan gambar')).toHaveValue('Keterangan Gambar utama banjir')

  // The body: a paragraph and an image from the library (components/desk/body-editor.client.tsx).
  const body = page.getByRole('textbox', { name: 'Isi berita' })
  await body.click()
  await page.keyboard.type(`Warga mengungsi ke balai desa ${stamp}.`)
  await page.getByRole('toolbar', { name: 'Format isi berita' }).getByRole('button', { name: 'Gambar', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Sisipkan gambar' })
  await dialog.getByRole('button', { name: bodyAlt }).click()
  await dialog.getByRole('button', { name: 'Sisipkan gambar' }).click()
  await expect(body.getByRole('textbox', { name: 'Teks alternatif (wajib)' })).toHaveValue(bodyAlt)

  // Autosave: a few seconds after typing stops, with the article's own address and focus kept.
  await expect(saved(page)).toBeVisible({ timeout: 15_000 })
  await expect(page).toHaveURL(/\/staff\/desk\/\d+$/)
  const id = Number(page.url().split('/').pop())

  // A writer sees no publish button, and a forged publish intent is refused by the server.
  await expect(page.getByRole('button', { name: 'Terbitkan' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Jadwalkan' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Simpan draf' }).evaluate((button: HTMLButtonElement) => (button.value = 'publish'))
  await page.getByRole('button', { name: 'Simpan draf' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /editor/ })).toBeVisible()

  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click()
  await expect(page.getByText('Ditinjau', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ajukan untuk ditinjau' })).toHaveCount(0)

  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/desk-editor-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await page.screenshot({ path: `${SHOTS}/desk-editor-390.png`, fullPage: true })

  // The editor finds it under Ditinjau and publishes it.
  const desk = await signedInPage(browser, editor, '/staff/desk?status=review')
  // The newsroom's landing page counts the desk's queues and links to them.
  await desk.goto('/staff')
  const inReview = desk.getByRole('list', { name: 'Meja redaksi' }).getByRole('link', { name: /Ditinjau/ })
  await expect(inReview).toHaveAttribute('href', '/staff/desk?status=review')
  expect(Number(await inReview.locator('span').first().textContent())).toBeGreaterThan(0)
  expect(await axeViolations(desk)).toEqual([])
  for (const width of [390, 1280]) {
    await desk.setViewportSize({ width, height: 900 })
    await desk.screenshot({ path: `${SHOTS}/staff-home-${width}.png`, fullPage: true })
  }
  await inReview.click()
  await expect(desk).toHaveURL(/\/staff\/desk\?status=review$/)
  const row = desk.getByRole('listitem').filter({ hasText: title })
  await expect(row).toBeVisible()
  expect(await axeViolations(desk)).toEqual([])
  await desk.screenshot({ path: `${SHOTS}/desk-list-1280.png`, fullPage: true })
  await desk.setViewportSize({ width: 390, height: 844 })
  await desk.reload()
  await desk.screenshot({ path: `${SHOTS}/desk-list-390.png`, fullPage: true })
  await desk.setViewportSize({ width: 1280, height: 900 })
  await row.getByRole('link', { name: title }).click()
  await expect(desk).toHaveURL(new RegExp(`/staff/desk/${id}$`))
  const reader = await (await browser.newContext()).newPage()
  await desk.getByRole('button', { name: 'Terbitkan' }).click()
  await expect(desk.getByRole('button', { name: 'Perbarui' })).toBeVisible()
  const answered = Date.now()
  await expect(desk.getByText('Terbit', { exact: true }).first()).toBeVisible()

  // An anonymous reader sees it on the home page within 2 s of the answer, and search finds it.
  await expect(async () => {
    expect(await (await reader.request.get('/')).text()).toContain(title)
  }).toPass({ timeout: 20_000, intervals: [200] })
  expect(Date.now() - answered, 'milliseconds until the home page listed it').toBeLessThan(2_000)
  await reader.goto('/')
  await reader.getByRole('link', { name: title }).first().click()
  // The hero from the media library and the body image are on the page; the home page shows the hero too.
  await expect(reader.getByRole('img', { name: heroAlt }).first()).toBeVisible()
  await expect(reader.getByRole('img', { name: bodyAlt }).first()).toBeVisible()
  const articleUrl = new URL(reader.url()).pathname
  // No editor code on a reading page; the desk's editor page does load it (so the check can fail).
  const scriptsOf = (page: Page) => page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src))
  const withEditor = async (page: Page) => {
    const sources = await Promise.all((await scriptsOf(page)).map(async (src) => (await page.request.get(src)).text()))
    return sources.filter((source) => source.includes('ProseMirror')).length
  }
  expect(await withEditor(reader)).toBe(0)
  expect(await withEditor(desk)).toBeGreaterThan(0)
  await reader.goto(`/search?q=${encodeURIComponent(`pesisir utara ${stamp}`)}`)
  await expect(reader.getByRole('link', { name: title }).first()).toBeVisible()

  // A published article keeps its address when its title changes (the slug no longer follows it).
  const slug = await desk.getByLabel('Slug').inputValue()
  await desk.getByLabel('Judul', { exact: true }).fill(`${title} diperbarui`)
  await expect(desk.getByLabel('Slug')).toHaveValue(slug)

  // The editor takes it down on record: its address answers 410 with the reason, and it leaves the home page.
  desk.once('dialog', (dialog) => dialog.accept())
  await desk.getByText('Turunkan artikel…').click()
  await desk.getByLabel('Alasan').selectOption({ label: 'Keputusan Dewan Pers' })
  await desk.getByLabel('Catatan').fill('Putusan Dewan Pers atas aduan narasumber.')
  await desk.getByRole('button', { name: 'Turunkan', exact: true }).click()
  await expect(async () => {
    const gone = await reader.request.get(articleUrl)
    expect(gone.status()).toBe(410)
    expect(await gone.text()).toContain('Keputusan Dewan Pers')
    expect(await (await reader.request.get('/')).text()).not.toContain(title)
  }).toPass({ timeout: 20_000, intervals: [500] })
})

test('two people on one article: presence shows and the stale save is refused with who saved', async ({ browser }) => {
  test.setTimeout(120_000)
  const first = await makeUser({ role: 'editor' })
  const second = await makeUser({ role: 'editor' })
  const a = await signedInPage(browser, first, '/staff/desk/new')
  const title = `Harga cabai naik ${Date.now()}`
  const id = await draft(a, title)

  const b = await signedInPage(browser, second, `/staff/desk/${id}`)
  await expect(b.getByText(`Juga dibuka oleh: ${first.displayName}`)).toBeVisible()

  // The first saves; the second, still on the older version, is refused and autosave stops.
  await a.getByLabel('Judul', { exact: true }).fill(`${title} di pasar`)
  await a.getByRole('button', { name: 'Simpan draf' }).click()
  await expect(a.getByRole('status').filter({ hasText: /./ }).first()).toBeVisible()
  await b.getByLabel('Dek (ringkasan)').fill('Versi orang kedua.')
  await b.getByRole('button', { name: 'Simpan draf' }).click()
  const conflict = b.getByRole('alert').filter({ hasText: 'sudah diubah orang lain' })
  await expect(conflict).toBeVisible()
  await expect(conflict).toContainText(first.displayName)

  // Both saves are in the revisions, the refused one marked; two are compared and one restored.
  await b.goto(`/staff/desk/${id}/revisi`)
  await expect(b.getByRole('cell', { name: 'Tidak diterapkan (bentrok)' })).toBeVisible()
  expect(await axeViolations(b)).toEqual([])
  await b.getByRole('button', { name: 'Bandingkan' }).click()
  await expect(b.getByRole('heading', { name: /→ versi/ })).toBeVisible()
  await expect(b.getByText('ditambahkan:', { exact: false }).first()).toBeAttached()
  const oldest = b.locator('tbody tr').last()
  await oldest.getByRole('radio').first().check()
  await b
    .locator('tbody tr')
    .filter({ has: b.getByRole('cell', { name: '2', exact: true }) })
    .getByRole('radio')
    .nth(1)
    .check()
  await b.getByRole('button', { name: 'Bandingkan' }).click()
  await expect(b.getByRole('definition').filter({ hasText: `${title} di pasar` })).toBeVisible()
  await b.getByRole('button', { name: /Pulihkan revisi ini \(versi 1\)/ }).click()
  await expect(b).toHaveURL(new RegExp(`/staff/desk/${id}\\?pesan=`))
  await expect(b.getByLabel('Judul', { exact: true })).toHaveValue(title)
})

test('a preview link shows the draft to someone without an account; a tampered one is a 404', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const writer = await makeUser({ role: 'writer' })
  await signIn(page, writer, '/staff/desk/new')
  const title = `Pratinjau jalan tol baru ${Date.now()}`
  await draft(page, title)
  await page.getByRole('button', { name: 'Pratinjau' }).click()
  const link = page.getByLabel(/Tautan pratinjau/)
  await expect(link).toHaveValue(/\/pratinjau\/.+/)
  const url = await link.inputValue()
  const id = Number(page.url().split('/').pop())

  // Another writer cannot open this draft or its revisions.
  const other = await browser.newPage()
  await signIn(other, await makeUser({ role: 'writer' }), '/staff/desk')
  expect((await other.goto(`/staff/desk/${id}`))?.status()).toBe(404)
  expect((await other.goto(`/staff/desk/${id}/revisi`))?.status()).toBe(404)

  const stranger = await (await browser.newContext()).newPage()
  const response = await stranger.goto(url)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['cache-control']).toMatch(/no-store/)
  await expect(stranger.getByText('Pratinjau — belum terbit', { exact: false })).toBeVisible()
  await expect(stranger.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(stranger.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(stranger.getByRole('textbox', { name: /komentar/i })).toHaveCount(0)

  // One character of the signed payload changed: the signature no longer matches.
  const token = url.split('/pratinjau/')[1] ?? ''
  const at = Math.floor(token.indexOf('.') / 2)
  const tampered = `${url.split('/pratinjau/')[0]}/pratinjau/${token.slice(0, at)}${token[at] === 'x' ? 'y' : 'x'}${token.slice(at + 1)}`
  const refused = await stranger.goto(tampered)
  expect(refused?.status()).toBe(404)
  await expect(stranger.getByRole('heading', { name: 'Pratinjau tidak ditemukan' })).toBeVisible()
  expect((await stranger.goto('/pratinjau/bukan-token'))?.status()).toBe(404)
})

test('the desk is closed to readers, and bad filters are ignored rather than failing', async ({ page }) => {
  const reader = await makeUser()
  await signIn(page, reader, '/')
  expect((await page.goto('/staff/desk'))?.status()).toBe(404)
  expect((await page.goto('/staff/desk/1'))?.status()).toBe(404)

  const writer = await makeUser({ role: 'writer' })
  await page.context().clearCookies()
  await signIn(page, writer, '/staff/desk')
  for (const query of ['status=terbang', 'kategori=-1', 'penulis=abc', 'halaman=0', `q=${'x'.repeat(5000)}`, 'kategori=99999999999']) {
    const response = await page.goto(`/staff/desk?${query}`)
    expect(response?.status(), query).toBe(200)
    await expect(page.getByRole('heading', { name: 'Meja redaksi' })).toBeVisible()
  }
  expect((await page.goto('/staff/desk/abc'))?.status()).toBe(404)
  expect((await page.goto('/staff/desk/999999999'))?.status()).toBe(404)
  expect((await page.goto('/staff/desk/1/revisi?a=x&b=%00'))?.status()).toBeLessThan(500)
})
