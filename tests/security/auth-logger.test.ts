import { JWTSessionError, MissingSecret } from '@auth/core/errors'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authLogger } from '@/lib/auth/auth-logger'

// A forged or garbled session cookie is the visitor's problem, not the server's: one short line,
// not a stack trace per request. Real faults still log in full.
let lines: string[]
beforeEach(() => {
  lines = []
  const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
  vi.spyOn(console, 'error').mockImplementation(capture)
  vi.spyOn(console, 'warn').mockImplementation(capture)
  vi.spyOn(console, 'log').mockImplementation(capture)
})
afterEach(() => vi.restoreAllMocks())

// As Auth.js throws it when the cookie does not decrypt.
const garbled = () =>
  new JWTSessionError('Read more at https://errors.authjs.dev#jwtsessionerror', { cause: { err: new Error('Invalid Compact JWE') } })

describe('the Auth.js logger', () => {
  it('logs a bad session token as one warning line without a stack', () => {
    authLogger.error(garbled())
    expect(lines).toHaveLength(1)
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(entry).toMatchObject({ level: 'warn', event: 'auth.rejected', type: 'JWTSessionError', reason: 'Invalid Compact JWE' })
    expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/)
    expect(lines[0]).not.toContain('\n')
  })

  it('still logs a real error, with its stack, on one line', () => {
    authLogger.error(new MissingSecret('Please define a `secret`.'))
    authLogger.error(new TypeError('database is locked'))
    expect(lines).toHaveLength(2)
    const [config, fault] = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(config).toMatchObject({ level: 'error', event: 'auth.error', type: 'MissingSecret' })
    expect(fault).toMatchObject({ level: 'error', event: 'auth.error', type: 'TypeError', message: 'database is locked' })
    expect(String(fault?.stack)).toMatch(/auth-logger\.test\.ts/)
  })

  it('warnings are one line and debug output never carries the metadata', () => {
    authLogger.warn('debug-enabled')
    // Auth.js calls it with the metadata as a second argument.
    const debug: (message: string, metadata: unknown) => void = authLogger.debug
    debug('session', { token: 'rahasia' })
    expect(lines.join('\n')).not.toContain('rahasia')
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', event: 'auth.warning', code: 'debug-enabled' })
  })
})
