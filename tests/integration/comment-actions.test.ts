import { and, desc, eq, type SQL } from 'drizzle-orm'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// The actions run as in production against a fresh database; only the request around them (the
// signed-in viewer and Next's cache) is stood in for.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null, revalidated: [] as string[] }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache((entry) => session.revalidated.push(entry)))
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))

const { editComment, likeComment, postComment, removeComment, reportComment } = await import('@/lib/server/actions/comments')
const { countApprovedComments, listApprovedComments, getComment } = await import('@/db/queries/comments')
const { getAuthState } = await import('@/db/queries/users')
const { createArticle, createCategory, createComment, createUser } = await import('@/tests/factories')
const { articles, comments, settings, wordLists } = await import('@/db/tables')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

/** Moves the matching comments `ms` into the past (past the posting interval, or the edit window). */
async function backdate(ms: number, where?: SQL) {
  for (const row of await db().select({ id: comments.id, createdAt: comments.createdAt }).from(comments).where(where)) {
    await db()
      .update(comments)
      .set({ createdAt: new Date(row.createdAt.getTime() - ms) })
      .where(eq(comments.id, row.id))
  }
}

async function setSetting(key: string, value: unknown) {
  await db().insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } })
}

/** The status and moderation reason of a user's latest comment. */
async function latestOf(userId: number) {
  const [row] = await db()
    .select({ status: comments.status, reason: comments.moderationReason })
    .from(comments)
    .where(eq(comments.userId, userId))
    .orderBy(desc(comments.id))
    .limit(1)
  return row
}

function form(values: Record<string, string | number>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, String(value))
  return data
}

let tokens = 0
const token = () => `token${++tokens}abcdef`

async function signInAs(values: Parameters<typeof createUser>[1] = {}, history = 1) {
  const user = await createUser(db(), values)
  // A reader with approved comments behind them is no longer "new".
  for (let i = 0; i < history; i++) {
    await createComment(db(), { articleId: other.id, userId: user.id, body: `lama ${i}`, createdAt: new Date(Date.now() - 86_400_000 - i) })
  }
  session.viewer = await getAuthState(user.id)
  return user
}

let article: { id: number }
let other: { id: number }
/** A reader whose reports count toward hiding (with three approved comments behind them). */
const established = { createdAt: new Date(Date.now() - 30 * 86_400_000) }

beforeEach(async () => {
  session.viewer = null
  session.revalidated = []
  const category = await createCategory(db(), { slug: 'internasional' })
  article = await createArticle(db(), { categoryId: category.id, slug: 'nato' })
  other = await createArticle(db(), { categoryId: category.id, slug: 'lain' })
})

const post = (body: string, extra: Record<string, string | number> = {}) =>
  postComment(null, form({ articleId: article.id, body, clientToken: token(), ...extra }))

