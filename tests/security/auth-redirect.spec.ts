import { expect, test, type Page } from '@playwright/test'
import { makeUser, signIn } from '../e2e/fixtures'

// An attacker's link to our sign-in page must never send the reader off-site afterwards, whatever
// callbackUrl it carries: not after signing in, not when already signed in, not on sign-out.
const tricks = [
  '/..//evil.example',
  '/.%2e//evil.example',
  '/%2f%2fevil.example',
  '/%5cevil.example',
  '/\\evil.example',
  '//evil.example',
  '/\t/evil.example',
  'https://evil.example',
  'http:evil.example',
  '\\\\evil.example',
  '//user@evil.example',
  '／／evil.example',
]

function watchForEvil(page: Page) {
  const seen: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith('evil.example')) seen.push(request.url())
  })
  return seen
}

const origin = (page: Page) => new URL(page.url()).origin

// Twelve sign-ins, and 24 redirects followed by page loads: longer than one page's default budget.
test('the sign-in form with a hostile callbackUrl lands on this site', async ({ page, baseURL }) => {
  test.slow()
  const user = await makeUser()
  const seen = watchForEvil(page)
  for (const target of tricks) {
    await page.context().clearCookies()
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`)
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Kata sandi').fill(user.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page, `after signing in with ${JSON.stringify(target)}`).toHaveURL(`${baseURL}/`)
  }
  expect(seen).toEqual([])
})

test('/login and /register send a signed-in visitor home, never off-site', async ({ page, baseURL }) => {
  test.slow()
  const user = await makeUser()
  await signIn(page, user)
  const seen = watchForEvil(page)
  for (const target of tricks) {
    for (const path of ['/login', '/register']) {
      const url = `${path}?callbackUrl=${encodeURIComponent(target)}`
      const response = await page.request.get(url, { maxRedirects: 0 })
      const location = response.headers()['location']
      expect(location, `${url} redirects`).toBeTruthy()
      expect(new URL(location!, baseURL).href, `${url} -> ${location}`).toBe(`${baseURL}/`)
      await page.goto(url)
      expect(origin(page), url).toBe(baseURL)
    }
  }
  expect(seen).toEqual([])
})

test('sign-out, ours and Auth.js’s own route, stays on this site', async ({ page, baseURL }) => {
  const user = await makeUser()
  await signIn(page, user)
  const seen = watchForEvil(page)
  for (const target of tricks) {
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
    const response = await page.request.post('/api/auth/signout', { form: { csrfToken, callbackUrl: target }, maxRedirects: 0 })
    const location = response.headers()['location']
    // Auth.js names this server by the host it was asked for, which may be localhost.
    const site = new URL(baseURL!)
    const to = new URL(location ?? '/', baseURL)
    expect([site.hostname, 'localhost'], `signout with ${JSON.stringify(target)} -> ${location}`).toContain(to.hostname)
    expect(to.port, `signout with ${JSON.stringify(target)} -> ${location}`).toBe(site.port)
    expect(to.pathname, `signout with ${JSON.stringify(target)} -> ${location}`).toBe('/')
  }

  await signIn(page, user)
  await page.goto(`/?callbackUrl=${encodeURIComponent('//evil.example')}`)
  await page.getByRole('navigation', { name: 'Akun' }).getByRole('button', { name: 'Keluar' }).click()
  await expect(page.getByRole('navigation', { name: 'Akun' }).getByRole('link', { name: 'Masuk' })).toBeVisible()
  expect(origin(page)).toBe(baseURL)
  expect(seen).toEqual([])
})
