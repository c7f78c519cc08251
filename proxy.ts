import { NextResponse, type NextRequest } from 'next/server'
import { parsePage } from '@/lib/pagination'

// List pages are static per page number (/news/ekonomi/page/2); a `?page=` query from old links
// or hand-typed URLs is redirected there. A bad value goes to the first page. Only requests that
// carry `page` run this (see the matcher), so reading pages never pass through here.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  const page = parsePage(url.searchParams.get('page'))
  url.searchParams.delete('page')
  const base = url.pathname.replace(/\/page\/[^/]*$/, '').replace(/\/+$/, '') || '/'
  url.pathname = page && page > 1 ? `${base}/page/${page}` : base
  return NextResponse.redirect(url, 308)
}

export const config = {
  matcher: [
    { source: '/news', has: [{ type: 'query', key: 'page' }] },
    { source: '/news/:category', has: [{ type: 'query', key: 'page' }] },
    { source: '/tag/:slug', has: [{ type: 'query', key: 'page' }] },
    { source: '/author/:slug', has: [{ type: 'query', key: 'page' }] },
  ],
}
