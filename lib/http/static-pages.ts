// Which requests get a reading page's static HTML (docs/decisions/013). The App Router pages stay
// where they are and serve signed-in readers, the framework's own navigations and anything with a
// query; each reading page also has a twin under /baca (app/baca/) that renders the same server
// components to plain HTML with islands. The production server (lib/http/edge.ts) sends an
// anonymous reader's plain page view to the twin.
import { SIGNED_IN_HINT } from '@/lib/auth/hint-cookie'

export const STATIC_PREFIX = '/baca'

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*'
const page = '/page/[1-9][0-9]{0,5}'

// The reading pages with a static twin: home, the lists (paginated as paths), articles, the
// Pointer and Data pieces, the Interaktif, Program and Jobs boards, the shows and the jobs (not the
// filtered board, /jobs/saring). Interaktif pieces stay on the App Router: their polls post.
const READING = new RegExp(
  [
    '/',
    `/news(?:${page})?`,
    `/news/${slug}(?:${page})?`,
    `/news/(?!page/)${slug}/${slug}`,
    `/(?:tag|author)/${slug}(?:${page})?`,
    `/(?:pointer|data)(?:/${slug})?`,
    '/(?:interaktif|program|jobs)',
    `/jobs/(?!saring$)${slug}`,
    `/program/${slug}`,
  ]
    .map((source) => `(?:${source})`)
    .join('|')
    .replace(/^/, '^(?:')
    .replace(/$/, ')$'),
)

// Query keys that only say where a reader came from; any other query goes to the App Router page.
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid)$/

// Headers the App Router's own client sends: its navigations and prefetches get what it expects.
const FRAMEWORK_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action']

type Request = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }

function signedIn(cookie: string | string[] | undefined): boolean {
  const header = Array.isArray(cookie) ? cookie.join('; ') : (cookie ?? '')
  return header.split(';').some((pair) => pair.trim().startsWith(`${SIGNED_IN_HINT}=`))
}

/** The URL of the static twin this request should get, or null when the App Router answers it. */
export function staticTwin(req: Request): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  // The request target as sent: `new URL('//x/…', base)` would read `//x` as a host.
  const target = req.url ?? '/'
  const at = target.indexOf('?')
  const pathname = at < 0 ? target : target.slice(0, at)
  const search = at < 0 ? '' : target.slice(at)
  if (!READING.test(pathname)) return null
  if ([...new URLSearchParams(search).keys()].some((key) => !TRACKING.test(key))) return null
  if (FRAMEWORK_HEADERS.some((name) => req.headers[name] !== undefined)) return null
  if (signedIn(req.headers.cookie)) return null
  return `${STATIC_PREFIX}${pathname === '/' ? '' : pathname}${search}`
}

/**
 * Whether a request target is inside the twins' own folder, which is never asked for from
 * outside; leading slashes are collapsed as a router would.
 */
export function isStaticTwinPath(target: string): boolean {
  const pathname = target.split('?')[0]?.replace(/^\/+/, '/') ?? ''
  return pathname === STATIC_PREFIX || pathname.startsWith(`${STATIC_PREFIX}/`)
}
