import http from 'node:http'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { E2E_DATABASE } from '../e2e/fixtures'
import { seedPath } from '../e2e/seed'

// Hostile requests against the production server (scripts/serve-next.ts): each gets a 4xx with
// words, none a 500, and none can buy views by naming itself in X-Forwarded-For.
const port = Number(process.env.E2E_PORT ?? 3100)
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36'

type Sent = { status: number; text: string; sentBytes: number; ms: number; closed: boolean }

/**
 * A chunked POST of up to `totalBytes` (no Content-Length), written only as fast as the server
 * reads it; stops writing as soon as an answer arrives.
 */
function chunkedPost(path: string, totalBytes: number, headers: Record<string, string> = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    let sentBytes = 0
    let answered = false
    const chunk = Buffer.alloc(64 * 1024, 'x')
    const request = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'user-agent': BROWSER, ...headers } },
      (response) => {
        answered = true
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (part: string) => (text += part))
        response.on('end', () => {
          const status = response.statusCode ?? 0
          const closed = response.headers.connection === 'close'
          request.destroy()
          resolve({ status, text, sentBytes, ms: Date.now() - started, closed })
        })
      },
    )
    request.on('error', (error) => (answered ? undefined : reject(error)))
    const write = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length
        if (!request.write(chunk)) return void request.once('drain', write)
      }
      if (!answered) request.end()
    }
    write()
  })
}

function rawRequest(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (part: string) => (text += part))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

test('bad percent-encoding in a path is a 400, not a 500', async () => {
  for (const path of ['/news/%ff%fe', '/jobs/%c0%af', '/news/internasional/%e0%a4%a']) {
    const response = await rawRequest(path)
    expect(response.status, path).toBe(400)
    expect(response.text, path).toMatch(/Alamat tidak valid/)
  }
})

test('a plain form posted from another site is a 403 with words', async () => {
  const response = await rawRequest(
    '/login',
    'POST',
    { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    'email=a%40b.c&password=x',
  )
  expect(response.status).toBe(403)
  expect(response.text).toMatch(/dari situs FAKTA sendiri/)
  // A multipart form, which Next takes for a form action, and a foreign page's null origin.
  const boundary = '----fakta'
  const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--${boundary}--\r\n`
  for (const origin of ['https://evil.example', 'null']) {
    const form = await rawRequest('/login', 'POST', { origin, 'content-type': `multipart/form-data; boundary=${boundary}` }, multipart)
    expect(form.status, origin).toBe(403)
  }
})

test('an oversize server-action body sent chunked is a 413', async () => {
  const response = await chunkedPost(seedPath, 6 * 1024 * 1024, {
    'next-action': 'a'.repeat(42),
    'content-type': 'text/plain;charset=UTF-8',
    accept: 'text/x-component',
  })
  expect(response.status).toBe(413)
  expect(response.text).toMatch(/terlalu besar/)
})

test('a chunked body within the cap is handed on whole, as if it had a length', async () => {
  const headers = { 'next-action': 'a'.repeat(42), 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' }
  const withLength = await rawRequest(seedPath, 'POST', { ...headers, 'content-length': '2' }, '[]')
  const chunked = await chunkedPost(seedPath, 64 * 1024, headers)
  expect(chunked.status).toBe(withLength.status)
  expect(chunked.status).toBeLessThan(500)
})

test('a view beacon past its cap is refused with 413 without reading the rest', async () => {
  const declared = await rawRequest('/api/views', 'POST', {
    'content-type': 'application/json',
    'content-length': String(200 * 1024 * 1024),
    'user-agent': BROWSER,
  })
  expect(declared.status).toBe(413)

  // 20 MB offered chunked: the answer comes long before the body could have been read, and the
  // connection closes instead of draining the rest.
  const chunked = await chunkedPost('/api/views', 20 * 1024 * 1024, { 'content-type': 'application/json' })
  expect(chunked.status).toBe(413)
  expect(chunked.text).toMatch(/terlalu besar/)
  expect(chunked.closed).toBe(true)
  expect(chunked.sentBytes).toBeLessThan(8 * 1024 * 1024)
  expect(chunked.ms).toBeLessThan(5000)
})

test('rotating X-Forwarded-For does not buy views: 300 beacons from one client count once', async () => {
  test.setTimeout(60_000)
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true })
  const idOf = (slug: string | undefined) => (db.prepare('select id from articles where slug = ?').get(slug) as { id: number }).id
  const id = idOf(seedPath.split('/').at(-1))
  // An article no browser test opens: its one beacon shows when the buffer has been written.
  const marker = idOf('bpjs-kesehatan-kelas-rawat-inap-standar-diterapkan-bertahap')
  const views = (article: number) =>
    (db.prepare('select coalesce(sum(views), 0) as n from article_views where article_id = ?').get(article) as { n: number }).n
  const before = views(id)
  const markerBefore = views(marker)
  for (let i = 0; i < 300; i++) {
    const response = await rawRequest(
      '/api/views',
      'POST',
      { 'content-type': 'application/json', 'user-agent': BROWSER, 'x-forwarded-for': `198.51.${i % 250}.${i % 7}` },
      JSON.stringify({ id }),
    )
    expect(response.status).toBe(204)
  }
  expect(
    (await rawRequest('/api/views', 'POST', { 'content-type': 'application/json', 'user-agent': BROWSER }, JSON.stringify({ id: marker })))
      .status,
  ).toBe(204)
  // The buffer is written every 10 s, all of it at once: once the marker's view is in, so are the 300.
  await expect.poll(() => views(marker), { timeout: 30_000 }).toBe(markerBefore + 1)
  expect(views(id) - before).toBeLessThanOrEqual(1)
  db.close()
})
