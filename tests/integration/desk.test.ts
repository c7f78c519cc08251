import { asc, eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'
import { DESK_BODY_MAX_CHARS } from '@/lib/desk/blocks'

// The newsroom desk through its actions, against a fresh database per test; the signed-in viewer
// and Next's cache are stood in for (as in notes.test.ts).
const session = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'a-test-secret-of-at-least-thirty-two-characters'
  return { viewer: null as Viewer | null, revalidated: [] as string[] }
})
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache((entry) => session.revalidated.push(entry)))
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))

const actions = await import('@/lib/server/actions/desk')
const desk = await import('@/db/queries/desk')
const { getArticle, listLatest, listPopular, listRecentArticleParams, pageOfAuthor, pageOfLatest, pageOfTag } =
  await import('@/db/queries/articles')
const { getAuthState } = await import('@/db/queries/users')
const { getCommentTarget } = await import('@/db/queries/comments')
const { listAudit } = await import('@/db/queries/moderation')
const { searchSite } = await import('@/lib/server/search')
const { toMatchExpression } = await import('@/lib/search-query')
const { verifyPreviewToken } = await import('@/lib/server/preview')
const { addViewsAt, createArticle, createAuthor, createCategory, createUser, tagArticle } = await import('@/tests/factories')
const { articleRedirects, articleRevisions, articles, articleTags, deskPresence, moderationActions, tags } = await import('@/db/tables')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

type Values = Record<string, string | number | (string | number)[]>
const form = (values: Values) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, String(item))
  }
  return data
}
const call = <R>(action: (state: null, data: FormData) => Promise<R>, values: Values) => action(null, form(values))

const as = async (values: Parameters<typeof createUser>[1] = {}) => {
  const user = await createUser(db(), values)
  session.viewer = await getAuthState(user.id)
  return user
}

let categoryId: number
let authorId: number
beforeEach(async () => {
  session.viewer = null
  session.revalidated = []
  categoryId = (await createCategory(db(), { slug: 'ekonomi', name: 'Ekonomi' })).id
  authorId = (await createAuthor(db(), { name: 'Rina Wartawan' })).id
})

const body = (text = 'Isi berita.') => JSON.stringify([{ type: 'paragraph', text }])
const fields = (values: Values = {}): Values => ({
  id: '',
  version: '',
  intent: 'save',
  title: 'Harga Beras Naik',
  slug: '',
  summary: 'Ringkasan.',
  categoryId,
  tags: 'Beras, Pangan',
  authorIds: [authorId],
  sourceTag: 'ANT',
  heroMediaId: '',
  heroCaption: '',
  heroCredit: '',
  commentMode: 'open',
  body: body(),
  ...values,
})

const redirects = async () => await db().select().from(articleRedirects).orderBy(asc(articleRedirects.path))
const articleCount = async () => (await db().select().from(articles)).length
const revisionCount = async () => (await db().select().from(articleRevisions)).length
const deskAudit = async () =>
  (await listAudit({ limit: 100, offset: 0 })).items.filter((entry) => entry.action.startsWith('desk.')).map((entry) => entry.action)

/** A desk article as it would be after a save through the desk (with its first revision). */
async function deskArticle(values: Partial<typeof articles.$inferInsert> = {}) {
  const article = await createArticle(db(), { categoryId, authorId, status: 'draft', publishedAt: null, ...values })
  await db()
    .insert(articleRevisions)
    .values({
      articleId: article.id,
      version: article.version,
      snapshot: (await desk.getDeskArticle(article.id))!.snapshot,
      userId: values.createdBy ?? null,
    })
  return article
}

