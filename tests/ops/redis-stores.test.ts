// The stores several instances share through Redis (docs/decisions/023), against a real Redis:
// database 8 of REDIS_URL's server (default redis://127.0.0.1:6379), emptied first, with a
// REDIS_PREFIX of its own.
import os from 'node:os'
import { Redis } from 'ioredis'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const base = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')
const url = new URL(base)
url.pathname = '/8'
process.env.REDIS_URL = url.toString()
const prefix = 'fakta-ops'
process.env.REDIS_PREFIX = prefix

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
const { default: RedisCacheHandler } = await import('@/lib/server/cache-handler')

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
    expect(await probe.pttl(`${prefix}:ticket:${ticket}`)).toBeGreaterThan(29_000)
    expect(await redeemTicket(ticket)).toEqual({ userId: 7, sessionVersion: 3 })
    expect(await redeemTicket(ticket)).toBeNull()
    expect(await probe.exists(`${prefix}:ticket:${ticket}`)).toBe(0)
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
    const [key] = await probe.keys(`${prefix}:votes:*:41|*`)
    expect(await probe.ttl(key!)).toBeGreaterThan(3_600)
  })

  it('gives a scheduler tick to one instance of several', async () => {
    const owners = ['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:3']
    const won = await Promise.all(owners.map((owner) => takeTickLock(2_000, owner)))
    expect(won.filter(Boolean)).toHaveLength(1)
    expect(await takeTickLock(2_000, owners[0]!)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    expect(await takeTickLock(2_000, owners[1]!)).toBe(true)
    expect(await probe.get(`${prefix}:scheduler`)).toBe(owners[1])
  })

  it('keeps the cache tags hash longer than any cache entry, and records a short revalidation as expired at once', async () => {
    const handler = new RedisCacheHandler({ fs: nodeFs, serverDistDir: os.tmpdir(), revalidatedTags: [], _requestHeaders: {} })
    // A data cache entry (Next's FETCH kind, a const enum outside its types' reach here).
    const data = { kind: 'FETCH', data: { headers: {}, body: 'e30=', status: 200, url: '' }, revalidate: 300, tags: ['content'] } as never
    await handler.set('ops-entry', data, { fetchCache: true, tags: ['content'] } as never)
    const [entry] = await probe.keys(`${prefix}:*:cache:ops-entry`)
    const entryTtl = await probe.ttl(entry!)
    expect(entryTtl).toBeGreaterThan(0)

    const before = Date.now()
    await handler.revalidateTag('content', { expire: 1 })
    const tagsTtl = await probe.ttl(`${prefix}:tags`)
    expect(tagsTtl).toBeGreaterThan(entryTtl)
    const times = JSON.parse((await probe.hget(`${prefix}:tags`, 'content'))!) as { stale: number; expired: number }
    expect(times.stale).toBeGreaterThanOrEqual(before)
    expect(times.expired).toBe(times.stale)
    // The entry made before it is a miss now: rendered fresh, never served once more while it is.
    expect(await handler.get('ops-entry', { kind: 'FETCH', tags: ['content'] } as never)).toBeNull()

    // A long profile (an article's refresh after a comment) stays stale-while-revalidate.
    await handler.revalidateTag('article:1', { expire: 31_536_000 })
    const article = JSON.parse((await probe.hget(`${prefix}:tags`, 'article:1'))!) as { stale: number; expired: number }
    expect(article.expired - article.stale).toBe(31_536_000_000)

    // Every write pushes the hash's expiry back.
    await probe.expire(`${prefix}:tags`, 60)
    await handler.revalidateTag('content', { expire: 1 })
    expect(await probe.ttl(`${prefix}:tags`)).toBeGreaterThanOrEqual(tagsTtl - 1)
  })

  it('writes every key under REDIS_PREFIX', async () => {
    const keys = await probe.keys('*')
    expect(keys.length).toBeGreaterThan(3)
    expect(keys.filter((key) => !key.startsWith(`${prefix}:`))).toEqual([])
  })
})