describe('posting', () => {
  it('an anonymous visitor is asked to sign in and nothing is stored', async () => {
    expect(await post('Halo')).toMatchObject({ ok: false, formError: /masuk/ })
    expect(await countApprovedComments(article.id)).toBe(0)
  })

  it('a reader posts; the comment is approved, stored normalised, answered for the island, and the article refreshed by tag', async () => {
    await signInAs({ displayName: 'Sari Pembaca' })
    const result = await post('  Cafe\u0301 \u202Edamai  ')
    expect(result).toMatchObject({
      ok: true,
      message: /tayang/,
      data: { comment: { body: 'Café damai', authorName: 'Sari Pembaca', parentId: null, parentAuthor: null, likeCount: 0 } },
    })
    expect((await listApprovedComments(article.id)).map((c) => c.body)).toEqual(['Café damai'])
    // Tags only: a path revalidated inside the action would render the whole page into its answer.
    expect(session.revalidated).toContain(`tag:comments:${article.id}`)
    expect(session.revalidated.filter((entry) => !entry.startsWith('tag:'))).toEqual([])
  })

  it('twenty sends of one form at once store one comment, and every answer is that comment', async () => {
    await signInAs()
    const same = form({ articleId: article.id, body: 'Satu kali saja', clientToken: 'sama-sama-sekali-kirim' })
    const results = await Promise.all(Array.from({ length: 20 }, () => postComment(null, same)))
    expect(await countApprovedComments(article.id)).toBe(1)
    const [stored] = await listApprovedComments(article.id)
    for (const result of results) expect(result).toMatchObject({ ok: true, data: { comment: { id: stored!.id, body: 'Satu kali saja' } } })
    // The page was marked for refresh once, not once per send.
    expect(session.revalidated.filter((entry) => entry === `tag:comments:${article.id}`)).toHaveLength(1)
  })

  it('a reply is answered with the name of the comment it answers', async () => {
    const first = await signInAs({ displayName: 'Budi Penulis' })
    const parent = await createComment(db(), { articleId: article.id, userId: first.id, body: 'Induk' })
    await signInAs({ displayName: 'Wati Pembalas' })
    expect(await post('Setuju', { parentId: parent.id })).toMatchObject({
      ok: true,
      data: { comment: { parentId: parent.id, parentAuthor: 'Budi Penulis', authorName: 'Wati Pembalas' } },
    })
  })

  it('the posting interval answers how many seconds remain, for the form to count down', async () => {
    await signInAs()
    expect(await post('Pertama')).toMatchObject({ ok: true })
    expect(await post('Kedua terlalu cepat')).toMatchObject({
      ok: false,
      formError: /Tunggu \d+ detik/,
      data: { retryAfterSeconds: expect.any(Number) },
    })
  })

  it('a new reader’s first comment waits for a moderator and the static page is left alone', async () => {
    await signInAs({}, 0)
    expect(await post('Komentar pertama saya')).toMatchObject({ ok: true, message: /menunggu moderasi/ })
    expect(await countApprovedComments(article.id)).toBe(0)
    expect(session.revalidated).toEqual([])
  })

  it('suspended and banned readers are refused with the reason', async () => {
    await signInAs({ status: 'suspended', suspendedUntil: new Date(Date.now() + 3_600_000) })
    expect(await post('Halo')).toMatchObject({ ok: false, formError: /ditangguhkan/ })
    await signInAs({ status: 'banned' })
    expect(await post('Halo')).toMatchObject({ ok: false, formError: /diblokir/ })
    expect(await countApprovedComments(article.id)).toBe(0)
  })

  it('trust: a reader is premoderated until K comments were approved (K from the settings)', async () => {
    await setSetting('trustAfterApproved', 3)
    const reader = await signInAs({}, 2)
    expect(await post('Komentar ketiga saya')).toMatchObject({ ok: true, message: /menunggu moderasi/ })
    expect(await latestOf(reader.id)).toMatchObject({ status: 'pending', reason: expect.stringMatching(/sampai 3 komentar disetujui/) })
    await createComment(db(), { articleId: other.id, userId: reader.id, body: 'lama lagi', createdAt: new Date(Date.now() - 86_400_000) })
    // Past the ten-second posting interval.
    await backdate(60_000, and(eq(comments.userId, reader.id), eq(comments.status, 'pending')))
    expect(await post('Sekarang langsung tayang')).toMatchObject({ ok: true, message: /tayang/ })
    await setSetting('trustAfterApproved', 0)
    await signInAs({}, 0)
    expect(await post('Pembaca baru tanpa moderasi awal')).toMatchObject({ ok: true, message: /tayang/ })
  })

  it('trust: a reader whose recent comments were mostly rejected goes back to premoderation', async () => {
    const reader = await signInAs({}, 5)
    for (let i = 0; i < 5; i++) {
      await createComment(db(), {
        articleId: other.id,
        userId: reader.id,
        body: `ditolak ${i}`,
        status: 'rejected',
        createdAt: new Date(Date.now() - 3_600_000 - i),
      })
    }
    expect(await post('Saya mencoba lagi')).toMatchObject({ ok: true, message: /menunggu moderasi/ })
    expect(await latestOf(reader.id)).toMatchObject({ status: 'pending', reason: '5 dari 10 komentar terakhir pengguna ini ditolak.' })
    // Four of the last ten rejected is under the default 50%.
    const better = await signInAs({}, 6)
    for (let i = 0; i < 4; i++) {
      await createComment(db(), {
        articleId: other.id,
        userId: better.id,
        body: `ditolak ${i}`,
        status: 'rejected',
        createdAt: new Date(Date.now() - 3_600_000 - i),
      })
    }
    expect(await post('Yang ini tayang')).toMatchObject({ ok: true, message: /tayang/ })
  })

  it('a closed article refuses and a premoderated one holds', async () => {
    await signInAs()
    await db().update(articles).set({ commentMode: 'closed' }).where(eq(articles.id, article.id))
    expect(await post('Halo')).toMatchObject({ ok: false, formError: /ditutup/ })
    await db().update(articles).set({ commentMode: 'premoderated' }).where(eq(articles.id, article.id))
    expect(await post('Halo semua')).toMatchObject({ ok: true, message: /menunggu moderasi/ })
  })

  it.each([
    ['', /kosong/],
    [' \n\t ', /kosong/],
    ['a'.repeat(2001), /maksimal 2\.000/],
    ['a'.repeat(2 * 1024 * 1024), /terlalu panjang|maksimal/],
    ['\u0000\u202E', /kosong/],
  ])('refuses %#: a bad body gets a message and nothing is stored', async (body, message) => {
    await signInAs()
    const result = await post(body)
    expect(result).toMatchObject({ ok: false })
    expect(JSON.stringify(result)).toMatch(message)
    expect(await countApprovedComments(article.id)).toBe(0)
  })

  it('stores markup and SQL as the plain text they are', async () => {
    await signInAs()
    for (const body of ['<script>alert(1)</script>', "'; DROP TABLE comments;--", '[x](javascript:alert(1))']) {
      expect(await post(body)).toMatchObject({ ok: true })
      await new Promise((resolve) => setTimeout(resolve, 0))
      session.viewer = await getAuthState((await signInAs()).id)
    }
    expect((await listApprovedComments(article.id)).map((c) => c.body).sort()).toEqual(
      ["'; DROP TABLE comments;--", '<script>alert(1)</script>', '[x](javascript:alert(1))'].sort(),
    )
  })

  it('ignores forged fields: status and author come from the server', async () => {
    const reader = await signInAs({}, 0)
    const someone = await createUser(db())
    await post('Halo redaksi', { status: 'approved', authorId: someone.id, userId: someone.id })
    const rows = await db()
      .select({ userId: comments.userId, status: comments.status })
      .from(comments)
      .where(eq(comments.body, 'Halo redaksi'))
    expect(rows).toEqual([{ userId: reader.id, status: 'pending' }])
  })

  it('a double submit with the same token stores one comment', async () => {
    await signInAs()
    const data = { articleId: article.id, body: 'Sekali saja', clientToken: 'samesametoken1' }
    await postComment(null, form(data))
    expect(await postComment(null, form(data))).toMatchObject({ ok: true })
    expect(await countApprovedComments(article.id)).toBe(1)
  })

  it('rate limits, refuses repeats and banned words', async () => {
    await signInAs()
    await post('Pertama')
    expect(await post('Kedua')).toMatchObject({ ok: false, formError: /Tunggu \d+ detik/ })
    await backdate(60_000)
    expect(await post('pertama')).toMatchObject({ ok: false, formError: /komentar yang sama/ })
    await db().insert(wordLists).values({ kind: 'banned', word: 'bangsat' })
    expect(await post('Dasar bangsat')).toMatchObject({ ok: false, formError: /dilarang/ })
  })

  it('replies only to an approved comment of the same article', async () => {
    const author = await signInAs()
    const earlier = new Date(Date.now() - 3_600_000)
    const parent = await createComment(db(), { articleId: article.id, userId: author.id, body: 'Induk', createdAt: earlier })
    const foreign = await createComment(db(), { articleId: other.id, userId: author.id, body: 'Lain', createdAt: earlier })
    const deleted = await createComment(db(), {
      articleId: article.id,
      userId: author.id,
      body: 'Dihapus',
      status: 'deleted',
      createdAt: earlier,
    })
    expect(await post('Balasan', { parentId: parent.id })).toMatchObject({ ok: true })
    for (const parentId of [foreign.id, deleted.id, 999999, 'abc']) {
      await backdate(60_000)
      expect(await post(`Balasan ke ${parentId}`, { parentId })).toMatchObject({ ok: false })
    }
    expect((await listApprovedComments(article.id)).find((c) => c.id === parent.id)?.replies.map((r) => r.body)).toEqual(['Balasan'])
  })
})