describe('saving', () => {
  it('creates a draft with tags, bylines, a slug from the title and revision 1; audited', async () => {
    const writer = await as({ role: 'writer', displayName: 'Penulis Satu' })
    const co = await createAuthor(db(), { name: 'Budi Reporter' })
    const result = await call(actions.saveArticle, fields({ authorIds: [authorId, co.id, authorId] }))
    expect(result).toMatchObject({
      ok: true,
      data: { version: 1, status: 'draft', slug: 'harga-beras-naik', path: '/news/ekonomi/harga-beras-naik' },
    })
    if (!result.ok || !result.data || 'conflict' in result.data) throw new Error('not saved')
    const article = (await desk.getDeskArticle(result.data.id))!
    expect(article.createdBy).toBe(writer.id)
    expect(article.snapshot.authorIds).toEqual([authorId, co.id])
    expect(article.snapshot.tagIds).toHaveLength(2)
    expect(article.updatedByName).toBe('Penulis Satu')
    expect(await desk.listRevisions(article.id)).toMatchObject([{ version: 1, applied: true, userName: 'Penulis Satu' }])
    expect(await deskAudit()).toEqual(['desk.create'])
    // A draft is nowhere for readers, and its save expires nothing.
    expect(await getArticle('ekonomi', 'harga-beras-naik')).toBeNull()
    expect(session.revalidated).toEqual([])
    const listed = await desk.listDeskArticles({}, new Date())
    expect(listed.items.map((row) => [row.title, row.authorNames, row.path])).toEqual([
      ['Harga Beras Naik', ['Rina Wartawan', 'Budi Reporter'], null],
    ])
    expect(listed.counts.draft).toBe(1)
  })

  it('makes slugs unique among news articles', async () => {
    await as({ role: 'editor' })
    await createArticle(db(), { categoryId, slug: 'harga-beras-naik' })
    const second = await call(actions.saveArticle, fields())
    const third = await call(actions.saveArticle, fields({ slug: 'harga-beras-naik' }))
    expect(second).toMatchObject({ ok: true, data: { slug: 'harga-beras-naik-2' } })
    expect(third).toMatchObject({ ok: true, data: { slug: 'harga-beras-naik-3' } })
  })

  it('two saves from the same version: the second is refused and kept as an unapplied revision', async () => {
    const editor = await as({ role: 'editor', displayName: 'Editor Satu' })
    const created = await call(actions.saveArticle, fields())
    if (!created.ok || !created.data || 'conflict' in created.data) throw new Error('not saved')
    const { id } = created.data
    const first = await call(actions.saveArticle, fields({ id, version: 1, title: 'Versi Pertama' }))
    expect(first).toMatchObject({ ok: true, data: { version: 2 } })
    await as({ role: 'editor', displayName: 'Editor Dua' })
    const second = await call(actions.saveArticle, fields({ id, version: 1, title: 'Versi Kedua' }))
    expect(second.ok).toBe(false)
    if (second.ok) return
    expect(second.data).toEqual({ conflict: true })
    expect(second.formError).toMatch(
      /^Artikel ini sudah disimpan oleh Editor Satu pukul \d\d:\d\d\. Versi Anda disimpan sebagai revisi; muat ulang/,
    )
    const article = (await desk.getDeskArticle(id))!
    expect(article.snapshot.title).toBe('Versi Pertama')
    expect(article.version).toBe(2)
    const revisions = await desk.listRevisions(id)
    expect(revisions.map((r) => [r.version, r.applied, r.userName])).toEqual([
      [1, false, 'Editor Dua'],
      [2, true, 'Editor Satu'],
      [1, true, 'Editor Satu'],
    ])
    expect((await desk.getRevision(id, revisions[0]!.id))?.snapshot.title).toBe('Versi Kedua')
    expect(editor.id).toBeGreaterThan(0)
  })

  it('refuses bad input with a message and stores nothing', async () => {
    await as({ role: 'editor' })
    const cases: [Values, string, RegExp][] = [
      [{ title: '' }, 'title', /judul/i],
      [{ title: 'x'.repeat(201) }, 'title', /200/],
      [{ summary: 'x'.repeat(401) }, 'summary', /400/],
      [{ slug: 'Bukan Slug!' }, 'slug', /huruf kecil/],
      [{ categoryId: 999 }, 'categoryId', /rubrik/],
      [{ categoryId: 'abc' }, 'categoryId', /rubrik/],
      [{ tags: Array.from({ length: 11 }, (_, i) => `tag${i}`).join(',') }, 'tags', /10 tag/],
      [{ tags: 'x'.repeat(41) }, 'tags', /40/],
      [{ authorIds: [1, 2, 3, 4, 5, 6] }, 'authorIds', /5 penulis/],
      [{ authorIds: [999] }, 'authorIds', /penulis/],
      [{ sourceTag: 'antara news!' }, 'sourceTag', /12/],
      [{ heroMediaId: 999 }, 'heroMediaId', /pustaka/],
      [{ heroCaption: 'x'.repeat(301) }, 'heroCaption', /300/],
      [{ commentMode: 'everyone' }, 'commentMode', /komentar/],
      [{ intent: 'delete' }, 'intent', /tindakan/],
      [{ body: 'x'.repeat(DESK_BODY_MAX_CHARS + 1) }, 'body', /terlalu panjang/],
      [{ body: '{not json' }, 'body', /tidak dapat dibaca/],
      [{ body: JSON.stringify([{ type: 'html', html: '<script>alert(1)</script>' }]) }, 'body', /jenis blok/],
      [
        {
          body: JSON.stringify([
            { type: 'paragraph', text: 'klik', marks: [{ type: 'link', from: 0, to: 4, href: 'javascript:alert(1)' }] },
          ]),
        },
        'body',
        /Tautan hanya boleh/,
      ],
      [{ body: JSON.stringify([{ type: 'image', mediaId: 4242, alt: 'x' }]) }, 'body', /tidak ada/],
      [{ body: JSON.stringify([{ type: 'related', articleId: 4242 }]) }, 'body', /tidak ada/],
      [{ intent: 'schedule', publishAt: '' }, 'publishAt', /tanggal/],
      [{ intent: 'schedule', publishAt: '2020-01-01T10:00' }, 'publishAt', /masa depan/],
      [{ intent: 'schedule', publishAt: '2099-02-30T10:00' }, 'publishAt', /tanggal/],
    ]
    for (const [values, field, message] of cases) {
      const result = await call(actions.saveArticle, fields(values))
      expect(result.ok, JSON.stringify(values).slice(0, 80)).toBe(false)
      if (result.ok) continue
      expect(result.fieldErrors[field]?.join(' '), JSON.stringify(values).slice(0, 80)).toMatch(message)
    }
    expect(await articleCount()).toBe(0)
    expect(await revisionCount()).toBe(0)
    expect(await deskAudit()).toEqual([])
  })

  it('keeps markup in text as text', async () => {
    await as({ role: 'editor' })
    const result = await call(
      actions.saveArticle,
      fields({ title: '<img src=x onerror=alert(1)>', body: body('<script>alert(1)</script>') }),
    )
    if (!result.ok || !result.data || 'conflict' in result.data) throw new Error('not saved')
    const article = (await desk.getDeskArticle(result.data.id))!
    expect(article.snapshot.title).toBe('<img src=x onerror=alert(1)>')
    expect(article.snapshot.body).toEqual([{ type: 'paragraph', text: '<script>alert(1)</script>' }])
  })
})

