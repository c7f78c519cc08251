import { AuthError, type NextAuthConfig } from 'next-auth'
import { log } from '../log'

// Errors a visitor causes with what they send (a forged, expired or garbled session cookie, a
// missing CSRF token, an unknown Auth.js route): expected, so one warning line without a stack.
const REQUEST_ERRORS = new Set([
  'JWTSessionError',
  'SessionTokenError',
  'MissingCSRF',
  'CredentialsSignin',
  'InvalidCheck',
  'InvalidCallbackUrl',
  'UnknownAction',
  'Verification',
])

const short = (text: unknown) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 200)

function causeOf(error: Error): Error | undefined {
  const cause = error.cause as { err?: unknown } | undefined
  if (cause && typeof cause === 'object' && cause.err instanceof Error) return cause.err
  return error.cause instanceof Error ? error.cause : undefined
}

/** Auth.js logging through our structured log: one JSON line per event, never token contents. */
export const authLogger = {
  error(error: Error) {
    const type = error instanceof AuthError ? error.type : error.name
    const cause = causeOf(error)
    if (REQUEST_ERRORS.has(type)) {
      log.warn('auth.rejected', { type, reason: short(cause?.message ?? error.message) })
      return
    }
    log.error('auth.error', {
      type,
      message: short(error.message),
      ...(cause ? { cause: short(cause.message) } : {}),
      stack: (cause ?? error).stack,
    })
  },
  warn(code: string) {
    log.warn('auth.warning', { code })
  },
  // The metadata can hold tokens and profiles: only the message is logged.
  debug(message: string) {
    log.debug('auth.debug', { message: short(message) })
  },
} satisfies NextAuthConfig['logger']