describe('own comments', () => {
  it('the author edits within 15 minutes; others and late edits are refused', async () => {
    const author = await signInAs()
    const mine = await createComment(db(), { articleId: article.id, userId: author.id, body: 'Asli' })
    expect(await editComment(null, form({ commentId: mine.id, body: 'Disunting' }))).toMatchObject({ ok: true })
    expect((await getComment(mine.id))?.body).toBe('Disunting')

    await signInAs()
    expect(await editComment(null, form({ commentId: mine.id, body: 'Bukan milikku' }))).toMatchObject({ ok: false })
    session.viewer = await getAuthState(author.id)
    await db()
      .update(comments)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(comments.id, mine.id))
    expect(await editComment(null, form({ commentId: mine.id, body: 'Terlambat' }))).toMatchObject({ ok: false, formError: /15 menit/ })
    expect((await getComment(mine.id))?.body).toBe('Disunting')
  })

  it('the author deletes; a deleted comment with replies stays as a placeholder', async () => {
    const author = await signInAs()
    const mine = await createComment(db(), { articleId: article.id, userId: author.id, body: 'Akan dihapus' })
    await createComment(db(), { articleId: article.id, parentId: mine.id, body: 'Balasan orang lain' })
    await signInAs()
    expect(await removeComment(null, form({ commentId: mine.id }))).toMatchObject({ ok: false })
    session.viewer = await getAuthState(author.id)
    expect(await removeComment(null, form({ commentId: mine.id }))).toMatchObject({ ok: true })
    const [placeholder] = await listApprovedComments(article.id)
    expect(placeholder).toMatchObject({ deleted: true, body: '', replies: [{ body: 'Balasan orang lain' }] })
    expect(await countApprovedComments(article.id)).toBe(1)
  })
})

