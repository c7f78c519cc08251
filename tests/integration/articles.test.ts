import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getArticle, listLatest, listPopular, pageOfAuthor, pageOfLatest, pageOfTag } from '@/db/queries/articles'
import { addViews } from '@/db/queries/views'
import { articleViews } from '@/db/tables'
import { addViewsAt, createArticle, createAuthor, createCategory, tagArticle } from '@/tests/factories'
import { setupTestDatabase } from '../setup/db'

const db = setupTestDatabase()
const now = new Date('2024-07-12T12:00:00+07:00')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000)

describe('latest', () => {
  it('lists published news newest first and leaves out drafts, scheduled and future stories', async () => {
    const category = await createCategory(db(), { slug: 'nasional', name: 'Nasional' })
    const old = await createArticle(db(), { categoryId: category.id, title: 'Lama', publishedAt: hoursAgo(48) })
    const recent = await createArticle(db(), { categoryId: category.id, title: 'Baru', publishedAt: hoursAgo(1) })
    await createArticle(db(), { categoryId: category.id, title: 'Draf', status: 'draft', publishedAt: hoursAgo(2) })
    await createArticle(db(), { categoryId: category.id, title: 'Terjadwal', status: 'scheduled', publishedAt: hoursAgo(3) })
    await createArticle(db(), { categoryId: category.id, title: 'Besok', publishedAt: hoursAgo(-24) })

    expect((await listLatest({ limit: 10, now })).map((a) => a.id)).toEqual([recent.id, old.id])
  })

  it('filters by category and pages with a total', async () => {
    const ekonomi = await createCategory(db(), { slug: 'ekonomi', name: 'Ekonomi' })
    const hukum = await createCategory(db(), { slug: 'hukum', name: 'Hukum' })
    for (let i = 0; i < 5; i++) await createArticle(db(), { categoryId: ekonomi.id, title: `Ekonomi ${i}`, publishedAt: hoursAgo(i + 1) })
    await createArticle(db(), { categoryId: hukum.id, title: 'Hukum 1', publishedAt: hoursAgo(1) })

    const second = await pageOfLatest({ categorySlug: 'ekonomi', page: 2, pageSize: 2 }, now)
    expect(second.total).toBe(5)
    expect(second.items.map((a) => a.title)).toEqual(['Ekonomi 2', 'Ekonomi 3'])
    expect(second.items.every((a) => a.category.slug === 'ekonomi')).toBe(true)
    expect((await pageOfLatest({ categorySlug: 'ekonomi', page: 9, pageSize: 2 }, now)).items).toEqual([])
  })
})

describe('popular', () => {
  it('ranks by views within 24 hours and within 7 days separately', async () => {
    const category = await createCategory(db())
    const a = await createArticle(db(), { categoryId: category.id, title: 'Ramai hari ini', publishedAt: hoursAgo(200) })
    const b = await createArticle(db(), { categoryId: category.id, title: 'Ramai pekan ini', publishedAt: hoursAgo(200) })
    const c = await createArticle(db(), { categoryId: category.id, title: 'Ramai bulan lalu', publishedAt: hoursAgo(900) })
    await addViewsAt(db(), a.id, hoursAgo(2), 50)
    await addViewsAt(db(), b.id, hoursAgo(30), 400)
    await addViewsAt(db(), b.id, hoursAgo(3), 10)
    await addViewsAt(db(), c.id, hoursAgo(24 * 8), 10_000)

    expect((await listPopular('24h', 5, now)).map((x) => x.id)).toEqual([a.id, b.id])
    expect((await listPopular('7d', 5, now)).map((x) => x.id)).toEqual([b.id, a.id])
  })

  it('adds batched views to the hour bucket', async () => {
    const category = await createCategory(db())
    const a = await createArticle(db(), { categoryId: category.id })
    const hour = Math.floor(now.getTime() / 3_600_000)
    await addViews(new Map([[a.id, 3]]), hour)
    await addViews(new Map([[a.id, 4]]), hour)
    expect((await listPopular('24h', 5, now)).map((x) => x.id)).toEqual([a.id])
    const rows = await db().select({ views: articleViews.views }).from(articleViews).where(eq(articleViews.articleId, a.id))
    expect(rows).toEqual([{ views: 7 }])
  })
})

