import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { cookies } from 'next/headers'
import { getEnv } from '@/lib/env'
import { HourlyCounter } from '@/lib/http/hourly-counter'

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

// Dropping the cookie gives a browser a new vote, so anonymous votes are also capped per network
// (the client address, see lib/auth/client-ip.ts) per poll per clock hour. Shared by every bundle
// of the process; bounded in memory.
export const ANONYMOUS_VOTES_PER_NETWORK = 20
const shared = globalThis as { __faktaNetworkVotes?: HourlyCounter }
const networkVotes = () => (shared.__faktaNetworkVotes ??= new HourlyCounter(50_000))
const networkKey = (pollId: number, network: string) => `${pollId}|${network}`

// Votes being stored right now hold their place under the cap, so that parallel votes cannot
// pass it while each waits for the database.
const held = new Map<string, number>()

/**
 * Holds one of the network's anonymous votes on the poll while the vote is stored, or null when
 * the network has used them all this hour (counted and held). The hold's release counts the vote
 * when it was stored and gives the place back when it was not.
 */
export function holdNetworkVote(pollId: number, network: string): ((stored: boolean) => void) | null {
  const key = networkKey(pollId, network)
  const holding = held.get(key) ?? 0
  if (networkVotes().get(key) + holding >= ANONYMOUS_VOTES_PER_NETWORK) return null
  held.set(key, holding + 1)
  let released = false
  return (stored) => {
    if (released) return
    released = true
    const left = (held.get(key) ?? 1) - 1
    if (left > 0) held.set(key, left)
    else held.delete(key)
    if (stored) networkVotes().hit(key)
  }
}

/** Forgets every network's count (tests start each case afresh). */
export function resetNetworkVotes(): void {
  shared.__faktaNetworkVotes = undefined
  held.clear()
}