describe('publishing', () => {
  it('shows co-bylines on the article, in order, and lists the article on every byline author page', async () => {
    await as({ role: 'editor' })
    const co = await createAuthor(db(), { name: 'Budi Reporter' })
    const published = await call(actions.saveArticle, fields({ intent: 'publish', authorIds: [authorId, co.id] }))
    expect(published.ok).toBe(true)
    const article = (await getArticle('ekonomi', 'harga-beras-naik'))!
    expect(article.author?.name).toBe('Rina Wartawan')
    expect(article.coAuthors.map((a) => a.name)).toEqual(['Budi Reporter'])
    for (const id of [authorId, co.id]) {
      expect((await pageOfAuthor({ authorId: id, page: 1, pageSize: 10 })).items.map((a) => a.title)).toEqual(['Harga Beras Naik'])
    }
  })

  it('publishes, keeps the first publication time on republishing, and a slug change leaves a redirect', async () => {
    await as({ role: 'editor' })
    const t0 = Date.now()
    const published = await call(actions.saveArticle, fields({ intent: 'publish' }))
    expect(published).toMatchObject({ ok: true, message: 'Artikel diterbitkan.', data: { status: 'published', version: 1 } })
    if (!published.ok || !published.data || 'conflict' in published.data) throw new Error('not published')
    const { id } = published.data
    const first = (await desk.getDeskArticle(id))!.publishedAt!
    expect(first.getTime()).toBeGreaterThanOrEqual(t0)
    expect((await getArticle('ekonomi', 'harga-beras-naik'))?.title).toBe('Harga Beras Naik')
    expect(session.revalidated).toEqual(expect.arrayContaining(['tag:content']))
    expect(await deskAudit()).toEqual(['desk.publish', 'desk.create'])

    session.revalidated = []
    const edited = await call(actions.saveArticle, fields({ id, version: 1, slug: 'harga-beras-melonjak', title: 'Harga Beras Melonjak' }))
    expect(edited).toMatchObject({ ok: true, data: { status: 'published', version: 2, path: '/news/ekonomi/harga-beras-melonjak' } })
    const after = (await desk.getDeskArticle(id))!
    expect(after.publishedAt).toEqual(first)
    expect((await getArticle('ekonomi', 'harga-beras-melonjak'))?.updatedAt).not.toBeNull()
    expect(await redirects()).toMatchObject([{ path: '/news/ekonomi/harga-beras-naik', articleId: id }])
    expect(session.revalidated).toEqual(expect.arrayContaining(['tag:content']))
    expect((await deskAudit())[0]).toBe('desk.edit_published')

    // A new title with the slug left empty keeps the address.
    const retitled = await call(actions.saveArticle, fields({ id, version: 2, slug: '', title: 'Judul Lain Sama Sekali' }))
    expect(retitled).toMatchObject({ ok: true, data: { version: 3, slug: 'harga-beras-melonjak' } })

    // Back to the old slug: the redirect that would now point at itself goes.
    await call(actions.saveArticle, fields({ id, version: 3, slug: 'harga-beras-naik' }))
    expect(await redirects()).toMatchObject([{ path: '/news/ekonomi/harga-beras-melonjak', articleId: id }])
  })

  it('a new article published at an old address of another takes that address over', async () => {
    await as({ role: 'editor' })
    const old = await deskArticle({ status: 'published', publishedAt: new Date('2026-01-01'), slug: 'lama' })
    await call(actions.saveArticle, fields({ id: old.id, version: 1, slug: 'baru' }))
    expect(await redirects()).toMatchObject([{ path: '/news/ekonomi/lama', articleId: old.id }])
    const draft = await call(actions.saveArticle, fields({ slug: 'lama' }))
    expect(draft).toMatchObject({ ok: true, data: { slug: 'lama' } })
    expect(await redirects()).toHaveLength(1)
    if (!draft.ok || !draft.data || 'conflict' in draft.data) throw new Error('not saved')
    await call(actions.saveArticle, fields({ id: draft.data.id, version: 1, slug: 'lama', intent: 'publish' }))
    expect(await redirects()).toEqual([])
  })

  it('schedules in WIB and unschedules back to draft', async () => {
    await as({ role: 'editor' })
    const result = await call(actions.saveArticle, fields({ intent: 'schedule', publishAt: '2099-01-02T08:30' }))
    expect(result).toMatchObject({ ok: true, data: { status: 'scheduled' } })
    if (!result.ok || !result.data || 'conflict' in result.data) throw new Error('not scheduled')
    expect((await desk.getDeskArticle(result.data.id))!.scheduledAt).toEqual(new Date('2099-01-02T01:30:00Z'))
    expect(await getArticle('ekonomi', 'harga-beras-naik')).toBeNull()
    expect(await call(actions.unscheduleArticle, { id: result.data.id })).toMatchObject({ ok: true })
    expect(await desk.getDeskArticle(result.data.id)).toMatchObject({ status: 'draft', scheduledAt: null })
    expect(await deskAudit()).toEqual(['desk.unschedule', 'desk.schedule', 'desk.create'])
  })

  it('taking down removes the article from the page, lists, search and feeds; the audit keeps reason and note', async () => {
    const editor = await as({ role: 'editor' })
    const article = await deskArticle({
      status: 'published',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      title: 'Kabar Trenggiling',
      slug: 'kabar-trenggiling',
      createdBy: editor.id,
    })
    await tagArticle(db(), article.id, ['Satwa'])
    await addViewsAt(db(), article.id, new Date(), 10)
    const everywhere = async () => [
      (await listLatest({ limit: 10 })).length,
      (await pageOfLatest({ categorySlug: 'ekonomi', page: 1, pageSize: 10 })).total,
      (await pageOfTag({ tagSlug: 'satwa', page: 1, pageSize: 10 })).total,
      (await pageOfAuthor({ authorId, page: 1, pageSize: 10 })).total,
      (await listPopular('24h', 10)).length,
      (await listRecentArticleParams(10)).length,
    ]
    expect(await everywhere()).toEqual([1, 1, 1, 1, 1, 1])
    const expression = toMatchExpression('trenggiling')!
    expect((await searchSite(expression, { limit: 10, offset: 0 })).total).toBe(1)
    expect((await listLatest({ limit: 10 })).map((a) => a.id)).toEqual([article.id])
    expect(await getCommentTarget(article.id)).not.toBeNull()

    const refused = await call(actions.takedownArticle, { id: article.id, reason: 'legal', note: '' })
    expect(refused).toMatchObject({ ok: false, fieldErrors: { note: [expect.stringMatching(/catatan/i)] } })
    expect(await call(actions.takedownArticle, { id: article.id, reason: 'bosan', note: 'x' })).toMatchObject({ ok: false })
    const result = await call(actions.takedownArticle, { id: article.id, reason: 'legal', note: 'Putusan pengadilan 12/2026.' })
    expect(result).toMatchObject({ ok: true })
    expect(await getArticle('ekonomi', 'kabar-trenggiling')).toBeNull()
    expect(await everywhere()).toEqual([0, 0, 0, 0, 0, 0])
    expect((await searchSite(expression, { limit: 10, offset: 0 })).total).toBe(0)
    const { newsFeed } = await import('@/lib/server/feeds')
    expect(await (await newsFeed({ title: 'x', path: '/rss.xml' })).text()).not.toContain('Trenggiling')
    expect(await getCommentTarget(article.id)).toBeNull()
    expect(await desk.getDeskArticle(article.id)).toMatchObject({ status: 'taken_down', takedownReason: 'legal' })
    const entry = (await listAudit({ limit: 10, offset: 0 })).items.find((e) => e.action === 'desk.takedown')
    expect(entry).toMatchObject({ targetId: article.id, reason: 'legal: Putusan pengadilan 12/2026.' })
    expect(session.revalidated).toEqual(expect.arrayContaining(['tag:content']))
    // Nothing more happens to it.
    expect(await call(actions.saveArticle, fields({ id: article.id, version: 1 }))).toMatchObject({ ok: false, formError: /diturunkan/ })
  })
})

