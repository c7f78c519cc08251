import { describe, expect, it, vi } from 'vitest'
import type { LiveComments } from '@/lib/comments/live'

vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache())

const { GET } = await import('@/app/api/comments/[id]/route')
const { LIVE_LIMIT } = await import('@/lib/comments/live')
const { createArticle, createCategory, createComment, createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

async function get(id: string | number) {
  const response = await GET(new Request(`http://127.0.0.1/api/comments/${id}`), { params: Promise.resolve({ id: String(id) }) })
  return { status: response.status, body: (await response.json()) as LiveComments & { error?: string } }
}

async function fixture() {
  const category = await createCategory(db(), { slug: 'internasional' })
  const article = await createArticle(db(), { categoryId: category.id, slug: 'nato' })
  const reader = await createUser(db(), { displayName: 'Sari', email: 'sari@fakta.test' })
  return { category, article, reader }
}

describe('GET /api/comments/<articleId>', () => {
  it('sends the approved comments only, newest first, with the approved count', async () => {
    const { article, reader } = await fixture()
    const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 10, minutes))
    const first = await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Pertama', createdAt: at(1) })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Menunggu', status: 'pending', createdAt: at(2) })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Ditolak', status: 'rejected', createdAt: at(3) })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Dihapus', status: 'deleted', createdAt: at(4) })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Balasan', parentId: first.id, createdAt: at(5) })
    const { status, body } = await get(article.id)
    expect(status).toBe(200)
    expect(body.count).toBe(2)
    expect(body.comments.map((c) => c.body)).toEqual(['Balasan', 'Pertama'])
    expect(body.comments[0]).toEqual({
      id: expect.any(Number),
      parentId: first.id,
      parentAuthor: 'Sari',
      authorName: 'Sari',
      authorIsStaff: false,
      featured: false,
      createdAt: at(5).toISOString(),
      edited: false,
      body: 'Balasan',
      likeCount: 0,
    })
  })

  it('never sends anything about a person beyond the public name: no email, no user id, no status', async () => {
    const { article, reader } = await fixture()
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Halo' })
    const text = JSON.stringify((await get(article.id)).body)
    expect(text).not.toContain('sari@fakta.test')
    expect(text).not.toMatch(/"(userId|email|status|moderationReason|clientToken)"/)
  })

  it('sends at most the newest LIVE_LIMIT comments and counts them all', async () => {
    const { article, reader } = await fixture()
    for (let i = 0; i < LIVE_LIMIT + 5; i++) await createComment(db(), { articleId: article.id, userId: reader.id, body: `Komentar ${i}` })
    const { body } = await get(article.id)
    expect(body.count).toBe(LIVE_LIMIT + 5)
    expect(body.comments).toHaveLength(LIVE_LIMIT)
  })

  it('answers 404 with a message for an unknown article, a draft, and a malformed id', async () => {
    const { category } = await fixture()
    const draft = await createArticle(db(), { categoryId: category.id, slug: 'draf', status: 'draft' })
    for (const id of [999_999, draft.id, 'abc', '1e3', '-1', '1;drop']) {
      const { status, body } = await get(id)
      expect(status, String(id)).toBe(404)
      expect(body.error).toBe('Berita tidak ditemukan.')
    }
  })
})
