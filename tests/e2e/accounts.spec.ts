import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { makeUser, PASSWORD, setUserStatus, signIn } from './fixtures'
import { seedPath } from './seed'
import { axeViolations } from './axe'

const accountMenu = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Akun' })

test('a new reader registers from an article, returns to it, signs out and signs back in', async ({ page }) => {
  const email = `baru${Date.now()}@contoh.id`
  await page.goto(seedPath)
  await page.getByRole('link', { name: 'Login to comment on this news' }).click()
  await expect(page).toHaveURL(/\/login\?callbackUrl=/)
  await page.getByRole('main').getByRole('link', { name: 'Daftar' }).click()
  // The sign-in page has an Email field too: wait for the registration form before typing.
  await expect(page).toHaveURL(/\/register\?callbackUrl=/)
  await expect(page.getByRole('textbox', { name: 'Nama tampilan' })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByRole('textbox', { name: 'Nama tampilan' }).fill('Rina Kusuma')
  await page.getByLabel('Kata sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Daftar' }).click()

  await expect(page).toHaveURL(seedPath)
  await expect(accountMenu(page).getByRole('link', { name: /Rina Kusuma/ })).toBeVisible()

  await accountMenu(page).getByRole('button', { name: 'Keluar' }).click()
  await expect(accountMenu(page).getByRole('link', { name: 'Masuk' })).toBeVisible()

  await page.goto(seedPath)
  await accountMenu(page).getByRole('link', { name: 'Masuk' }).click()
  await page.getByLabel('Email').fill(email.toUpperCase())
  await page.getByLabel('Kata sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).toHaveURL(seedPath)
  await expect(accountMenu(page).getByRole('link', { name: /Rina Kusuma/ })).toBeVisible()
})

test('a wrong password and an unknown email get the same message, and the email stays filled in', async ({ page }) => {
  const user = await makeUser()
  for (const email of [user.email, `tidak-ada-${Date.now()}@contoh.id`]) {
    await page.goto('/login')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Kata sandi').fill('bukan kata sandi yang benar')
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page.getByText('Email atau kata sandi salah.')).toBeVisible()
    await expect(page.getByLabel('Email')).toHaveValue(email)
    await expect(page.getByLabel('Kata sandi')).toHaveValue('')
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader signs in with the plain form and lands on the article', async ({ page }) => {
    const user = await makeUser()
    await page.goto(`/login?callbackUrl=${encodeURIComponent(seedPath)}`)
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Kata sandi').fill('salah salah salah salah')
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page.getByText('Email atau kata sandi salah.')).toBeVisible()
    await page.getByLabel('Kata sandi').fill(user.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page).toHaveURL(seedPath)
    await page.goto('/account')
    await expect(page.getByText(`Masuk sebagai ${user.displayName}`)).toBeVisible()
  })
})

test('sign-in is slowed down after repeated failures, with a clear wait', async ({ page }) => {
  const user = await makeUser()
  await page.goto('/login')
  await page.getByLabel('Email').fill(user.email)
  for (let i = 0; i < 6; i++) {
    await page.getByLabel('Kata sandi').fill(`salah nomor ${i} sekali lagi`)
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Masuk' }).click(),
    ])
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled()
  }
  await expect(page.getByText(/Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ (detik|menit)\./)).toBeVisible()
  // Even the right password waits.
  await page.getByLabel('Kata sandi').fill(user.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByText(/Terlalu banyak percobaan masuk/)).toBeVisible()
  await expect(page).toHaveURL(/\/login/)
})

