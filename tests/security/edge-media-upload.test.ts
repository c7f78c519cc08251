import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { edgeHandler } from '@/lib/http/edge'
import { BODY_LIMITS, bodyLimitFor } from '@/lib/http/limits'
import { MAX_UPLOAD_BYTES } from '@/lib/media/process'

// The image upload is the one form allowed past 4 MB, and only on its own page.
describe('the upload cap', () => {
  it('fits a 15 MB file with its fields on /staff/media and nowhere else', () => {
    expect(bodyLimitFor('/staff/media')).toBeGreaterThan(MAX_UPLOAD_BYTES)
    expect(bodyLimitFor('/staff/media')).toBeLessThan(16 * 1024 * 1024)
    for (const path of ['/staff/settings', '/staff/media/x', '/news/hukum/kasus', '/']) expect(bodyLimitFor(path)).toBe(BODY_LIMITS.action)
  })

  let server: http.Server
  let port: number
  beforeAll(async () => {
    server = http.createServer(edgeHandler((_req, res) => void res.end('diterima'), { trustProxy: false, siteUrl: 'http://127.0.0.1' }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Declares a length and sends a few bytes: the edge decides on the declared length alone. */
  const declare = (path: string, length: number) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', path, method: 'POST', headers: { 'content-length': String(length) } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end()
    })

  it('answers 413 at the edge past 16 MB on the upload page and past 4 MB elsewhere', async () => {
    expect(await declare('/staff/media', 16 * 1024 * 1024)).toBe(413)
    expect(await declare('/staff/settings', 5 * 1024 * 1024)).toBe(413)
  })
})