describe('reader queries', () => {
  it('a published article dated later takes no comments yet', async () => {
    const later = await createArticle(db(), { categoryId, status: 'published', publishedAt: new Date(Date.now() + 3_600_000) })
    expect(await getCommentTarget(later.id)).toBeNull()
    expect(await getCommentTarget(later.id, new Date(Date.now() + 7_200_000))).not.toBeNull()
  })
})

describe('revisions', () => {
  it('restores an earlier revision as a new version, under the lock', async () => {
    await as({ role: 'editor', displayName: 'Editor Satu' })
    const created = await call(actions.saveArticle, fields({ title: 'Judul Awal' }))
    if (!created.ok || !created.data || 'conflict' in created.data) throw new Error('not saved')
    const { id } = created.data
    await call(actions.saveArticle, fields({ id, version: 1, title: 'Judul Baru', tags: 'Lain' }))
    const oldest = (await desk.listRevisions(id)).at(-1)!
    expect(await call(actions.restoreRevision, { id, revisionId: oldest.id, version: 1 })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Artikel ini sudah disimpan oleh Editor Satu pukul \d\d:\d\d\. Muat ulang/),
      data: { conflict: true },
    })
    expect(await desk.listRevisions(id)).toHaveLength(2)
    const restored = await call(actions.restoreRevision, { id, revisionId: oldest.id, version: 2 })
    expect(restored).toMatchObject({ ok: true, data: { version: 3 } })
    const article = (await desk.getDeskArticle(id))!
    expect(article.snapshot.title).toBe('Judul Awal')
    expect(article.snapshot.tagIds).toEqual((await desk.getRevision(id, oldest.id))!.snapshot.tagIds)
    expect((await desk.listRevisions(id)).map((r) => [r.version, r.applied])).toEqual([
      [3, true],
      [2, true],
      [1, true],
    ])
    expect(await call(actions.restoreRevision, { id, revisionId: 99_999, version: 3 })).toMatchObject({ ok: false, formError: /revisi/i })
    expect((await deskAudit())[0]).toBe('desk.restore')
  })
})

