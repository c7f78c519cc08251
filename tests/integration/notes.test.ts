import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// Corrections, updates and replies through the staff action, against a fresh database; the
// signed-in viewer, Next's cache and its redirect are stood in for (as in moderation-actions).
const session = vi.hoisted(() => ({ viewer: null as Viewer | null, revalidated: [] as string[] }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache((entry) => session.revalidated.push(entry)))
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('redirect'), { url })
  },
  notFound: () => {
    throw new Error('not found')
  },
}))

const { addNoteAction } = await import('@/lib/server/actions/notes')
const { listArticleNotes, listNotes, latestNoteTimes } = await import('@/db/queries/notes')
const { getArticle } = await import('@/db/queries/articles')
const { getAuthState } = await import('@/db/queries/users')
const { listAudit } = await import('@/db/queries/moderation')
const { lastModified, newsArticleJsonLd } = await import('@/lib/article-meta')
const { createArticle, createCategory, createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

async function submit(values: Record<string, string | number>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.append(key, String(value))
  try {
    await addNoteAction(data)
  } catch (error) {
    const url = new URL((error as { url?: string }).url ?? '', 'http://x')
    return {
      ok: url.searchParams.has('pesan'),
      message: url.searchParams.get('pesan') ?? url.searchParams.get('galat') ?? '',
      path: url.pathname,
    }
  }
  throw new Error('the action did not redirect')
}

const as = async (values: Parameters<typeof createUser>[1] = {}) => {
  const user = await createUser(db(), values)
  session.viewer = await getAuthState(user.id)
  return user
}

let article: { id: number }
let categoryId: number
beforeEach(async () => {
  session.viewer = null
  session.revalidated = []
  categoryId = (await createCategory(db(), { slug: 'hukum' })).id
  article = await createArticle(db(), { categoryId, slug: 'kasus', title: 'Kasus' })
})

const noteCount = async () => (await listNotes({ limit: 1000 })).length

describe('adding a note', () => {
  it.each([
    ['anonymous', null],
    ['reader', { role: 'reader' }],
    ['moderator', { role: 'moderator' }],
    ['suspended editor', { role: 'editor', status: 'suspended', suspendedUntil: new Date(Date.now() + 3_600_000) }],
  ] as const)('refuses %s', async (_label, values) => {
    if (values) await as(values)
    const result = await submit({ articleId: article.id, kind: 'correction', text: 'Salah nama.', back: '/staff/koreksi' })
    expect(result.ok).toBe(false)
    expect(result.message).not.toBe('')
    expect(await noteCount()).toBe(0)
  })

  it('an editor adds each kind; each is audited, the article, /koreksi and the sitemaps are revalidated', async () => {
    const editor = await as({ role: 'editor', displayName: 'Editor Satu' })
    for (const kind of ['correction', 'update', 'reply'] as const) {
      const result = await submit({ articleId: article.id, kind, text: `Catatan ${kind}.`, back: '/staff/koreksi' })
      expect(result).toMatchObject({ ok: true, path: '/staff/koreksi' })
    }
    expect((await listArticleNotes(article.id)).map((note) => note.kind)).toEqual(['reply', 'update', 'correction'])
    const audit = (await listAudit({ limit: 10, offset: 0 })).items.filter((entry) => entry.action.startsWith('article.note.'))
    expect(audit).toHaveLength(3)
    expect(audit[0]).toMatchObject({ actorId: editor.id, actorName: 'Editor Satu', targetType: 'article', targetId: article.id })
    expect(session.revalidated).toEqual(expect.arrayContaining(['/news/hukum/kasus', '/koreksi', '/sitemap.xml', '/news-sitemap.xml']))
  })

  it('an admin may add a note too', async () => {
    await as({ role: 'admin' })
    expect(await submit({ articleId: article.id, kind: 'update', text: 'Data terbaru.' })).toMatchObject({ ok: true })
  })

  it('refuses bad input with a message and stores nothing', async () => {
    await as({ role: 'editor' })
    const draft = await createArticle(db(), { categoryId, slug: 'draf', status: 'draft', publishedAt: null })
    const later = await createArticle(db(), {
      categoryId,
      slug: 'nanti',
      status: 'scheduled',
      publishedAt: new Date(Date.now() + 86_400_000),
    })
    const cases: [Record<string, string | number>, RegExp][] = [
      [{ articleId: article.id, kind: 'retraction', text: 'x' }, /jenis catatan/i],
      [{ articleId: article.id, text: 'x' }, /jenis catatan/i],
      [{ articleId: article.id, kind: 'correction', text: '   ' }, /isi catatan/i],
      [{ articleId: article.id, kind: 'correction' }, /isi catatan/i],
      [{ articleId: article.id, kind: 'correction', text: 'a'.repeat(2001) }, /maksimal 2\.000/],
      [{ articleId: article.id, kind: 'correction', text: 'a'.repeat(9000) }, /maksimal 2\.000/],
      [{ articleId: draft.id, kind: 'correction', text: 'x' }, /belum terbit/],
      [{ articleId: later.id, kind: 'correction', text: 'x' }, /belum terbit/],
      [{ articleId: 999_999, kind: 'correction', text: 'x' }, /tidak ditemukan/],
      [{ articleId: 'abc', kind: 'correction', text: 'x' }, /pilih berita/i],
      [{ kind: 'correction', text: 'x' }, /pilih berita/i],
    ]
    for (const [values, message] of cases) {
      const result = await submit(values)
      expect(result.ok, JSON.stringify(values).slice(0, 80)).toBe(false)
      expect(result.message).toMatch(message)
    }
    expect(await noteCount()).toBe(0)
    expect(await listArticleNotes(draft.id)).toEqual([])
    expect((await listAudit({ limit: 10, offset: 0 })).items.filter((entry) => entry.action.startsWith('article.note.'))).toEqual([])
  })

  it('keeps markup as plain text, exactly 2,000 characters allowed', async () => {
    await as({ role: 'editor' })
    const markup = '<script>alert(1)</script> <b>tebal</b>'
    expect(await submit({ articleId: article.id, kind: 'reply', text: markup })).toMatchObject({ ok: true })
    expect((await listArticleNotes(article.id))[0]?.text).toBe(markup)
    expect(await submit({ articleId: article.id, kind: 'reply', text: 'b'.repeat(2000) })).toMatchObject({ ok: true })
  })
})

describe('reading notes', () => {
  it('/koreksi lists every note of public articles newest first, with its article', async () => {
    const editor = await as({ role: 'editor' })
    const other = await createArticle(db(), { categoryId, slug: 'lain', title: 'Lain' })
    const { addArticleNote } = await import('@/db/queries/notes')
    await addArticleNote({ id: article.id, title: 'Kasus' }, 'correction', 'pertama', editor, new Date('2026-01-01T00:00:00Z'))
    await addArticleNote({ id: other.id, title: 'Lain' }, 'reply', 'kedua', editor, new Date('2026-01-02T00:00:00Z'))
    await addArticleNote({ id: article.id, title: 'Kasus' }, 'update', 'ketiga', editor, new Date('2026-01-03T00:00:00Z'))
    expect((await listNotes({ limit: 10 })).map((note) => [note.text, note.article.slug])).toEqual([
      ['ketiga', 'kasus'],
      ['kedua', 'lain'],
      ['pertama', 'kasus'],
    ])
    expect((await latestNoteTimes()).get(article.id)).toEqual(new Date('2026-01-03T00:00:00Z'))

    // The article carries its notes; its JSON-LD dateModified is the newest note's time.
    const detail = (await getArticle('hukum', 'kasus'))!
    expect(detail.notes.map((note) => note.text)).toEqual(['ketiga', 'pertama'])
    expect(newsArticleJsonLd(detail).dateModified).toBe('2026-01-03T07:00:00+07:00')
  })

  it('dateModified is the latest of publication, edit and notes', () => {
    const publishedAt = new Date('2026-01-01T00:00:00Z')
    const updatedAt = new Date('2026-01-05T00:00:00Z')
    const note = { createdAt: new Date('2026-01-03T00:00:00Z') }
    expect(lastModified({ publishedAt, updatedAt: null })).toEqual(publishedAt)
    expect(lastModified({ publishedAt, updatedAt: null, notes: [note] })).toEqual(note.createdAt)
    expect(lastModified({ publishedAt, updatedAt, notes: [note] })).toEqual(updatedAt)
  })
})
