import { describe, expect, it } from 'vitest'
import { safeCallbackUrl } from './callback-url'

describe('safeCallbackUrl', () => {
  it.each([
    ['/news/internasional/nato', '/news/internasional/nato'],
    ['/account?tab=1#x', '/account?tab=1#x'],
    ['/news/a/../b', '/news/b'],
  ])('keeps the same-origin path %s', (input, output) => {
    expect(safeCallbackUrl(input)).toBe(output)
  })

  it.each([
    'https://evil.com',
    '//evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    'javascript:alert(1)',
    'data:text/html,x',
    '/\n/evil.com',
    ' /news',
    '/login?callbackUrl=/x',
    '',
    undefined,
    ['/news'],
    `/${'a'.repeat(3000)}`,
  ])('sends %j home', (input) => {
    expect(safeCallbackUrl(input)).toBe('/')
  })
})
