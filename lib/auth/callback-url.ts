/**
 * Where to go after signing in: only a path on this site. Anything that a browser could read as
 * another origin (`//evil.com`, `/\evil.com`, `https://…`, `javascript:`) goes home.
 */
export function safeCallbackUrl(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback
  try {
    const url = new URL(value, 'http://fakta.invalid')
    if (url.origin !== 'http://fakta.invalid') return fallback
    if (url.pathname.startsWith('/login') || url.pathname.startsWith('/register')) return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
