import { describe, expect, it } from 'vitest'

// What the desk's pages read beside the desk's own queries: a draft for its preview link, and
// the lists the editor offers.
const { getArticle, getArticlePreview } = await import('@/db/queries/articles')
const { listAuthorOptions, listCategoryOptions, listDatasetOptions, listTagOptions } = await import('@/db/queries/taxonomy')
const { createArticle, createAuthor, createCategory, createTag } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()
const now = new Date('2026-12-01T10:00:00Z')

describe('getArticlePreview', () => {
  it('loads a draft by id, which the reader query never shows', async () => {
    const category = await createCategory(db(), { slug: 'nasional', name: 'Nasional' })
    const draft = await createArticle(db(), { categoryId: category.id, title: 'Draf rahasia', status: 'draft', publishedAt: null })
    expect(await getArticle('nasional', draft.slug, now)).toBeNull()
    const preview = await getArticlePreview(draft.id, now)
    expect(preview?.title).toBe('Draf rahasia')
    expect(preview?.category.slug).toBe('nasional')
    expect(preview?.body).toEqual([{ type: 'paragraph', text: 'Isi Draf rahasia.' }])
  })

  it('loads scheduled and taken-down articles too (the token is the check), and nothing for an unknown id', async () => {
    const category = await createCategory(db())
    const later = await createArticle(db(), {
      categoryId: category.id,
      status: 'scheduled',
      publishedAt: null,
      scheduledAt: new Date('2027-01-01'),
    })
    const down = await createArticle(db(), { categoryId: category.id, status: 'taken_down' })
    expect((await getArticlePreview(later.id, now))?.id).toBe(later.id)
    expect((await getArticlePreview(down.id, now))?.id).toBe(down.id)
    expect(await getArticlePreview(999_999, now)).toBeNull()
  })
})

describe('editor lists', () => {
  it('lists categories in their order, and authors, tags and datasets by name', async () => {
    await createCategory(db(), { name: 'Kedua', position: 2 })
    await createCategory(db(), { name: 'Pertama', position: 1 })
    await createAuthor(db(), { name: 'Zaki' })
    await createAuthor(db(), { name: 'Ani' })
    await createTag(db(), 'Pesisir')
    await createTag(db(), 'Banjir')
    expect((await listCategoryOptions()).map((c) => c.name)).toEqual(['Pertama', 'Kedua'])
    expect((await listAuthorOptions()).map((a) => a.name)).toEqual(['Ani', 'Zaki'])
    expect((await listTagOptions()).map((t) => t.name)).toEqual(['Banjir', 'Pesisir'])
    expect(Array.isArray(await listDatasetOptions())).toBe(true)
  })
})