describe('article by path', () => {
  it('loads the article with author, editor, tags and the related link resolved', async () => {
    const category = await createCategory(db(), { slug: 'internasional', name: 'Internasional' })
    const reporter = await createAuthor(db(), { name: 'Rahma Putri' })
    const editor = await createAuthor(db(), { name: 'Budi Santoso', title: 'Editor' })
    const related = await createArticle(db(), { categoryId: category.id, title: 'Ukraina Minta 128 Jet Tempur', publishedAt: hoursAgo(50) })
    const article = await createArticle(db(), {
      categoryId: category.id,
      title: 'NATO Pastikan Ukraina Jadi Anggota',
      authorId: reporter.id,
      editorId: editor.id,
      sourceTag: 'ANT',
      publishedAt: hoursAgo(5),
      body: [
        { type: 'paragraph', text: 'Satu.' },
        { type: 'related', articleId: related.id },
        { type: 'paragraph', text: 'Dua.' },
      ],
    })
    await tagArticle(db(), article.id, ['NATO', 'Ukraina'])

    const found = await getArticle('internasional', article.slug, now)
    expect(found?.title).toBe('NATO Pastikan Ukraina Jadi Anggota')
    expect(found?.author?.name).toBe('Rahma Putri')
    expect(found?.editor?.name).toBe('Budi Santoso')
    expect(found?.sourceTag).toBe('ANT')
    expect(found?.tags.map((tag) => tag.slug)).toEqual(['nato', 'ukraina'])
    expect(found?.body[1]).toMatchObject({ type: 'related', article: { id: related.id, slug: related.slug } })
  })

  it('is not found under another category, as a draft, or for an unknown slug', async () => {
    const internasional = await createCategory(db(), { slug: 'internasional' })
    await createCategory(db(), { slug: 'nasional' })
    const article = await createArticle(db(), { categoryId: internasional.id, publishedAt: hoursAgo(1) })
    const draft = await createArticle(db(), { categoryId: internasional.id, status: 'draft' })

    expect(await getArticle('nasional', article.slug, now)).toBeNull()
    expect(await getArticle('internasional', draft.slug, now)).toBeNull()
    expect(await getArticle('internasional', 'tidak-ada', now)).toBeNull()
  })

  it('drops a related link to an unpublished article', async () => {
    const category = await createCategory(db(), { slug: 'hukum' })
    const draft = await createArticle(db(), { categoryId: category.id, status: 'draft' })
    const article = await createArticle(db(), {
      categoryId: category.id,
      publishedAt: hoursAgo(1),
      body: [
        { type: 'paragraph', text: 'Isi.' },
        { type: 'related', articleId: draft.id },
      ],
    })
    expect((await getArticle('hukum', article.slug, now))?.body).toEqual([{ type: 'paragraph', text: 'Isi.' }])
  })
})

describe('tag and author pages', () => {
  it('list only that tag or author, newest first', async () => {
    const category = await createCategory(db())
    const author = await createAuthor(db(), { name: 'Sari Dewi' })
    const a = await createArticle(db(), { categoryId: category.id, authorId: author.id, publishedAt: hoursAgo(3) })
    const b = await createArticle(db(), { categoryId: category.id, publishedAt: hoursAgo(2) })
    const c = await createArticle(db(), { categoryId: category.id, authorId: author.id, publishedAt: hoursAgo(1) })
    await tagArticle(db(), a.id, ['IKN'])
    await tagArticle(db(), b.id, ['IKN'])
    await tagArticle(db(), c.id, ['Rupiah'])

    expect(await pageOfTag({ tagSlug: 'ikn', page: 1, pageSize: 10 }, now)).toMatchObject({ total: 2 })
    expect((await pageOfTag({ tagSlug: 'ikn', page: 1, pageSize: 10 }, now)).items.map((x) => x.id)).toEqual([b.id, a.id])
    expect((await pageOfAuthor({ authorId: author.id, page: 1, pageSize: 10 }, now)).items.map((x) => x.id)).toEqual([c.id, a.id])
  })
})
