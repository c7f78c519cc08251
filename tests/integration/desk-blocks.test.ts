import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// The desk's body blocks on the reading side (images resolved against the library) and the
// "Baca juga" picker's server action, against a fresh database; only the session is stood in for.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))

const { searchDeskArticles } = await import('@/lib/server/actions/desk-pickers')
const { getArticle } = await import('@/db/queries/articles')
const { getAuthState } = await import('@/db/queries/users')
const { media } = await import('@/db/tables')
const { createArticle, createCategory, createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

const as = async (values: Parameters<typeof createUser>[1] = {}) => {
  const user = await createUser(db(), values)
  session.viewer = await getAuthState(user.id)
  return user
}

let categoryId: number
beforeEach(async () => {
  session.viewer = null
  categoryId = (await createCategory(db(), { slug: 'nasional', name: 'Nasional' })).id
})

const addMedia = async (hash: string) => {
  const [row] = await db()
    .insert(media)
    .values({
      hash,
      width: 1600,
      height: 900,
      mime: 'image/jpeg',
      bytes: 1000,
      alt: 'Alt pustaka',
      variants: [{ aspect: 'full', widths: [320, 640], width: 640, height: 360 }],
    })
    .returning()
  return row!
}

describe('image blocks on the reading page', () => {
  it('resolve against the media library, and one whose image is gone is dropped', async () => {
    const image = await addMedia('aaa')
    await createArticle(db(), {
      categoryId,
      slug: 'banjir',
      body: [
        { type: 'paragraph', text: 'Pembuka.' },
        { type: 'image', mediaId: image.id, alt: 'Warga mengungsi', caption: 'Pengungsian', credit: 'FAKTA' },
        { type: 'image', mediaId: 9999, alt: 'Hilang' },
        { type: 'heading', text: 'Sub' },
      ],
    })
    const article = await getArticle('nasional', 'banjir')
    expect(article?.body.map((block) => block.type)).toEqual(['paragraph', 'image', 'heading'])
    expect(article?.body[1]).toMatchObject({
      type: 'image',
      alt: 'Warga mengungsi',
      caption: 'Pengungsian',
      credit: 'FAKTA',
      media: { id: image.id, hash: 'aaa' },
    })
  })
})

describe('searchDeskArticles', () => {
  beforeEach(async () => {
    await createArticle(db(), { categoryId, slug: 'banjir-jakarta', title: 'Banjir Jakarta meluas', publishedAt: new Date('2024-07-01') })
    await createArticle(db(), { categoryId, slug: 'banjir-bekasi', title: 'Banjir Bekasi surut', publishedAt: new Date('2024-07-02') })
    await createArticle(db(), { categoryId, slug: 'draf-banjir', title: 'Banjir draf', status: 'draft' })
    await createArticle(db(), { categoryId, slug: 'turun-banjir', title: 'Banjir diturunkan', status: 'taken_down' })
    await createArticle(db(), { categoryId, slug: 'data-banjir', title: 'Banjir dalam data', kind: 'data' })
    await createArticle(db(), { categoryId, slug: 'diskon', title: 'Diskon 100% tarif', publishedAt: new Date('2024-07-03') })
  })

  it('finds published news by title for writers, newest first, with their paths', async () => {
    await as({ role: 'writer' })
    expect(await searchDeskArticles('banjir')).toEqual([
      { id: expect.any(Number), title: 'Banjir Bekasi surut', path: '/news/nasional/banjir-bekasi' },
      { id: expect.any(Number), title: 'Banjir Jakarta meluas', path: '/news/nasional/banjir-jakarta' },
    ])
    expect((await searchDeskArticles('')).map((a) => a.title)).toEqual([
      'Diskon 100% tarif',
      'Banjir Bekasi surut',
      'Banjir Jakarta meluas',
    ])
  })

  it('returns at most ten and treats % and _ as text', async () => {
    await as({ role: 'editor' })
    for (let i = 0; i < 12; i++) await createArticle(db(), { categoryId, title: `Pemilu hari ${i}` })
    expect(await searchDeskArticles('pemilu')).toHaveLength(10)
    expect((await searchDeskArticles('100%')).map((a) => a.title)).toEqual(['Diskon 100% tarif'])
    expect(await searchDeskArticles('%')).toHaveLength(1)
    expect(await searchDeskArticles('_')).toEqual([])
    expect(await searchDeskArticles('banjir'.repeat(40))).toEqual([])
  })

  it('gives nothing to readers, moderators and signed-out callers', async () => {
    expect(await searchDeskArticles('banjir')).toEqual([])
    await as({ role: 'reader' })
    expect(await searchDeskArticles('banjir')).toEqual([])
    await as({ role: 'moderator' })
    expect(await searchDeskArticles('banjir')).toEqual([])
    await as({ role: 'writer', status: 'banned' })
    expect(await searchDeskArticles('banjir')).toEqual([])
  })
})
