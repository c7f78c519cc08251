import { expect, test, type APIRequestContext } from '@playwright/test'
import { seedPath } from './seed'

async function statements(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { ok: boolean; statements: number }
  expect(body.ok).toBe(true)
  return body.statements
}

/**
 * Asks for the pages until one whole round of requests runs no SQL: the health check's own
 * `select 1` is the only statement between the two counter reads.
 *
 * A single round is not proof either way. The pages were prerendered by the build, and a build
 * older than a page's revalidate window (5 minutes: a slow build, a reused build, a long run
 * before this spec) makes Next serve the stale copy and render a new one in the background, whose
 * statements land in whichever round is running then. Once regenerated, a page is fresh for the
 * whole window, so a later round must be silent; a page that reads the database on every request
 * never gets one and fails.
 */
async function expectWarmRoundWithoutSql(request: APIRequestContext, round: () => Promise<void>) {
  await expect(async () => {
    const before = await statements(request)
    await round()
    expect((await statements(request)) - before).toBe(1)
  }).toPass({ timeout: 30_000 })
}

test('an anonymous article request on a warm cache runs no SQL and is cacheable by a CDN', async ({ request }) => {
  const first = await request.get(seedPath)
  expect(first.status()).toBe(200)
  expect(first.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  expect(first.headers()['set-cookie']).toBeUndefined()

  await expectWarmRoundWithoutSql(request, async () => {
    for (let i = 0; i < 5; i++) {
      const response = await request.get(seedPath)
      expect(response.status()).toBe(200)
      expect(await response.text()).toContain('Komentar (0)')
    }
    for (const path of ['/', '/news', '/news/internasional']) expect((await request.get(path)).status()).toBe(200)
  })
})

test('the vertical pages are cached the same way: a warm cache runs no SQL', async ({ request }) => {
  const paths = [
    '/data',
    '/data/pertumbuhan-ekonomi-indonesia-sempat-minus-kini-kembali-di-kisaran-5-persen',
    '/data/csv/pertumbuhan-ekonomi-indonesia-2015-2023',
    '/interaktif',
    '/interaktif/jajak-pendapat-masa-depan-ppdb-jalur-zonasi',
    '/pointer',
    '/program',
    '/jobs',
    '/data/rss.xml',
  ]
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['set-cookie'], path).toBeUndefined()
  }
  await expectWarmRoundWithoutSql(request, async () => {
    for (const path of paths) expect((await request.get(path)).status(), path).toBe(200)
  })
})

test('a page that was never rendered does run SQL, so the counter is live', async ({ request }) => {
  const before = await statements(request)
  // A tag that no run has asked for yet: the page must look it up.
  expect((await request.get(`/tag/belum-ada-${Date.now()}`)).status()).toBe(404)
  expect((await statements(request)) - before).toBeGreaterThan(1)
})

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/login', '/api/me', '/tidak-ada']) {
    const headers = (await request.get(path)).headers()
    expect(headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(headers['content-security-policy']).toMatch(/object-src 'none'/)
    expect(headers['content-security-policy']).toMatch(/form-action 'self'/)
    // Only the click-to-play Program players may be framed from another origin.
    expect(headers['content-security-policy']?.replace(/frame-src [^;]+/, '')).not.toMatch(/https?:\/\//)
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/)
  }
})
