import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { etagMatches, notModifiedWhenFresh } from './conditional'

describe('etagMatches', () => {
  it.each([
    ['"abc"', '"abc"', true],
    ['W/"abc"', '"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['"x", "abc"', '"abc"', true],
    ['*', '"abc"', true],
    ['"abd"', '"abc"', false],
    ['abc', '"abc"', false],
    ['', '"abc"', false],
  ])('%s against %s', (header, etag, expected) => expect(etagMatches(header, etag)).toBe(expected))
})

// A server shaped like the app's route handlers: headers set one by one, then the body written.
let server: http.Server
let base = ''
beforeAll(async () => {
  server = http.createServer((req, res) => {
    notModifiedWhenFresh(req, res)
    const status = req.url === '/missing' ? 404 : 200
    res.statusCode = status
    res.setHeader('Content-Type', 'application/json')
    if (req.url !== '/no-etag') res.setHeader('ETag', '"v1"')
    res.write('{"count":')
    res.end('1}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('notModifiedWhenFresh', () => {
  it('answers 304 without a body when the ETag still matches, and the whole body otherwise', async () => {
    const fresh = await fetch(`${base}/komentar`, { headers: { 'If-None-Match': '"v1"' } })
    expect(fresh.status).toBe(304)
    expect(fresh.headers.get('etag')).toBe('"v1"')
    expect(await fresh.text()).toBe('')
    const changed = await fetch(`${base}/komentar`, { headers: { 'If-None-Match': '"v0"' } })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toBe('{"count":1}')
    expect((await fetch(`${base}/komentar`)).status).toBe(200)
  })

  it('leaves errors, responses without an ETag and writes alone', async () => {
    expect((await fetch(`${base}/missing`, { headers: { 'If-None-Match': '"v1"' } })).status).toBe(404)
    expect((await fetch(`${base}/no-etag`, { headers: { 'If-None-Match': '"v1"' } })).status).toBe(200)
    const post = await fetch(`${base}/komentar`, { method: 'POST', headers: { 'If-None-Match': '"v1"' } })
    expect(post.status).toBe(200)
    expect(await post.text()).toBe('{"count":1}')
  })
})
