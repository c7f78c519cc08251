import { expect, test } from '@playwright/test'
import type { LiveComments } from '@/lib/comments/live'
import { articleIdOf, makeRegular, signIn } from './fixtures'

// An article no other spec comments on.
const SLUG = 'kpk-ingatkan-kepala-daerah-tak-salah-gunakan-bansos-jelang-pilkada'
const ARTICLE = `/news/hukum/${SLUG}`

test('the comment data is shared, public and conditional: the same bytes for everyone, a 304 while unchanged', async ({
  request,
  page,
}) => {
  const path = `/api/comments/${articleIdOf(SLUG)}`
  const first = await request.get(path)
  expect(first.status()).toBe(200)
  expect(first.headers()['content-type']).toContain('application/json')
  expect(first.headers()['set-cookie']).toBeUndefined()
  expect(first.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  const etag = first.headers()['etag']!
  expect(etag).toMatch(/^"[\w-]{27}"$/)

  const again = await request.get(path, { headers: { 'If-None-Match': etag } })
  expect(again.status()).toBe(304)
  expect(await again.body()).toHaveLength(0)
  expect((await request.get(path, { headers: { 'If-None-Match': '"lain"' } })).status()).toBe(200)

  // A signed-in reader gets the very same bytes: nothing about the viewer is in it or cached with it.
  await signIn(page, await makeRegular({ displayName: 'Pembaca Rute' }))
  const signedIn = await page.request.get(path)
  expect(signedIn.headers()['etag']).toBe(etag)
  expect(await signedIn.text()).toBe(await first.text())
  expect(await signedIn.text()).not.toContain('Pembaca Rute')

  for (const bad of ['/api/comments/999999', '/api/comments/abc', '/api/comments/1e3']) {
    const response = await request.get(bad)
    expect(response.status(), bad).toBe(404)
    expect(await response.json()).toEqual({ error: 'Berita tidak ditemukan.' })
  }
})

test('a post answers with the comment alone; the data has it within seconds and the page follows without a blocking render', async ({
  page,
  request,
}) => {
  const path = `/api/comments/${articleIdOf(SLUG)}`
  // Both cached before the post.
  const before = (await (await request.get(path)).json()) as LiveComments
  expect((await request.get(ARTICLE)).status()).toBe(200)

  await signIn(page, await makeRegular(), ARTICLE)
  const title = await page.getByRole('heading', { level: 1 }).innerText()
  const text = `Komentar lewat rute data ${Date.now()}`
  await page
    .locator('#komentar')
    .getByLabel(/Tulis komentar sebagai/)
    .fill(text)
  // The action's answer, read on its way to the page.
  let payload = ''
  await page.route(ARTICLE, async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    const response = await route.fetch()
    payload = await response.text()
    await route.fulfill({ response, body: payload })
  })
  await page.locator('#komentar').getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(page.locator('#komentar').getByRole('status')).toContainText('tayang')
  expect(payload).toContain(text)
  // Before, the answer held the whole article page, rendered again: now the action's result only.
  expect(payload).not.toContain(title)
  expect(payload.length).toBeLessThan(4_000)

  await expect(async () => {
    const now = (await (await request.get(path)).json()) as LiveComments
    expect(now.count).toBe(before.count + 1)
    expect(now.comments[0]?.body).toBe(text)
  }).toPass({ timeout: 5_000 })

  // The anonymous page is never generated while a reader waits: it comes from the cache (stale,
  // then fresh) and has the comment once it was generated again in the background.
  await expect(async () => {
    const response = await request.get(ARTICLE)
    expect(response.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/)
    expect(await response.text()).toContain(text)
  }).toPass({ timeout: 15_000 })
})
