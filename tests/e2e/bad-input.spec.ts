import { expect, test } from '@playwright/test'
import { seedPath } from './seed'

test('an unknown path shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/halaman-yang-tidak-ada')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan')
  await page.getByRole('link', { name: 'Kembali ke beranda' }).click()
  await expect(page).toHaveURL('/')
})

const notFound = [
  '/news/internasional/berita-yang-tidak-ada',
  '/news/kategori-tidak-ada',
  '/news/kategori-tidak-ada/page/2',
  `/news/internasional/${'a'.repeat(5000)}`,
  '/news/%2e%2e/%2e%2e/etc/passwd',
  '/news/internasional/%2e%2e%2f',
  '/news/page/99999',
  '/news/internasional/page/-1',
  '/news/internasional/page/abc',
  '/news/internasional/page/02',
  '/tag/tag-tidak-ada',
  '/tag/NATO',
  '/author/penulis-tidak-ada',
  '/news/Internasional',
]

for (const path of notFound) {
  test(`${path.slice(0, 60)} is a 404, not an error`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status()).toBe(404)
    expect(await response.text()).toContain('Halaman tidak ditemukan')
  })
}

const toFirstPage: [string, string][] = [
  ['/news?page=-1', '/news'],
  ['/news?page=abc', '/news'],
  ['/news?page=1', '/news'],
  ['/news/internasional?page=0', '/news/internasional'],
  ['/tag/nato?page=%00', '/tag/nato'],
]

for (const [path, target] of toFirstPage) {
  test(`${path} goes to the first page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(target)
  })
}

test('?page=2 goes to the static second page and ?page=99999 to a 404', async ({ page, request }) => {
  await page.goto('/news?page=2')
  await expect(page).toHaveURL('/news/page/2')
  const response = await request.get('/news/internasional?page=99999')
  expect(response.status()).toBe(404)
  expect(response.url()).toMatch(/\/news\/internasional\/page\/99999$/)
})

test('page 1 has one address', async ({ page }) => {
  await page.goto('/news/internasional/page/1')
  await expect(page).toHaveURL('/news/internasional')
})

test('the view beacon refuses junk without an error', async ({ request }) => {
  const headers = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36' }
  for (const data of ['', 'not json', '{"id":"1"}', '{"id":-5}', `{"id":1,"x":"${'y'.repeat(500)}"}`]) {
    const response = await request.post('/api/views', { data, headers })
    expect([400, 413]).toContain(response.status())
  }
  expect((await request.post('/api/views', { data: '{"id":999999}', headers })).status()).toBe(204)
  expect((await request.get(seedPath)).status()).toBe(200)
})
