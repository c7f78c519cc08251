import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type pg from 'pg'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// The vote action runs as in production against a fresh database; the request around it (the
// signed-in viewer and the browser's cookies) is stood in for.
const request = vi.hoisted(() => ({ viewer: null as Viewer | null, cookies: new Map<string, string>(), set: [] as unknown[] }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => request.viewer }))
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string, options: unknown) => {
      request.cookies.set(name, value)
      request.set.push({ name, options })
    },
  }),
}))

const { votePoll } = await import('@/lib/server/actions/polls')
const { castVote, pollResults } = await import('@/db/queries/polls')
const { getAuthState } = await import('@/db/queries/users')
const { createArticle, createCategory, createPoll, createUser } = await import('@/tests/factories')
const { onPostgres, setupTestDatabase } = await import('../setup/db')
const { VOTER_COOKIE } = await import('@/lib/server/voter')

const db = setupTestDatabase()

/** Where the test database is, for another process to open: its SQLite file or its PostgreSQL URL. */
const databaseEnv = (): Record<string, string> =>
  onPostgres ? { DATABASE_URL: (db().$client as unknown as pg.Pool).options.connectionString! } : { DATABASE_FILE: db().$client.name }

const vote = (pollId: number, optionId: number | string) => {
  const data = new FormData()
  data.set('pollId', String(pollId))
  data.set('optionId', String(optionId))
  return votePoll(null, data)
}
const newBrowser = () => {
  request.cookies = new Map()
  request.set = []
}

let poll: Awaited<ReturnType<typeof createPoll>>
let categoryId: number

/** A poll published in an Interaktif piece, the only kind that takes votes. */
async function publishedPoll(values: Parameters<typeof createPoll>[1] = {}, article: Partial<Parameters<typeof createArticle>[1]> = {}) {
  const created = await createPoll(db(), values)
  await createArticle(db(), { kind: 'interactive', categoryId, body: [{ type: 'poll', pollId: created.id }], ...article })
  return created
}

beforeEach(async () => {
  request.viewer = null
  newBrowser()
  categoryId = (await createCategory(db())).id
  poll = await publishedPoll({ options: ['Ya', 'Tidak', 'Belum tahu'] })
})

