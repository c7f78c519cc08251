import 'server-only'
import { getAuthState, type AuthState } from '@/db/queries/users'
import { auth } from '@/lib/server/auth/auth'

export type Viewer = AuthState

/**
 * The user behind a decoded session, or null: a session whose version is behind the user's
 * (sign-out everywhere, password or role change, suspension, ban), or of a banned or deleted
 * user, is no session at all.
 */
export function sessionUser(session: unknown, load: (id: number) => AuthState | null): Viewer | null {
  const { uid, sv } = (session ?? {}) as { uid?: unknown; sv?: unknown }
  if (typeof uid !== 'number' || typeof sv !== 'number') return null
  const state = load(uid)
  if (!state || state.sessionVersion !== sv || state.status === 'banned') return null
  return state
}

/** The signed-in user of this request, read fresh from the database. */
export async function getViewer(): Promise<Viewer | null> {
  return sessionUser(await auth(), getAuthState)
}
