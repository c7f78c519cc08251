import { expect, test } from '@playwright/test'

// The sign-in throttle keys on the client's address. A client that names itself anew in
// X-Forwarded-For on every attempt is still one client: the production server reads the socket
// (TRUST_PROXY is off) and ignores the header.
test('rotating X-Forwarded-For does not reset the sign-in throttle', async ({ page }) => {
  const email = `tebak-${Date.now()}@contoh.test`
  await page.goto('/login')
  const message = page.getByText(/Terlalu banyak percobaan masuk/)
  for (let attempt = 0; attempt < 7; attempt++) {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${attempt + 1}` })
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Kata sandi').fill(`salah-${attempt}-sandi`)
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/login'))
    await page.getByRole('button', { name: 'Masuk' }).click()
    await answered
    // The answer is on screen (and the form reset) once the button is enabled again; filling the
    // next attempt before that loses the password to the reset.
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled()
    await expect(page.getByText(/kata sandi salah|Terlalu banyak percobaan/).first()).toBeVisible()
    if (await message.isVisible()) break
  }
  await expect(message).toBeVisible()
})
