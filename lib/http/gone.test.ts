import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { articleShapedPath, replaceNotFound } from './gone'

describe('articleShapedPath', () => {
  it('names the article of an article URL or its discussion page, and nothing else', () => {
    expect(articleShapedPath('/news/politik/judul-berita')).toBe('/news/politik/judul-berita')
    expect(articleShapedPath('/news/politik/judul-berita/komentar?urut=top')).toBe('/news/politik/judul-berita')
    for (const path of [
      '/news/politik',
      '/news/page/2',
      '/news/politik/page/2/x',
      '/news/politik/../x',
      '/news/Politik/x',
      '/baca/news/a/b',
      '/tag/a',
    ]) {
      expect(articleShapedPath(path), path).toBeNull()
    }
  })
})

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A server whose app answers `status` with `body` (as Next does: statusCode, headers, end), behind replaceNotFound. */
async function serve(status: number, recover: () => Promise<{ status: number; headers: Record<string, string>; body: Buffer } | null>) {
  let asked = 0
  server = http.createServer((req, res) => {
    replaceNotFound(req, res, () => {
      asked++
      return recover()
    })
    res.statusCode = status
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Cache-Control', 's-maxage=300')
    // As Next's compression does: the body gzipped, and said so.
    res.setHeader('Content-Encoding', 'gzip')
    res.end(gzipSync(`<p>jawaban ${status}</p>`))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const response = await fetch(`http://127.0.0.1:${port}/news/a/b`)
  return { status: response.status, text: await response.text(), headers: response.headers, asked: () => asked }
}

const gone = async () => ({ status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: Buffer.from('diturunkan') })

describe('replaceNotFound', () => {
  it('lets any other status through without asking', async () => {
    const answer = await serve(200, gone)
    expect(answer).toMatchObject({ status: 200, text: '<p>jawaban 200</p>' })
    expect(answer.asked()).toBe(0)
  })

  it('sends the replacement of a 404, without the app cache headers', async () => {
    const answer = await serve(404, gone)
    expect(answer).toMatchObject({ status: 410, text: 'diturunkan' })
    expect(answer.headers.get('cache-control')).toBeNull()
    expect(answer.headers.get('content-encoding')).toBeNull()
  })

  it('sends the 404 as the app wrote it when there is no replacement, or the lookup fails', async () => {
    expect(await serve(404, async () => null)).toMatchObject({ status: 404, text: '<p>jawaban 404</p>' })
    const failed = await serve(404, () => Promise.reject(new Error('loopback down')))
    expect(failed).toMatchObject({ status: 404, text: '<p>jawaban 404</p>' })
    expect(failed.headers.get('cache-control')).toBe('s-maxage=300')
  })

  it('sends a redirect with its Location once, as Next repeats it on a first render', async () => {
    server = http.createServer((req, res) => {
      replaceNotFound(req, res, gone)
      res.statusCode = 308
      res.setHeader('Location', '/news/a/baru')
      res.appendHeader('Location', '/news/a/baru')
      res.end()
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const raw = await new Promise<string[]>((resolve) =>
      http.get(`http://127.0.0.1:${port}/news/a/lama`, (response) => {
        response.resume()
        resolve(response.rawHeaders.filter((_, i, all) => i % 2 === 1 && all[i - 1]!.toLowerCase() === 'location'))
      }),
    )
    expect(raw).toEqual(['/news/a/baru'])
  })

  it('keeps a wrapper installed after it (compression) on every later write of a streamed answer', async () => {
    server = http.createServer((req, res) => {
      replaceNotFound(req, res, gone)
      // As compression does: wraps write and end after the edge, and keeps calling the edge's.
      const write = res.write.bind(res) as (chunk: string) => boolean
      const end = res.end.bind(res) as (chunk?: string) => http.ServerResponse
      res.write = ((chunk: string) => write(chunk.toUpperCase())) as typeof res.write
      res.end = ((chunk?: string) => end(chunk?.toUpperCase())) as typeof res.end
      res.statusCode = 200
      for (const part of ['satu ', 'dua ']) res.write(part)
      res.end('tiga')
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    expect(await (await fetch(`http://127.0.0.1:${port}/news/a/b`)).text()).toBe('SATU DUA TIGA')
  })
})
