import { describe, expect, it } from 'vitest'
import { readBody } from '@/lib/http/body'

// Route handlers read their bodies through readBody: a Content-Length past the cap is refused
// unread, and a body without one is read no further than the cap.
function endless(chunkBytes: number) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunkBytes
      controller.enqueue(new Uint8Array(chunkBytes).fill(120))
    },
  })
  return { stream, pulled: () => pulled }
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/api/views', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('readBody', () => {
  it('refuses a declared length past the cap without reading', async () => {
    const body = endless(1024)
    const result = await readBody(post(body.stream, { 'content-length': String(200 * 1024 * 1024) }), 1024)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.response.status).toBe(413)
      expect(await result.response.text()).toMatch(/terlalu besar/)
    }
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024)
  })

  it('stops reading a body without a length at the first chunk past the cap', async () => {
    const body = endless(16 * 1024)
    const result = await readBody(post(body.stream), 1024)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.response.status).toBe(413)
    expect(body.pulled()).toBeLessThanOrEqual(5 * 16 * 1024)
  })

  it('hands back a body within the cap', async () => {
    const result = await readBody(post('{"id":12}'), 1024)
    expect(result).toMatchObject({ ok: true, text: '{"id":12}' })
  })
})

describe('the view beacon', () => {
  it('answers 413 to an endless body and to a large declared length', async () => {
    const { POST } = await import('@/app/api/views/route')
    const body = endless(64 * 1024)
    expect((await POST(post(body.stream, { 'user-agent': 'Mozilla/5.0 Chrome/126' }))).status).toBe(413)
    expect(body.pulled()).toBeLessThan(1024 * 1024)
    expect((await POST(post('{"id":1}', { 'content-length': '999999999', 'user-agent': 'Mozilla/5.0' }))).status).toBe(413)
  })
})
