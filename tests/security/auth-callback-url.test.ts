import { describe, expect, it } from 'vitest'
import { authRedirect, safeCallbackUrl } from '@/lib/auth/callback-url'

// Each of these has sent someone off-site from some login form somewhere; all of them go home.
const tricks = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/..//evil.example',
  '/../..//evil.example',
  '/.//evil.example',
  '/.%2e//evil.example',
  '/%2e%2e//evil.example',
  '/%2f%2fevil.example',
  '/%2F%2Fevil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/news/%2f%2fevil.example',
  '/%252f%252fevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%00/evil.example',
  '\t//evil.example',
  ' //evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '/javascript:alert(1)//%0a',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http:evil.example',
  'https:evil.example',
  'http://evil.example',
  'https://evil.example',
  'https://evil.example/news',
  '//user@evil.example',
  '/@evil.example',
  'https://fakta.invalid@evil.example',
  '/\u3000/evil.example',
  '／／evil.example',
  '/／evil.example',
  '\uff3c\uff3cevil.example',
  '/\u2215\u2215evil.example',
  '/\u200b/evil.example',
  '/\u202e/evil.example',
  'evil.example',
  '?x=//evil.example',
  '#//evil.example',
  '/login?callbackUrl=//evil.example',
  '/register',
  '',
  '/' + 'a'.repeat(3000),
] as const

describe('safeCallbackUrl refuses every known way off the site', () => {
  it.each(tricks)('%j goes home', (input) => {
    expect(safeCallbackUrl(input)).toBe('/')
  })

  it('refuses what is not a string', () => {
    for (const input of [undefined, null, 42, ['/news'], { toString: () => '/news' }]) expect(safeCallbackUrl(input)).toBe('/')
  })

  it.each(tricks)('whatever comes back from %j is a path a browser keeps on this site', (input) => {
    const out = safeCallbackUrl(input, '/fallback')
    expect(new URL(out, 'https://fakta.example').origin).toBe('https://fakta.example')
    expect(out).toMatch(/^\/(?![/\\])/)
  })
})

describe('safeCallbackUrl keeps ordinary paths', () => {
  it.each([
    ['/', '/'],
    ['/news/internasional/nato', '/news/internasional/nato'],
    ['/news/x?y=1#z', '/news/x?y=1#z'],
    ['/account?tab=1#x', '/account?tab=1#x'],
    ['/news/a/../b', '/news/b'],
    ['/search?q=harga%2Fberas', '/search?q=harga%2Fberas'],
    ['/news/internasional/nato/komentar#komentar', '/news/internasional/nato/komentar#komentar'],
    ['/jobs?page=2&kategori=teknologi', '/jobs?page=2&kategori=teknologi'],
  ])('keeps %j', (input, output) => {
    expect(safeCallbackUrl(input)).toBe(output)
  })
})

describe('Auth.js redirects', () => {
  const baseUrl = 'http://127.0.0.1:3000'

  it.each(tricks)('%j goes home', (url) => {
    expect(authRedirect({ url, baseUrl })).toMatch(/^http:\/\/127\.0\.0\.1:3000\/?$/)
  })

  it.each([
    ['/news/x?y=1#z', `${baseUrl}/news/x?y=1#z`],
    [`${baseUrl}/account`, `${baseUrl}/account`],
    [`${baseUrl}//evil.example`, `${baseUrl}/`],
    ['http://127.0.0.1:3001/account', baseUrl],
  ])('%j -> %j', (url, out) => {
    expect(authRedirect({ url, baseUrl })).toBe(out)
  })
})
