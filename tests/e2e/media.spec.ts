import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { axeViolations } from './axe'
import { makeUser, signIn } from './fixtures'

const SHOTS = '/tmp/shots-media'

test('an editor uploads an image with alt text and finds it in the library, with its crops', async ({ page }) => {
  // An upload encodes up to 27 files, and axe runs twice: more than the default on a busy machine.
  test.setTimeout(120_000)
  const editor = await makeUser({ role: 'editor' })
  await signIn(page, editor, '/staff/media')
  await page.goto('/staff/media')
  await expect(page.getByRole('link', { name: 'Gambar' })).toBeVisible()

  const stamp = Date.now()
  const alt = `Perahu nelayan di Teluk Jakarta ${stamp}`
  const jpeg = await sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: (stamp % 200) + 20, g: 110, b: 140 } } })
    .composite([{ input: { create: { width: 300, height: 300, channels: 3, background: '#f2c14e' } }, left: 950, top: 150 }])
    .jpeg()
    .toBuffer()
  await page.getByLabel(/Berkas gambar/).setInputFiles({ name: 'perahu.jpg', mimeType: 'image/jpeg', buffer: jpeg })
  await page.getByLabel('Teks alternatif (wajib)').fill(alt)
  await page.getByLabel('Kredit').fill('FAKTA/Uji')
  await page.getByLabel(/Mendatar/).fill('0.78')
  await page.getByRole('button', { name: 'Unggah gambar' }).click()
  await expect(page.getByRole('status')).toHaveText(/Gambar #\d+ diunggah\./)

  const card = page.getByRole('listitem').filter({ hasText: alt })
  await expect(card.getByRole('img', { name: alt })).toHaveCount(3)
  const src = await card
    .getByRole('img', { name: alt })
    .first()
    .evaluate((img: HTMLImageElement) => img.currentSrc)
  expect(src).toMatch(/\/media\/[0-9a-f]{32}-full-\d+\.(avif|webp|jpg)$/)
  const file = await page.request.get(src)
  expect(file.status()).toBe(200)
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable')

  // A file that is not an image comes back with words, and the form is still there.
  await page
    .getByLabel(/Berkas gambar/)
    .setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ\x90\0bukan gambar') })
  await page.getByLabel('Teks alternatif (wajib)').fill('Bukan gambar')
  await page.getByRole('button', { name: 'Unggah gambar' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'bukan gambar yang dikenali' })).toBeVisible()

  expect(await axeViolations(page)).toEqual([])
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/staff-media-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/staff/media')
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/staff-media-390.png`, fullPage: true })

  await page.goto('/staff/audit?tindakan=media')
  await expect(page.getByRole('cell', { name: alt, exact: false }).first()).toBeVisible()
})

test('a reader gets a 404 on the library', async ({ page }) => {
  const reader = await makeUser()
  await signIn(page, reader)
  const response = await page.goto('/staff/media')
  expect(response?.status()).toBe(404)
})
