import { NextResponse, type NextRequest } from 'next/server'
import { bodyLimitFor } from '@/lib/http/limits'
import { parsePage } from '@/lib/pagination'
import { trimChars } from '@/lib/text'

// Runs only for requests that carry `?page=`, filter the job board or post a server action (see
// the matcher), so reading pages never pass through here.
export function proxy(request: NextRequest) {
  if (request.method === 'POST' && request.headers.has('next-action')) return guardAction(request)
  if (request.nextUrl.pathname === '/jobs') return NextResponse.rewrite(new URL(`/jobs/saring${request.nextUrl.search}`, request.url))
  return redirectPageQuery(request)
}

/**
 * A server action from another origin is refused with a plain 403 (Next would abort it too, but
 * as a 500). Bodies past the limit get a 413 with words instead of a bare error.
 */
function guardAction(request: NextRequest) {
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  let sameOrigin = origin == null
  try {
    sameOrigin ||= new URL(origin ?? '').host === host
  } catch {
    sameOrigin = false
  }
  const text = { 'Content-Type': 'text/plain; charset=utf-8' }
  if (!sameOrigin) {
    return new NextResponse('Permintaan ditolak: formulir harus dikirim dari situs FAKTA sendiri.', { status: 403, headers: text })
  }
  if (Number(request.headers.get('content-length') ?? 0) > bodyLimitFor(request.nextUrl.pathname)) {
    return new NextResponse('Isian terlalu besar untuk dikirim.', { status: 413, headers: text })
  }
  return NextResponse.next()
}

// List pages are static per page number (/news/ekonomi/page/2); a `?page=` query from old links
// or hand-typed URLs is redirected there. A bad value goes to the first page.
function redirectPageQuery(request: NextRequest) {
  const url = request.nextUrl.clone()
  const page = parsePage(url.searchParams.get('page'))
  url.searchParams.delete('page')
  const base = trimChars(url.pathname.replace(/\/page\/[^/]*$/, ''), '/', 'end') || '/'
  url.pathname = page && page > 1 ? `${base}/page/${page}` : base
  return NextResponse.redirect(url, 308)
}

export const config = {
  matcher: [
    { source: '/news', has: [{ type: 'query', key: 'page' }] },
    { source: '/news/:category', has: [{ type: 'query', key: 'page' }] },
    { source: '/tag/:slug', has: [{ type: 'query', key: 'page' }] },
    { source: '/author/:slug', has: [{ type: 'query', key: 'page' }] },
    // Matchers must be literals: Next reads them at build time.
    { source: '/jobs', has: [{ type: 'query', key: 'lokasi' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'jenis' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'bidang' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'halaman' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
}
