import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// Anonymous votes are one per browser cookie; a script that drops the cookie must still meet a
// cap per network (the client address our server sets) per poll per hour.
const request = vi.hoisted(() => ({ viewer: null as Viewer | null, cookies: new Map<string, string>(), address: '203.0.113.7' }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => request.viewer }))
vi.mock('next/headers', () => ({
  // A spoofed X-Forwarded-For changes nothing: the address is the one our server resolved.
  headers: async () =>
    new Headers({ 'x-fakta-client-address': request.address, 'x-forwarded-for': `10.0.0.${Math.floor(Math.random() * 250)}` }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => request.cookies.set(name, value),
  }),
}))

const { votePoll } = await import('@/lib/server/actions/polls')
const { pollResults } = await import('@/db/queries/polls')
const { getAuthState } = await import('@/db/queries/users')
const { createArticle, createCategory, createPoll, createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')
const { ANONYMOUS_VOTES_PER_NETWORK, resetNetworkVotes } = await import('@/lib/server/voter')

const db = setupTestDatabase()

async function publishedPoll() {
  const poll = await createPoll(db(), { options: ['Ya', 'Tidak'] })
  await createArticle(db(), { kind: 'interactive', categoryId: (await createCategory(db())).id, body: [{ type: 'poll', pollId: poll.id }] })
  return poll
}
const voteAsNewBrowser = (pollId: number, optionId: number) => {
  request.cookies = new Map()
  const data = new FormData()
  data.set('pollId', String(pollId))
  data.set('optionId', String(optionId))
  return votePoll(null, data)
}

beforeEach(() => {
  resetNetworkVotes()
  request.viewer = null
  request.address = '203.0.113.7'
})

describe('anonymous poll votes per network', () => {
  it('stops a cookie-dropping loop from one network at the cap, with a clear message', async () => {
    const poll = await publishedPoll()
    const yes = poll.optionIds[0]!
    for (let i = 0; i < ANONYMOUS_VOTES_PER_NETWORK; i++) expect(await voteAsNewBrowser(poll.id, yes)).toMatchObject({ ok: true })
    for (let i = 0; i < 30; i++) {
      expect(await voteAsNewBrowser(poll.id, yes)).toMatchObject({ ok: false, formError: /Terlalu banyak suara .* jaringan Anda/ })
    }
    expect((await pollResults(poll.id)).total).toBe(ANONYMOUS_VOTES_PER_NETWORK)
  })

  it('holds the cap when a cookie-dropping script sends its votes all at once', async () => {
    const poll = await publishedPoll()
    // Every request arrives without a cookie, and none is kept: each vote is a new browser.
    request.cookies = new (class extends Map<string, string> {
      override set() {
        return this
      }
    })()
    const data = new FormData()
    data.set('pollId', String(poll.id))
    data.set('optionId', String(poll.optionIds[0]))
    const results = await Promise.all(Array.from({ length: ANONYMOUS_VOTES_PER_NETWORK * 2 }, () => votePoll(null, data)))
    expect(results.filter((result) => result.ok)).toHaveLength(ANONYMOUS_VOTES_PER_NETWORK)
    expect((await pollResults(poll.id)).total).toBe(ANONYMOUS_VOTES_PER_NETWORK)
    expect(await voteAsNewBrowser(poll.id, poll.optionIds[0]!)).toMatchObject({ ok: false, formError: /jaringan Anda/ })
  })

  it('leaves other networks, other polls and signed-in readers alone', async () => {
    const poll = await publishedPoll()
    const other = await publishedPoll()
    for (let i = 0; i < ANONYMOUS_VOTES_PER_NETWORK; i++) await voteAsNewBrowser(poll.id, poll.optionIds[0]!)
    expect(await voteAsNewBrowser(other.id, other.optionIds[0]!)).toMatchObject({ ok: true })
    request.address = '198.51.100.9'
    expect(await voteAsNewBrowser(poll.id, poll.optionIds[0]!)).toMatchObject({ ok: true })
    request.address = '203.0.113.7'
    request.viewer = await getAuthState((await createUser(db())).id)
    expect(await voteAsNewBrowser(poll.id, poll.optionIds[1]!)).toMatchObject({ ok: true, message: /tercatat/ })
  })
})
