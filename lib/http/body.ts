import { TOO_LARGE } from './limits'

export type BodyResult = { ok: true; bytes: Uint8Array<ArrayBuffer>; text: string } | { ok: false; response: Response }

export const tooLarge = () =>
  new Response(`${TOO_LARGE}\n`, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' } })

/**
 * A route handler's request body, read up to `limit` bytes: refused on a Content-Length past the
 * limit before reading anything, and reading stops at the first byte past it (a chunked body
 * has no length to check). Either way the answer is a 413.
 */
export async function readBody(request: Request, limit: number): Promise<BodyResult> {
  const declared = request.headers.get('content-length')
  if (declared !== null && !(/^\d+$/.test(declared) && Number(declared) <= limit)) return { ok: false, response: tooLarge() }
  if (!request.body) return { ok: true, bytes: new Uint8Array(), text: '' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>
    try {
      next = await reader.read()
    } catch {
      return {
        ok: false,
        response: new Response('Permintaan tidak lengkap.\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
      }
    }
    if (next.done) break
    total += next.value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      return { ok: false, response: tooLarge() }
    }
    chunks.push(next.value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes, text: new TextDecoder().decode(bytes) }
}
