import 'server-only'
import { cookies } from 'next/headers'
import { decode } from 'next-auth/jwt'
import { getAuthState, type AuthState } from '@/db/queries/users'
import { auth } from '@/lib/server/auth/auth'
import { getEnv } from '@/lib/env'
import { log } from '@/lib/log'

export type Viewer = AuthState

/**
 * The user behind a decoded session, or null: a session whose version is behind the user's
 * (sign-out everywhere, password or role change, suspension, ban), or of a banned or deleted
 * user, is no session at all.
 */
export async function sessionUser(session: unknown, load: (id: number) => Promise<AuthState | null>): Promise<Viewer | null> {
  const { uid, sv } = (session ?? {}) as { uid?: unknown; sv?: unknown }
  if (typeof uid !== 'number' || typeof sv !== 'number') return null
  const state = await load(uid)
  if (!state || state.sessionVersion !== sv || state.status === 'banned') return null
  return state
}

// Auth.js's session cookie: `__Secure-` on https sites; a long token is split into `.0`, `.1`, ...
const SESSION_COOKIE = 'authjs.session-token'

/** The session cookie's token and its name (the name is the key derivation's salt), if any. */
async function sessionToken(): Promise<{ token: string; salt: string } | null> {
  const jar = await cookies()
  for (const name of [`__Secure-${SESSION_COOKIE}`, SESSION_COOKIE]) {
    const whole = jar.get(name)?.value
    if (whole) return { token: whole, salt: name }
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
    if (chunks.length > 0) return { token: chunks.map((cookie) => cookie.value).join(''), salt: name }
  }
  return null
}

/**
 * The signed-in user of this request, read fresh from the database. The session cookie is only
 * decoded (checked and decrypted), not issued again: Auth.js's `auth()` would also make a CSRF
 * token and re-encrypt the session on every call, which doubled the cost of a comment post
 * (docs/decisions/015). `getViewerAndRollSession` is the one that extends the session.
 */
export async function getViewer(): Promise<Viewer | null> {
  const secret = getEnv().AUTH_SECRET
  if (!secret) return getViewerAndRollSession()
  const cookie = await sessionToken()
  if (!cookie) return null
  // A forged, expired or garbled cookie is no session: one warning line, as Auth.js's own.
  const session = await decode({ ...cookie, secret }).catch((error: unknown) => {
    log.warn('auth.rejected', { type: 'JWTSessionError', reason: String((error as Error)?.message ?? error).slice(0, 200) })
    return null
  })
  return sessionUser(session, getAuthState)
}

/** As `getViewer`, and the session's expiry moves 30 days on (the who-am-I route, asked on every page view). */
export async function getViewerAndRollSession(): Promise<Viewer | null> {
  return sessionUser(await auth(), getAuthState)
}
