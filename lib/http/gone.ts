// A taken-down article's URL answers 410 (docs/decisions/019). The App Router pages answer
// a 404 for it (they are cached and run no SQL on a hit); only then does the edge ask the
// article's static twin, which looks the article up and answers the 410 notice itself, and the
// edge sends that instead of the 404. A hit never reaches any of this.
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { INTERNAL_HEADER, type Internal } from './internal'
import { STATIC_PREFIX } from './static-pages'

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*'
const ARTICLE = new RegExp(`^(/news/(?!page/)${slug}/${slug})(?:/komentar)?$`)

/** The article path a reader's URL names (an article or its discussion page), or null. */
export function articleShapedPath(target: string): string | null {
  const pathname = target.split('?')[0] ?? ''
  return ARTICLE.exec(pathname)?.[1] ?? null
}

type Answer = { status: number; headers: Record<string, string>; body: Buffer }

/** The twin's answer for an article path when it is a 410, else null. */
export function askTwinForGone(internal: Internal, articlePath: string): Promise<Answer | null> {
  return new Promise((resolve) => {
    const request = http.get(
      `${internal.origin}${STATIC_PREFIX}${articlePath}`,
      { headers: { [INTERNAL_HEADER]: internal.secret } },
      (response) => {
        if (response.statusCode !== 410) {
          response.resume()
          resolve(null)
          return
        }
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: 410,
            headers: {
              'Content-Type': String(response.headers['content-type'] ?? 'text/html; charset=utf-8'),
              'Cache-Control': 'public, max-age=0, s-maxage=60, must-revalidate',
              'X-Robots-Tag': 'noindex',
            },
            body: Buffer.concat(chunks),
          }),
        )
        response.on('error', () => resolve(null))
      },
    )
    request.on('error', () => resolve(null))
    request.setTimeout(10_000, () => request.destroy())
  })
}

type Write = (...args: unknown[]) => unknown

/**
 * Holds a 404 the app writes to `res` and asks `recover` for a replacement: its answer is sent
 * instead, or the 404 as the app wrote it when there is none. Any other status passes straight
 * through, untouched and unbuffered.
 */
export function replaceNotFound(req: IncomingMessage, res: ServerResponse, recover: () => Promise<Answer | null>): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  let state: 'open' | 'pass' | 'held' = 'open'
  let head: unknown[] | null = null
  const chunks: unknown[][] = []
  // The functions under ours. Ours stay in place once decided: wrappers installed after them
  // (Next's compression) keep calling them, and Next's later writes go through those wrappers.
  const call = (fn: unknown, args: unknown[]) => (fn as Write).apply(res, args)
  const decide = (status: number) => {
    if (state !== 'open') return
    state = status === 404 ? 'held' : 'pass'
    if (state === 'pass') {
      // Next's first render of a page's permanentRedirect() sends its Location twice (the cached
      // copy once); one is enough.
      const location = res.getHeader('location')
      if (Array.isArray(location) && new Set(location).size === 1) res.setHeader('location', location[0]!)
    }
  }
  const callbackOf = (args: unknown[]) => args.find((arg) => typeof arg === 'function') as (() => void) | undefined

  async function finish() {
    const replacement = await recover().catch(() => null)
    // From here on ours pass everything down (Node's own write calls writeHead for its headers).
    state = 'pass'
    if (replacement && !res.headersSent) {
      for (const name of res.getHeaderNames()) {
        if (
          [
            'content-type',
            'content-length',
            // Next's compression has marked its own 404 as gzip; the replacement is sent plain.
            'content-encoding',
            'transfer-encoding',
            'cache-control',
            'etag',
            'vary',
            'x-nextjs-cache',
            'x-nextjs-prerender',
            'x-nextjs-stale-time',
          ].includes(name)
        ) {
          res.removeHeader(name)
        }
      }
      call(original.writeHead, [replacement.status, { ...replacement.headers, 'Content-Length': String(replacement.body.length) }])
      call(original.end, req.method === 'HEAD' ? [] : [replacement.body])
      return
    }
    // The 404 as the app wrote it (already compressed, when it was).
    if (head) call(original.writeHead, head)
    for (const args of chunks) call(original.write, args)
    call(original.end, [])
  }

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    decide(Number(args[0]))
    if (state === 'pass') return (original.writeHead as unknown as Write).apply(this, args)
    head = args
    return this
  } as typeof res.writeHead
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    decide(res.statusCode)
    if (state === 'pass') return (original.write as unknown as Write).apply(this, args)
    chunks.push(args.filter((arg) => typeof arg !== 'function'))
    callbackOf(args)?.()
    return true
  } as typeof res.write
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    decide(res.statusCode)
    if (state === 'pass') return (original.end as unknown as Write).apply(this, args)
    const data = args.filter((arg) => typeof arg !== 'function')
    if (data.length > 0 && data[0] !== undefined && data[0] !== null) chunks.push(data)
    const callback = callbackOf(args)
    void finish().then(() => callback?.())
    return this
  } as typeof res.end
}