test('the account page changes the name and the password, exports data and deletes the account', async ({ page }) => {
  const user = await makeUser()
  await signIn(page, user)
  await page.goto('/account')

  await page.getByRole('textbox', { name: 'Nama tampilan' }).fill('Dewi Lestari')
  await page.getByRole('button', { name: 'Simpan nama' }).click()
  await expect(page.getByText('Nama tampilan disimpan.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('Masuk sebagai Dewi Lestari')).toBeVisible()

  await page.getByRole('textbox', { name: 'Nama tampilan' }).fill('<b>Admin</b>')
  await page.getByRole('button', { name: 'Simpan nama' }).click()
  await expect(page.getByText(/tidak boleh berisi tanda < atau >/).first()).toBeVisible()

  await page.getByLabel('Kata sandi saat ini').fill('bukan yang sekarang ini')
  await page.getByLabel('Kata sandi baru').fill('lembayung senja di ujung dermaga')
  await page.getByRole('button', { name: 'Ubah kata sandi' }).click()
  await expect(page.getByText('Kata sandi saat ini salah.').first()).toBeVisible()
  await page.getByLabel('Kata sandi saat ini').fill(PASSWORD)
  await page.getByLabel('Kata sandi baru').fill('password1234')
  await page.getByRole('button', { name: 'Ubah kata sandi' }).click()
  await expect(page.getByText(/terlalu mudah ditebak/).first()).toBeVisible()
  await page.getByLabel('Kata sandi saat ini').fill(PASSWORD)
  await page.getByLabel('Kata sandi baru').fill('lembayung senja di ujung dermaga')
  await page.getByRole('button', { name: 'Ubah kata sandi' }).click()
  await expect(page.getByText('Kata sandi diubah. Sesi di perangkat lain sudah diakhiri.')).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Unduh data saya (JSON)' }).click()
  const file = await (await download).path()
  const data = JSON.parse(fs.readFileSync(file, 'utf8'))
  expect(data.profile).toMatchObject({ email: user.email, displayName: 'Dewi Lestari' })
  expect(JSON.stringify(data)).not.toMatch(/argon2|password/i)

  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('lembayung senja di ujung dermaga')
  await page.getByLabel('Ketik HAPUS untuk memastikan').fill('hapus')
  await page.getByRole('button', { name: 'Hapus akun saya' }).click()
  await expect(page.getByText('Ketik HAPUS untuk memastikan.').first()).toBeVisible()
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('lembayung senja di ujung dermaga')
  await page.getByLabel('Ketik HAPUS untuk memastikan').fill('HAPUS')
  await page.getByRole('button', { name: 'Hapus akun saya' }).click()
  await expect(page).toHaveURL('/?akun=dihapus')

  await page.goto('/login')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Kata sandi').fill('lembayung senja di ujung dermaga')
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByText('Email atau kata sandi salah.')).toBeVisible()
})

test('the session cookie is HttpOnly and SameSite=Lax, and the account page passes axe', async ({ page, context }) => {
  const user = await makeUser()
  await signIn(page, user)
  const session = (await context.cookies()).find((cookie) => cookie.name.includes('session-token'))
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  await page.goto('/account')
  expect(await axeViolations(page)).toEqual([])
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `tests/artifacts/screenshots/account-${width}.png`, fullPage: true })
  }
})

test('a suspended reader is told why and until when', async ({ page }) => {
  const user = await makeUser({ status: 'suspended', suspendedUntil: new Date('2099-01-01T03:00:00Z') })
  await signIn(page, user)
  await page.goto('/account')
  await expect(page.getByText(/^Akun Anda ditangguhkan hingga Kamis, 1 Januari 2099 10:00 WIB\./)).toBeVisible()
})

test('a ban ends the existing session on the next request, and the banned user cannot sign in', async ({ page }) => {
  const user = await makeUser()
  await signIn(page, user)
  await page.goto('/account')
  await expect(page.getByText(`Masuk sebagai ${user.displayName}`)).toBeVisible()

  setUserStatus(user.id, 'banned')
  await page.goto('/account')
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/)

  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Kata sandi').fill(user.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByText(/Akun ini diblokir/)).toBeVisible()
})

test('signing out ends the session everywhere', async ({ browser }) => {
  const user = await makeUser()
  const first = await browser.newPage()
  const second = await browser.newPage()
  await signIn(first, user)
  await signIn(second, user)
  await first.goto('/account')
  await first.getByRole('button', { name: 'Keluar dari semua perangkat' }).click()
  await expect(first).toHaveURL('/')
  await second.goto('/account')
  await expect(second).toHaveURL(/\/login/)
})

test('staff pages are for staff only, decided on the server', async ({ page }) => {
  const reader = await makeUser()
  const moderator = await makeUser({ role: 'moderator', displayName: `Moderator Uji ${Date.now()}` })
  expect((await page.goto('/staff'))?.status()).toBe(404)
  await signIn(page, reader)
  expect((await page.goto('/staff'))?.status()).toBe(404)
  await accountMenu(page).getByRole('button', { name: 'Keluar' }).click()
  await expect(accountMenu(page).getByRole('link', { name: 'Masuk' })).toBeVisible()
  await signIn(page, moderator)
  expect((await page.goto('/staff'))?.status()).toBe(200)
  await expect(page.getByRole('heading', { name: 'Ruang Redaksi' })).toBeVisible()
  await page.goto(seedPath)
  await expect(accountMenu(page).getByRole('link', { name: 'Redaksi' })).toBeVisible()
})

test('the who-am-I route answers privately and the article stays the same for everyone', async ({ page, request }) => {
  const anonymous = await request.get('/api/me')
  expect(await anonymous.json()).toEqual({ signedIn: false })
  expect(anonymous.headers()['cache-control']).toContain('no-store')
  const before = await (await request.get(seedPath)).text()

  const user = await makeUser()
  await signIn(page, user)
  const me = await page.request.get('/api/me')
  expect(await me.json()).toMatchObject({ signedIn: true, name: user.displayName, staff: false })
  expect(JSON.stringify(await me.json())).not.toContain(user.email)
  const signedIn = await page.request.get(seedPath)
  expect(signedIn.headers()['cache-control']).toMatch(/s-maxage/)
  expect(await signedIn.text()).not.toContain(user.displayName)
  expect(before).not.toContain(user.displayName)
})

test('a signed-in reader’s article asks who they are once, for the header and the comments together', async ({ page }) => {
  const user = await makeUser()
  await signIn(page, user)
  const asked: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/me') asked.push(request.url())
  })
  await page.goto(seedPath)
  await expect(accountMenu(page).getByRole('button', { name: 'Keluar' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Kirim', exact: true })).toBeVisible()
  expect(asked).toHaveLength(1)
})
