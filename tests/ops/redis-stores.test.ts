// The stores several instances share through Redis (docs/decisions/023), against a real Redis:
// database 8 of REDIS_URL's server (default redis://127.0.0.1:6379), emptied first.
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const base = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')
const url = new URL(base)
url.pathname = '/8'
process.env.REDIS_URL = url.toString()

const probe = new Redis(url.toString(), { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null })
probe.on('error', () => {})
const reachable = await probe.connect().then(
  () => true,
  () => false,
)
if (!reachable) console.log(`Redis not reachable at ${base.toString()}: skipping the shared store tests`)

const { issueTicket, redeemTicket } = await import('@/lib/auth/tickets')
const { takeNetworkVote, returnNetworkVote, ANONYMOUS_VOTES_PER_NETWORK } = await import('@/lib/server/voter')
const { takeTickLock } = await import('@/lib/http/scheduler')
const { closeRedis } = await import('@/lib/redis')

describe.skipIf(!reachable)('stores shared through Redis', () => {
  beforeAll(async () => {
    await probe.flushdb()
  })
  afterAll(async () => {
    await closeRedis()
    probe.disconnect()
  })

  it('keeps a sign-in ticket in Redis, for one use, for 30 seconds', async () => {
    const ticket = await issueTicket(7, 3)
    expect(await probe.pttl(`fakta:ticket:${ticket}`)).toBeGreaterThan(29_000)
    expect(await redeemTicket(ticket)).toEqual({ userId: 7, sessionVersion: 3 })
    expect(await redeemTicket(ticket)).toBeNull()
    expect(await probe.exists(`fakta:ticket:${ticket}`)).toBe(0)
    expect(await redeemTicket('a-ticket-never-issued')).toBeNull()
  })

  it('lets parallel votes from one network take no more than the cap, and gives back what it is returned', async () => {
    const taken = await Promise.all(Array.from({ length: 30 }, () => takeNetworkVote(41, '198.51.100.0/24')))
    expect(taken.filter(Boolean)).toHaveLength(ANONYMOUS_VOTES_PER_NETWORK)
    expect(await takeNetworkVote(42, '198.51.100.0/24')).toBe(true)
    // The ten refused are given back: still at the cap. Then one stored is: one more fits.
    for (let i = 0; i < 10; i++) await returnNetworkVote(41, '198.51.100.0/24')
    expect(await takeNetworkVote(41, '198.51.100.0/24')).toBe(false)
    await returnNetworkVote(41, '198.51.100.0/24')
    await returnNetworkVote(41, '198.51.100.0/24')
    expect(await takeNetworkVote(41, '198.51.100.0/24')).toBe(true)
    const [key] = await probe.keys('fakta:votes:*:41|*')
    expect(await probe.ttl(key!)).toBeGreaterThan(3_600)
  })

  it('gives a scheduler tick to one instance of several', async () => {
    const owners = ['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:3']
    const won = await Promise.all(owners.map((owner) => takeTickLock(2_000, owner)))
    expect(won.filter(Boolean)).toHaveLength(1)
    expect(await takeTickLock(2_000, owners[0]!)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    expect(await takeTickLock(2_000, owners[1]!)).toBe(true)
  })
})