describe('presence and preview links', () => {
  it('shows who else has the article open within 30 seconds', async () => {
    const editor = await as({ role: 'editor', displayName: 'Editor Satu' })
    const article = await deskArticle({ createdBy: editor.id })
    expect(await actions.deskHeartbeat(article.id)).toEqual({ others: [] })
    await as({ role: 'editor', displayName: 'Editor Dua' })
    const answer = await actions.deskHeartbeat(article.id)
    expect(answer.others.map((o) => o.name)).toEqual(['Editor Satu'])
    expect(await desk.listPresence(article.id, 0, new Date(Date.now() + 31_000))).toEqual([])
    expect((await desk.listDeskArticles({}, new Date())).items[0]?.editing).toEqual(['Editor Dua', 'Editor Satu'])
  })

  it('makes a 48-hour signed link', async () => {
    await as({ role: 'editor' })
    const article = await deskArticle()
    const result = await call(actions.createPreviewLink, { id: article.id })
    if (!result.ok || !result.data) throw new Error('no link')
    const token = result.data.url.replace(/^\/pratinjau\//, '')
    expect(verifyPreviewToken(token, new Date())).toMatchObject({ articleId: article.id, version: 1 })
    expect(verifyPreviewToken(token, new Date(Date.now() + 49 * 3_600_000))).toBeNull()
  })
})

describe('the desk list', () => {
  it('filters by status, category, author and an escaped title search, 30 a page', async () => {
    const other = (await createCategory(db(), { slug: 'hukum', name: 'Hukum' })).id
    const otherAuthor = (await createAuthor(db(), { name: 'Lain' })).id
    for (let i = 0; i < 31; i++) await deskArticle({ title: `Berita ${i}`, slug: `berita-${i}` })
    await deskArticle({ title: '100% Naik_Turun', slug: 'persen', categoryId: other, authorId: otherAuthor, status: 'review' })
    const now = new Date()
    expect(await desk.listDeskArticles({}, now)).toMatchObject({ total: 32, perPage: 30 })
    expect((await desk.listDeskArticles({}, now)).items).toHaveLength(30)
    expect((await desk.listDeskArticles({ page: 2 }, now)).items).toHaveLength(2)
    expect((await desk.listDeskArticles({ page: Number.NaN }, now)).items).toHaveLength(30)
    expect((await desk.listDeskArticles({ page: 1e300 }, now)).items).toHaveLength(30)
    expect((await desk.listDeskArticles({ status: 'review' }, now)).total).toBe(1)
    expect((await desk.listDeskArticles({}, now)).counts).toMatchObject({ draft: 31, review: 1, published: 0 })
    expect((await desk.listDeskArticles({ categoryId: other }, now)).total).toBe(1)
    expect((await desk.listDeskArticles({ authorId: otherAuthor }, now)).total).toBe(1)
    expect((await desk.listDeskArticles({ q: '100%' }, now)).total).toBe(1)
    expect((await desk.listDeskArticles({ q: '%' }, now)).total).toBe(1)
    expect((await desk.listDeskArticles({ q: 'n_t' }, now)).total).toBe(0)
    expect((await desk.listDeskArticles({ q: 'naik_turun' }, now)).total).toBe(1)
    // Other kinds are not the desk's.
    await createArticle(db(), { kind: 'pointer', categoryId, title: 'Poin' })
    expect((await desk.listDeskArticles({}, now)).total).toBe(32)
  })
})

// Every role against every desk action: what is refused stores nothing.
describe('who may do what', async () => {
  type Who = 'anonymous' | 'reader' | 'moderator' | 'writer' | 'editor' | 'admin' | 'suspended'
  const roles: Who[] = ['anonymous', 'reader', 'moderator', 'writer', 'editor', 'admin', 'suspended']
  const signIn = async (who: Who) => {
    if (who === 'anonymous') return (session.viewer = null)
    if (who === 'suspended') return await as({ role: 'editor', status: 'suspended', suspendedUntil: new Date(Date.now() + 3_600_000) })
    return await as({ role: who })
  }
  const desks = new Set<Who>(['writer', 'editor', 'admin'])
  const editors = new Set<Who>(['editor', 'admin'])

  type Case = {
    name: string
    allowed: Set<Who>
    /** What the action works on, owned by `me` (or by another writer); runs before the action. */
    setup?: (me: number | null, other: number) => Promise<number>
    /** Runs the action on it; true when it went through. */
    act: (id: number) => Promise<boolean>
    /** A preview link is only signed: nothing is stored. */
    stores?: false
  }
  const ok = (result: { ok: boolean } | null) => result?.ok === true
  const own = async (me: number | null, values: Partial<typeof articles.$inferInsert> = {}) =>
    (await deskArticle({ createdBy: me, ...values })).id
  const save = (values: Values) => async (id: number) => ok(await call(actions.saveArticle, fields({ id, version: 1, ...values })))

  const cases: Case[] = [
    { name: 'save new', allowed: desks, act: async () => ok(await call(actions.saveArticle, fields())) },
    { name: 'save own draft', allowed: desks, setup: (me) => own(me), act: save({}) },
    { name: "save others' draft", allowed: editors, setup: (_me, other) => own(other), act: save({}) },
    { name: 'submit', allowed: desks, setup: (me) => own(me), act: save({ intent: 'submit' }) },
    { name: 'publish', allowed: editors, setup: (me) => own(me), act: save({ intent: 'publish' }) },
    { name: 'publish new', allowed: editors, act: async () => ok(await call(actions.saveArticle, fields({ intent: 'publish' }))) },
    { name: 'schedule', allowed: editors, setup: (me) => own(me), act: save({ intent: 'schedule', publishAt: '2099-01-01T10:00' }) },
    {
      name: 'unschedule',
      allowed: editors,
      setup: (me) => own(me, { status: 'scheduled', scheduledAt: new Date(Date.now() + 86_400_000) }),
      act: async (id) => ok(await call(actions.unscheduleArticle, { id })),
    },
    {
      name: 'takedown',
      allowed: editors,
      setup: (me) => own(me, { status: 'published', publishedAt: new Date('2026-01-01') }),
      act: async (id) => ok(await call(actions.takedownArticle, { id, reason: 'privacy', note: 'Data pribadi.' })),
    },
    {
      name: 'restore',
      allowed: desks,
      setup: (me) => own(me),
      act: async (id) => ok(await call(actions.restoreRevision, { id, revisionId: (await desk.listRevisions(id))[0]!.id, version: 1 })),
    },
    {
      name: 'heartbeat',
      allowed: desks,
      setup: (me) => own(me),
      act: async (id) => {
        await actions.deskHeartbeat(id)
        return (await db().select().from(deskPresence)).length === 1
      },
    },
    {
      name: 'preview link',
      allowed: desks,
      setup: (me) => own(me),
      act: async (id) => ok(await call(actions.createPreviewLink, { id })),
      stores: false,
    },
    {
      name: "preview link of others' article",
      allowed: editors,
      setup: (_me, other) => own(other),
      act: async (id) => ok(await call(actions.createPreviewLink, { id })),
      stores: false,
    },
  ]

  /** Everything a desk action could write, each table in a fixed order. */
  const state = async () => ({
    articles: await db().select().from(articles).orderBy(asc(articles.id)),
    revisions: await db().select().from(articleRevisions).orderBy(asc(articleRevisions.id)),
    tags: await db().select().from(tags).orderBy(asc(tags.id)),
    articleTags: await db().select().from(articleTags).orderBy(asc(articleTags.articleId), asc(articleTags.tagId)),
    redirects: await db().select().from(articleRedirects).orderBy(asc(articleRedirects.path)),
    presence: await db().select().from(deskPresence).orderBy(asc(deskPresence.articleId), asc(deskPresence.userId)),
    audit: await db().select().from(moderationActions).orderBy(asc(moderationActions.id)),
  })

  for (const testCase of cases) {
    it.each(roles)(`${testCase.name}: %s`, async (who) => {
      const other = (await createUser(db(), { role: 'writer' })).id
      const me = await signIn(who)
      const id = (await testCase.setup?.(me && 'id' in me ? me.id : null, other)) ?? 0
      const before = await state()
      const allowed = testCase.allowed.has(who)
      expect(await testCase.act(id)).toBe(allowed)
      if (!allowed) expect(await state()).toEqual(before)
      else if (testCase.stores !== false) expect(await state()).not.toEqual(before)
    })
  }

  it('a writer may not edit a submitted draft of someone else, nor a published one of their own', async () => {
    const writer = await as({ role: 'writer' })
    const mine = await deskArticle({ createdBy: writer.id, status: 'published', publishedAt: new Date('2026-01-01') })
    const result = await call(actions.saveArticle, fields({ id: mine.id, version: 1, title: 'Diubah' }))
    expect(result).toMatchObject({ ok: false, formError: /hanya bisa diubah editor/ })
    expect((await desk.getDeskArticle(mine.id))?.snapshot.title).not.toBe('Diubah')
  })

  it("a writer's publish of a new article is refused first: nothing is created", async () => {
    await as({ role: 'writer' })
    const result = await call(actions.saveArticle, fields({ intent: 'publish' }))
    expect(result).toMatchObject({ ok: false, formError: /Hanya editor/ })
    expect(await articleCount()).toBe(0)
    expect(await revisionCount()).toBe(0)
  })

  it('a writer may save their own draft, but not submit it twice', async () => {
    const writer = await as({ role: 'writer' })
    const mine = await deskArticle({ createdBy: writer.id })
    expect(await call(actions.saveArticle, fields({ id: mine.id, version: 1, intent: 'submit' }))).toMatchObject({
      ok: true,
      data: { status: 'review' },
    })
    expect(await call(actions.saveArticle, fields({ id: mine.id, version: 2, intent: 'submit' }))).toMatchObject({ ok: false })
    expect((await desk.getDeskArticle(mine.id))?.version).toBe(2)
  })

  it('autosave does not write over a published article', async () => {
    await as({ role: 'editor' })
    const article = await deskArticle({ status: 'published', publishedAt: new Date('2026-01-01') })
    expect(await call(actions.saveArticle, fields({ id: article.id, version: 1, intent: 'autosave' }))).toMatchObject({ ok: false })
    expect((await desk.getDeskArticle(article.id))?.version).toBe(1)
  })

  it('the heartbeat ignores forged ids', async () => {
    await as({ role: 'editor' })
    expect(await actions.deskHeartbeat(-1)).toEqual({ others: [] })
    expect(await actions.deskHeartbeat(Number.NaN)).toEqual({ others: [] })
    expect(await actions.deskHeartbeat(424242)).toEqual({ others: [] })
    expect(await db().select().from(deskPresence).where(eq(deskPresence.articleId, 424242))).toEqual([])
  })
})
