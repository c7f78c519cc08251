import { describe, expect, it } from 'vitest'
import { countApprovedComments, listApprovedComments } from '@/db/queries/comments'
import { createArticle, createCategory, createComment, createUser } from '@/tests/factories'
import { setupTestDatabase } from '../setup/db'

const db = setupTestDatabase()

describe('approved comments', () => {
  it('counts and threads only approved comments, featured first', async () => {
    const category = await createCategory(db())
    const article = await createArticle(db(), { categoryId: category.id })
    const other = await createArticle(db(), { categoryId: category.id })
    const reader = await createUser(db(), { displayName: 'Rina', email: 'rina@contoh.id' })
    const staff = await createUser(db(), { displayName: 'Moderator FAKTA', role: 'moderator' })

    const first = await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Pertama', createdAt: new Date(1000) })
    const featured = await createComment(db(), {
      articleId: article.id,
      userId: staff.id,
      body: 'Pilihan',
      featured: true,
      createdAt: new Date(2000),
    })
    await createComment(db(), { articleId: article.id, userId: reader.id, parentId: first.id, body: 'Balasan', createdAt: new Date(3000) })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Tertahan', status: 'pending' })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Ditolak', status: 'rejected' })
    await createComment(db(), { articleId: other.id, userId: reader.id, body: 'Artikel lain' })

    expect(await countApprovedComments(article.id)).toBe(3)
    const thread = await listApprovedComments(article.id)
    expect(thread.map((c) => c.body)).toEqual(['Pilihan', 'Pertama'])
    expect(thread[0]?.id).toBe(featured.id)
    expect(thread[0]?.authorIsStaff).toBe(true)
    expect(thread[1]?.replies.map((c) => c.body)).toEqual(['Balasan'])
    expect(JSON.stringify(thread)).not.toContain('rina@contoh.id')
  })
})
