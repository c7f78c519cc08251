import { expect, test, type Page } from '@playwright/test'
import { makeUser, PASSWORD } from './fixtures'

async function register(page: Page, values: { email: string; displayName: string; password: string }) {
  await page.goto('/register')
  // What the server does with any value is the point, so the browser's own limits are lifted.
  await page.locator('input[maxlength]').evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute('maxlength')))
  await page.getByLabel('Email').fill(values.email)
  await page.getByLabel('Nama tampilan').fill(values.displayName)
  await page.getByLabel('Kata sandi').fill(values.password)
  await page.getByRole('button', { name: 'Daftar' }).click()
}

const cases: [string, { email?: string; displayName?: string; password?: string }, RegExp][] = [
  ['empty fields', { email: '', displayName: '', password: '' }, /Email wajib diisi\./],
  ['a quoted local part', { email: '"a@evil"@victim.com' }, /Alamat email tidak valid\./],
  ['a 300-character email', { email: `${'a'.repeat(290)}@contoh.id` }, /Email terlalu panjang\./],
  ['a NUL byte in the email', { email: 'nul\u0000@contoh.id' }, /Alamat email tidak valid\./],
  ['HTML in the display name', { displayName: '<script>alert(1)</script>' }, /tidak boleh berisi tanda < atau >/],
  ['a staff-like display name', { displayName: 'Redaksi FAKTA' }, /menyerupai nama staf/],
  ['a short password', { password: 'pendek' }, /minimal 12 karakter/],
  ['a common password', { password: 'password123456' }, /terlalu mudah ditebak/],
  ['a 1 MB password', { password: 'a'.repeat(1024 * 1024) }, /maksimal 256 karakter/],
]

for (const [name, values, message] of cases) {
  test(`registration refuses ${name} with a clear message and stores nothing`, async ({ page }) => {
    const email = values.email ?? `tolak${Date.now()}@contoh.id`
    await register(page, { email, displayName: values.displayName ?? 'Pembaca Teliti', password: values.password ?? PASSWORD })
    await expect(page.getByText(message).first()).toBeVisible()
    await expect(page).toHaveURL(/\/register/)
    if (values.email === undefined) {
      // The email is still free: registering it properly works.
      await register(page, { email, displayName: 'Pembaca Teliti', password: PASSWORD })
      await expect(page).toHaveURL('/')
    }
  })
}

test('a duplicate email is refused', async ({ page }) => {
  const user = await makeUser()
  await register(page, { email: user.email, displayName: 'Pembaca Lain', password: PASSWORD })
  await expect(page.getByText('Email ini sudah terdaftar. Silakan masuk.')).toBeVisible()
})

for (const target of ['https://evil.com', '//evil.com', '/\\evil.com', 'javascript:alert(1)']) {
  test(`callbackUrl ${target} goes home after sign-in`, async ({ page }) => {
    const user = await makeUser()
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`)
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Kata sandi').fill(user.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page).toHaveURL('/')
  })
}

test('a sign-in action replayed from a foreign origin is refused with a 403', async ({ page }) => {
  const user = await makeUser()
  let captured: { url: string; headers: Record<string, string>; body: Buffer | null } | undefined
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/login')) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() }
    }
  })
  await page.goto('/login')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Kata sandi').fill(user.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page).toHaveURL('/')
  expect(captured).toBeDefined()
  if (!captured) return

  const headers: Record<string, string> = { ...captured.headers, origin: 'https://evil.example' }
  delete headers['content-length']
  delete headers.cookie
  const replay = await page.request.fetch(captured.url, { method: 'POST', headers, data: captured.body ?? undefined })
  expect(replay.status()).toBe(403)
  expect(await replay.text()).toContain('Permintaan ditolak')
  expect(replay.headers()['set-cookie'] ?? '').not.toContain('authjs.session-token')
})
