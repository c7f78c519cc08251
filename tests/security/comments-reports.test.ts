import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// Reports once hid anyone's comment: three accounts made seconds earlier hid a moderator's, and a
// comment a moderator had approved was hidden again by one new report. Only established readers'
// open reports count, staff comments are never hidden by reports, and a comment a moderator kept
// after reports goes back to the Reported queue instead of disappearing.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache())
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('redirect'), { url })
  },
}))

const { reportComment } = await import('@/lib/server/actions/comments')
const staff = await import('@/lib/server/actions/staff')
const { countApprovedComments, getComment } = await import('@/db/queries/comments')
const { listQueue } = await import('@/db/queries/moderation')
const { getAuthState } = await import('@/db/queries/users')
const { createArticle, createCategory, createComment, createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()
const NOW = new Date('2026-12-01T08:00:00Z')
const DAY = 86_400_000

function form(values: Record<string, string | number>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, String(value))
  return data
}

let article: { id: number }
let other: { id: number }

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  session.viewer = null
  const category = await createCategory(db(), { slug: 'nasional' })
  article = await createArticle(db(), { categoryId: category.id, slug: 'pemilu' })
  other = await createArticle(db(), { categoryId: category.id, slug: 'lain' })
})
afterEach(() => {
  vi.useRealTimers()
})

/** An account made `ageMs` ago with `approved` approved comments, signed in. */
async function signIn({ ageMs, approved, role = 'reader' }: { ageMs: number; approved: number; role?: 'reader' | 'moderator' }) {
  const user = await createUser(db(), { role, createdAt: new Date(Date.now() - ageMs) })
  for (let i = 0; i < approved; i++)
    await createComment(db(), { articleId: other.id, userId: user.id, body: `lama ${i}`, createdAt: new Date(Date.now() - ageMs + i) })
  session.viewer = await getAuthState(user.id)
  return user
}
const fresh = () => signIn({ ageMs: 5_000, approved: 0 })
const established = () => signIn({ ageMs: 30 * DAY, approved: 3 })

const report = (commentId: number, reason = 'abusive') => reportComment(null, form({ commentId, reason }))
const reported = async () => (await listQueue({ tab: 'reported', limit: 50, offset: 0 }, new Date())).items.map((item) => item.id)

async function commentBy(role: 'reader' | 'moderator') {
  const author = await createUser(db(), { role, createdAt: new Date(Date.now() - 400 * DAY) })
  return await createComment(db(), {
    articleId: article.id,
    userId: author.id,
    body: `Komentar ${role}`,
    createdAt: new Date(Date.now() - 60_000),
  })
}

async function moderatorApproves(commentId: number) {
  await signIn({ ageMs: 400 * DAY, approved: 0, role: 'moderator' })
  const data = new FormData()
  data.append('ids', String(commentId))
  await staff.approveComments(data).catch((error: { url?: string }) => {
    expect(new URL(error.url ?? '', 'http://x').searchParams.get('pesan')).toMatch(/Disetujui: 1/)
  })
}

describe('reports hide a comment only on the word of established readers', () => {
  it('three accounts made seconds ago cannot hide a reader’s comment; it waits in the Reported queue, still visible', async () => {
    const comment = await commentBy('reader')
    for (let i = 0; i < 3; i++) {
      await fresh()
      expect(await report(comment.id)).toMatchObject({ ok: true })
    }
    expect((await getComment(comment.id))?.status).toBe('approved')
    expect(await countApprovedComments(article.id)).toBe(1)
    expect(await reported()).toEqual([comment.id])
  })

  it('an old account without approved comments, or a young one with them, does not count either', async () => {
    const comment = await commentBy('reader')
    await signIn({ ageMs: 365 * DAY, approved: 2 })
    await report(comment.id)
    await signIn({ ageMs: 6 * DAY, approved: 10 })
    await report(comment.id)
    await established()
    await report(comment.id)
    expect((await getComment(comment.id))?.status).toBe('approved')
  })

  it('three established readers hide a reader’s comment pending review', async () => {
    const comment = await commentBy('reader')
    for (let i = 0; i < 3; i++) {
      expect((await getComment(comment.id))?.status).toBe('approved')
      await established()
      expect(await report(comment.id)).toMatchObject({ ok: true })
    }
    expect((await getComment(comment.id))?.status).toBe('pending')
    expect(await countApprovedComments(article.id)).toBe(0)
    expect(await reported()).toEqual([comment.id])
  })

  it('nobody hides a moderator’s comment by reporting it', async () => {
    const comment = await commentBy('moderator')
    for (let i = 0; i < 5; i++) {
      await established()
      await report(comment.id)
    }
    for (let i = 0; i < 3; i++) {
      await fresh()
      await report(comment.id)
    }
    expect((await getComment(comment.id))?.status).toBe('approved')
    expect(await countApprovedComments(article.id)).toBe(1)
    expect(await reported()).toEqual([comment.id])
  })

  it('after a moderator approves a reported comment, one new report puts it back in the queue and does not hide it', async () => {
    const comment = await commentBy('reader')
    for (let i = 0; i < 3; i++) {
      await established()
      await report(comment.id)
    }
    expect((await getComment(comment.id))?.status).toBe('pending')
    vi.setSystemTime(new Date(NOW.getTime() + 3_600_000))
    await moderatorApproves(comment.id)
    expect((await getComment(comment.id))?.status).toBe('approved')
    expect(await reported()).toEqual([])

    vi.setSystemTime(new Date(NOW.getTime() + 2 * 3_600_000))
    for (let i = 0; i < 4; i++) {
      await established()
      expect(await report(comment.id)).toMatchObject({ ok: true })
    }
    expect((await getComment(comment.id))?.status).toBe('approved')
    expect(await countApprovedComments(article.id)).toBe(1)
    expect(await reported()).toEqual([comment.id])
    // The queue shows only the reports made since the approval.
    expect((await listQueue({ tab: 'reported', limit: 50, offset: 0 })).items[0]?.reports).toEqual([
      { reason: 'abusive', count: 4, notes: [] },
    ])
  })

  it('dismissing the reports on a visible comment (approving it as it is) stops them counting', async () => {
    const comment = await commentBy('reader')
    for (let i = 0; i < 2; i++) {
      await established()
      await report(comment.id)
    }
    await moderatorApproves(comment.id)
    await established()
    await report(comment.id)
    expect((await getComment(comment.id))?.status).toBe('approved')
    expect(await reported()).toEqual([comment.id])
  })
})
