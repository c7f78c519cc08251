import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { cookies } from 'next/headers'
import { getEnv } from '@/lib/env'
import { HourlyCounter } from '@/lib/http/hourly-counter'
import { redisKey as keyOf, withRedis } from '@/lib/redis'

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
// (the client address, see lib/auth/client-ip.ts) per poll per clock hour. With REDIS_URL the
// count is in Redis, shared by every instance (docs/decisions/023); otherwise, and while Redis is
// down, in this process's memory (shared by every bundle of the process, bounded).
export const ANONYMOUS_VOTES_PER_NETWORK = 20
const shared = globalThis as { __faktaNetworkVotes?: HourlyCounter }
const networkVotes = () => (shared.__faktaNetworkVotes ??= new HourlyCounter(50_000))
const networkKey = (pollId: number, network: string) => `${pollId}|${network}`
const redisKey = (pollId: number, network: string, now: number) => keyOf('votes', Math.floor(now / 3_600_000), networkKey(pollId, network))

/**
 * Takes one of the network's anonymous votes on the poll this hour, atomically (parallel votes
 * cannot pass the cap); false when they are used up. A vote taken and then not stored is given
 * back with `returnNetworkVote`.
 */
export async function takeNetworkVote(pollId: number, network: string, now = Date.now()): Promise<boolean> {
  const count = await withRedis(
    async (client) => {
      const key = redisKey(pollId, network, now)
      const [[, value]] = (await client.multi().incr(key).expire(key, 3_700).exec()) as [[Error | null, number]]
      return value
    },
    () => networkVotes().hit(networkKey(pollId, network)),
  )
  return count <= ANONYMOUS_VOTES_PER_NETWORK
}

export async function returnNetworkVote(pollId: number, network: string, now = Date.now()): Promise<void> {
  await withRedis(
    (client) => client.decr(redisKey(pollId, network, now)),
    () => networkVotes().hit(networkKey(pollId, network), -1),
  )
}

/** Forgets every network's count in memory (tests start each case afresh). */
export function resetNetworkVotes(): void {
  shared.__faktaNetworkVotes = undefined
}
