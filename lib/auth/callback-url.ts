import { getEnv } from '../env'

// Printable ASCII only: a path we send people to is already percent-encoded, and this refuses
// tabs, newlines, controls, spaces, invisible characters and look-alike slashes (／ ∕ ＼) at once.
const PRINTABLE_ASCII = /^[\u0021-\u007e]+$/
// Inside the path, the encodings a browser, a proxy or the server could decode into `/`, `\`, a
// control character or another round of encoding (`%252f` -> `%2f` -> `/`).
const ENCODED_DANGER = /%(?:2f|5c|25|[01][0-9a-f]|7f)/i

/**
 * Where to go after signing in: only a path on this site. The value is resolved with `URL` against
 * the site's own origin and kept only when the result is a same-origin path that, serialised,
 * reads the same way again: no scheme, no host, no userinfo, no leading `//` or `/\` after
 * `..` segments are resolved (`/..//evil.example`), no encoded or raw backslashes or slashes that
 * could later become one. Anything else, and the sign-in pages themselves, go to `fallback`.
 */
export function safeCallbackUrl(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback
  if (!PRINTABLE_ASCII.test(value) || value.includes('\\')) return fallback
  if (!value.startsWith('/') || value.startsWith('//')) return fallback
  const origin = new URL(getEnv().SITE_URL).origin
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return fallback
  }
  if (url.origin !== origin || url.username !== '' || url.password !== '') return fallback
  const path = url.pathname
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\') || path.includes('@')) return fallback
  if (ENCODED_DANGER.test(path)) return fallback
  try {
    decodeURIComponent(path)
  } catch {
    return fallback
  }
  if (path === '/login' || path.startsWith('/login/') || path === '/register' || path.startsWith('/register/')) return fallback
  const result = `${path}${url.search}${url.hash}`
  // What we hand back must mean the same thing when a browser resolves it again.
  const again = new URL(result, origin)
  if (again.origin !== origin || again.href !== url.href) return fallback
  return result
}

/**
 * Auth.js's `redirect` callback: every redirect it makes (its own sign-in and sign-out routes'
 * callbackUrl too) goes through safeCallbackUrl, on the origin Auth.js serves (`baseUrl`).
 */
export function authRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith('/')) return `${baseUrl}${safeCallbackUrl(url)}`
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return baseUrl
  }
  if (target.origin !== new URL(baseUrl).origin) return baseUrl
  return `${baseUrl}${safeCallbackUrl(`${target.pathname}${target.search}${target.hash}`)}`
}
