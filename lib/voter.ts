import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { cookies } from 'next/headers'
import { getEnv } from './env'

// Readers who are not signed in vote once per browser: a random token in an HttpOnly cookie.
// Only its hash is stored with the vote.
export const VOTER_COOKIE = 'fakta_pemilih'
const TOKEN = /^[\w-]{32}$/

export const voterKeyOf = (token: string) => createHash('sha256').update(token).digest('base64url')

/** This browser's voter key, or null when it has never voted. */
export async function browserVoterKey(): Promise<string | null> {
  const token = (await cookies()).get(VOTER_COOKIE)?.value
  return token && TOKEN.test(token) ? voterKeyOf(token) : null
}

/** This browser's voter key, giving the browser its token first when it has none (server actions only). */
export async function ensureBrowserVoterKey(): Promise<string> {
  const existing = await browserVoterKey()
  if (existing) return existing
  const token = randomBytes(24).toString('base64url')
  ;(await cookies()).set(VOTER_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().SITE_URL.startsWith('https://'),
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
  })
  return voterKeyOf(token)
}