describe('voting', () => {
  it('an anonymous reader votes once; the browser gets an HttpOnly token and sees the results', async () => {
    const [yes, no] = poll.optionIds
    expect(await vote(poll.id, yes!)).toMatchObject({
      ok: true,
      message: /tercatat/,
      data: { choice: yes, results: { total: 1, counts: { [yes!]: 1 } } },
    })
    expect(request.set).toEqual([{ name: VOTER_COOKIE, options: expect.objectContaining({ httpOnly: true, sameSite: 'lax', path: '/' }) }])
    // The same browser again, for another option: not counted, told so, shown its first choice.
    expect(await vote(poll.id, no!)).toMatchObject({
      ok: true,
      message: /sudah memberikan suara/,
      data: { choice: yes, results: { total: 1 } },
    })
    newBrowser()
    expect(await vote(poll.id, no!)).toMatchObject({
      ok: true,
      data: { choice: no, results: { total: 2, counts: { [yes!]: 1, [no!]: 1 } } },
    })
  })

  it('a signed-in reader votes once per account, from any browser, and the browser is bound too', async () => {
    const [yes, no] = poll.optionIds
    request.viewer = await getAuthState((await createUser(db())).id)
    expect(await vote(poll.id, yes!)).toMatchObject({ ok: true, data: { choice: yes } })
    const firstBrowser = request.cookies
    newBrowser()
    expect(await vote(poll.id, no!)).toMatchObject({ message: /sudah memberikan suara/, data: { choice: yes, results: { total: 1 } } })
    // Signing out in the first browser does not give it a second vote either.
    request.cookies = firstBrowser
    request.viewer = null
    expect(await vote(poll.id, no!)).toMatchObject({ message: /sudah memberikan suara/, data: { results: { total: 1 } } })
  })

  it('refuses banned and suspended accounts, foreign options, unknown polls and closed polls', async () => {
    const [yes] = poll.optionIds
    const other = await publishedPoll()
    expect(await vote(poll.id, other.optionIds[0]!)).toMatchObject({ ok: false, fieldErrors: { optionId: [/Pilih/] } })
    expect(await vote(9999, yes!)).toMatchObject({ ok: false, formError: /tidak ditemukan/ })
    expect(await vote(poll.id, '')).toMatchObject({ ok: false, fieldErrors: { optionId: [/Pilih/] } })
    expect(await vote(poll.id, 'x'.repeat(10_000))).toMatchObject({ ok: false })
    expect(await vote(poll.id, '1e309')).toMatchObject({ ok: false })
    request.viewer = await getAuthState((await createUser(db(), { status: 'banned' })).id)
    expect(await vote(poll.id, yes!)).toMatchObject({ ok: false, formError: /diblokir/ })
    request.viewer = await getAuthState(
      (await createUser(db(), { status: 'suspended', suspendedUntil: new Date(Date.now() + 86_400_000) })).id,
    )
    expect(await vote(poll.id, yes!)).toMatchObject({ ok: false, formError: /ditangguhkan/ })
    request.viewer = null
    const closed = await publishedPoll({ closesAt: new Date(Date.now() - 1000) })
    expect(await vote(closed.id, closed.optionIds[0]!)).toMatchObject({ ok: false, formError: /ditutup/, data: { results: { total: 0 } } })
    expect((await pollResults(poll.id)).total).toBe(0)
  })

  it('takes no vote on a poll that no published piece carries', async () => {
    const loose = await createPoll(db())
    const draft = await publishedPoll({}, { status: 'draft' })
    const scheduled = await publishedPoll({}, { publishedAt: new Date(Date.now() + 86_400_000) })
    for (const target of [loose, draft, scheduled]) {
      expect(await vote(target.id, target.optionIds[0]!)).toMatchObject({ ok: false, formError: /tidak ditemukan/ })
      expect((await pollResults(target.id)).total).toBe(0)
    }
  })
})

describe('concurrent votes', () => {
  it('four processes voting at once on one database count every browser exactly once', async () => {
    const worker = path.join(import.meta.dirname, 'helpers', 'vote-worker.ts')
    const workers = ['satu', 'dua', 'tiga', 'empat'].map((name) =>
      spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', worker, String(poll.id), poll.optionIds.join(','), name], {
        env: { ...process.env, ...databaseEnv(), NODE_ENV: 'production' },
      }),
    )
    const lines = workers.map((child) => createInterface({ input: child.stdout })[Symbol.asyncIterator]())
    // Every worker has its database open before any of them votes.
    for (const line of lines) expect((await line.next()).value).toBe('ready')
    for (const child of workers) child.stdin.write('go\n')
    const reports = await Promise.all(
      lines.map(async (line) => JSON.parse((await line.next()).value) as { stored: number; start: number; end: number }),
    )
    // The four voting runs overlapped in time: each started before any finished.
    expect(Math.max(...reports.map((r) => r.start))).toBeLessThan(Math.min(...reports.map((r) => r.end)))
    const stored = reports.reduce((sum, report) => sum + report.stored, 0)
    // 300 browsers shared by all four, plus 300 of each worker's own.
    expect(stored).toBe(1500)
    expect((await pollResults(poll.id)).total).toBe(1500)
    const [yes, no, unsure] = poll.optionIds
    // Shared browser i voted option i % 3 whoever won it; each own browser voted the same way.
    expect((await pollResults(poll.id)).counts).toEqual({ [yes!]: 500, [no!]: 500, [unsure!]: 500 })
    expect(await castVote(poll.id, yes!, { browserKey: 'bersama-0', userId: null })).toBe('already-voted')
  }, 60_000)
})