describe('likes and reports', () => {
  it('a like toggles once per user', async () => {
    const comment = await createComment(db(), { articleId: article.id, body: 'Bagus' })
    await signInAs()
    expect(await likeComment(null, form({ commentId: comment.id }))).toMatchObject({ ok: true, message: /Disukai · 1/ })
    expect(await likeComment(null, form({ commentId: comment.id }))).toMatchObject({ ok: true, message: /Batal suka · 0/ })
    await signInAs({ status: 'banned' })
    expect(await likeComment(null, form({ commentId: comment.id }))).toMatchObject({ ok: false })
  })

  it('one report per user; three reports from established readers hide the comment; bad reasons are refused', async () => {
    const comment = await createComment(db(), { articleId: article.id, body: 'Provokatif' })
    await signInAs(established, 3)
    expect(await reportComment(null, form({ commentId: comment.id, reason: 'spam' }))).toMatchObject({ ok: true })
    expect(await reportComment(null, form({ commentId: comment.id, reason: 'spam' }))).toMatchObject({
      ok: false,
      formError: /sudah melaporkan/,
    })
    await signInAs(established, 3)
    expect(await reportComment(null, form({ commentId: comment.id, reason: 'bogus' }))).toMatchObject({ ok: false })
    expect(await reportComment(null, form({ commentId: comment.id, reason: 'other' }))).toMatchObject({ ok: false, formError: /Lainnya/ })
    expect(await reportComment(null, form({ commentId: comment.id, reason: 'abusive' }))).toMatchObject({ ok: true })
    expect(await countApprovedComments(article.id)).toBe(1)
    await signInAs(established, 3)
    expect(await reportComment(null, form({ commentId: comment.id, reason: 'sara' }))).toMatchObject({ ok: true })
    expect(await countApprovedComments(article.id)).toBe(0)
    expect((await getComment(comment.id))?.status).toBe('pending')
  })
})
