import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, type TrustProxy } from './client-address'
import { notModifiedWhenFresh } from './conditional'
import { bodyLimitFor, TOO_LARGE } from './limits'
import { securityHeaders } from './security-headers'
import { articleShapedPath, askTwinForGone, replaceNotFound } from './gone'
import { INTERNAL_HEADER, isInternalRequest, type Internal } from './internal'
import { isStaticTwinPath, staticTwin } from './static-pages'

/** `internal`: this server's own origin and secret for its loopback requests (lib/http/internal.ts). */
export type EdgeOptions = { trustProxy: TrustProxy; siteUrl: string; internal?: Internal }
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const SECURITY_HEADERS = securityHeaders(false)

function answer(res: ServerResponse, status: number, text: string): void {
  // The rest of a refused body is not read: the connection closes after the answer.
  res.shouldKeepAlive = false
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
  res.end(`${text}\n`)
}

/**
 * How a connection closes after an answer sent before its request body was read: Node would
 * close it at once, and a client still sending would be reset before it could read the answer.
 * Instead the server stops reading (the client's writes stall, nothing piles up here), sends
 * its end of the connection, and lets the client read the answer for a second.
 */
function lingerOnClose(socket: Socket & { faktaLinger?: boolean }): void {
  if (socket.faktaLinger) return
  socket.faktaLinger = true
  socket.destroySoon = () => {
    socket.pause()
    socket.end()
    setTimeout(() => socket.destroy(), 1000).unref()
  }
}

function hasValidPath(url: string): boolean {
  const path = url.split('?')[0] ?? ''
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** Whether a browser sent the request from a page of another site (Origin names another host). */
function isCrossOrigin(req: IncomingMessage, siteUrl: string): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return false
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return true
  }
  return host !== req.headers.host && host !== new URL(siteUrl).host
}

/**
 * The body of a request that gave no Content-Length, read up to `limit` bytes; null when it goes
 * past the limit, and reading stops there.
 */
function bufferBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.length
      if (total > limit) {
        req.off('data', onData)
        req.pause()
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks, total)))
    req.on('error', reject)
  })
}

/** A request that carries an already-read body, with its length, for the app to read as usual. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new http.IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.url
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  const headers = { ...req.headers, 'content-length': String(body.length) }
  delete headers['transfer-encoding']
  copy.headers = headers
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, value ?? ''],
  )
  copy.push(body)
  copy.push(null)
  copy.complete = true
  return copy
}

/**
 * What the production server does before the app sees a request: names the client honestly,
 * and answers the malformed and hostile requests that the app would otherwise turn into 500s.
 * - Every response, the app's and the edge's own, carries the security headers.
 * - The client address comes from the socket and TRUST_PROXY, in a header only we set.
 * - A path with bad percent-encoding is a 400.
 * - An anonymous reader's view of a reading page gets its static twin (lib/http/static-pages.ts);
 *   the twins' own paths are a 404 from outside (the server's own loopback requests excepted).
 * - A 404 for an article URL from the App Router becomes the twin's 410 when the article was
 *   taken down (lib/http/gone.ts); a hit never asks.
 * - A GET whose If-None-Match names the response's own ETag is answered 304 (lib/http/conditional.ts).
 * - A write from another site's page (foreign Origin) is a 403.
 * - A body past the endpoint's limit is a 413, whether it declared its length or not; a body
 *   without a length is read here (up to the limit) and handed on with one.
 */
export function edgeHandler(handle: Handler, options: EdgeOptions): Handler {
  return async (req, res) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value)
    delete req.headers[CLIENT_ADDRESS_HEADER]
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req, options.trustProxy)
    const internal = isInternalRequest(req, options.internal)
    if (!internal) delete req.headers[INTERNAL_HEADER]

    if (!hasValidPath(req.url ?? '/')) return answer(res, 400, 'Alamat tidak valid.')
    const method = req.method ?? 'GET'
    if (SAFE_METHODS.has(method)) {
      if (isStaticTwinPath(req.url ?? '/') && !internal) return answer(res, 404, 'Halaman tidak ditemukan.')
      const twin = staticTwin(req)
      if (twin) req.url = twin
      else if (options.internal && method !== 'OPTIONS') {
        const article = articleShapedPath(req.url ?? '/')
        const self = options.internal
        if (article) replaceNotFound(req, res, () => askTwinForGone(self, article))
      }
      notModifiedWhenFresh(req, res)
      return handle(req, res)
    }

    lingerOnClose(req.socket)
    // A response sent before the body was read (a refusal) closes the connection instead of
    // reading the rest of the body to keep it alive.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = ((...args: unknown[]) => {
      if (!req.complete) res.shouldKeepAlive = false
      return writeHead(...args)
    }) as typeof res.writeHead

    if (isCrossOrigin(req, options.siteUrl)) {
      return answer(res, 403, 'Permintaan ditolak: formulir harus dikirim dari situs FAKTA sendiri.')
    }
    const limit = bodyLimitFor(new URL(req.url ?? '/', 'http://localhost').pathname)
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      if (!/^\d+$/.test(declared) || Number(declared) > limit) return answer(res, 413, TOO_LARGE)
      return handle(req, res)
    }
    if (req.headers['transfer-encoding'] === undefined) return handle(req, res)
    const body = await bufferBody(req, limit).catch(() => null)
    if (body === null) return answer(res, 413, TOO_LARGE)
    return handle(replay(req, body), res)
  }
}
