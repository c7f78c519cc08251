import type { IncomingMessage, ServerResponse } from 'node:http'

/** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 13.1.2). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  const wanted = opaque(etag)
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted)
}

/**
 * Conditional GET for responses that carry their own ETag (the app's cached JSON routes): when
 * the request's If-None-Match names the ETag of a 200, the answer becomes a 304 without a body.
 * The decision is made when the response first writes (its headers are all set by then).
 */
export function notModifiedWhenFresh(req: IncomingMessage, res: ServerResponse): void {
  const ifNoneMatch = req.headers['if-none-match']
  if (!ifNoneMatch || (req.method !== 'GET' && req.method !== 'HEAD')) return
  const { write, end, flushHeaders } = res
  let decided: boolean | undefined
  const notModified = () => {
    if (decided === undefined) {
      const etag = res.getHeader('etag')
      decided = !res.headersSent && res.statusCode === 200 && typeof etag === 'string' && etagMatches(ifNoneMatch, etag)
      if (decided) {
        res.statusCode = 304
        for (const name of ['content-type', 'content-length', 'content-encoding', 'transfer-encoding']) res.removeHeader(name)
      }
    }
    return decided
  }
  res.flushHeaders = function () {
    notModified()
    return flushHeaders.call(this)
  }
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (notModified()) return true
    return (write as (...a: unknown[]) => boolean).apply(this, args)
  } as typeof res.write
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (notModified()) {
      const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
      return (end as (...a: unknown[]) => ServerResponse).apply(this, callback ? [callback] : [])
    }
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args)
  } as typeof res.end
}
