import { count as countRows } from 'drizzle-orm'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// One comment once blocked the whole server for half a minute: a body of 200,000 spaces went
// through the normaliser before any length check. An overlong body is refused on its raw length,
// before any regular expression or normalisation sees it.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache())
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('@/lib/comments/body', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/comments/body')>()
  return { ...actual, normalizeBody: vi.fn(actual.normalizeBody) }
})

const { editComment, postComment } = await import('@/lib/server/actions/comments')
const { normalizeBody } = await import('@/lib/comments/body')
const { BODY_RAW_MAX } = await import('@/lib/comments/pipeline')
const { getComment } = await import('@/db/queries/comments')
const { getAuthState } = await import('@/db/queries/users')
const { createArticle, createCategory, createComment, createUser } = await import('@/tests/factories')
const { comments } = await import('@/db/tables')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()
const normalize = vi.mocked(normalizeBody)

function form(values: Record<string, string | number>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, String(value))
  return data
}

/** 3 MB of the blanks the normaliser trims: spaces, tabs and newlines. */
const hostile = (' '.repeat(1000) + '\t \n'.repeat(300) + '\r\n').repeat(1600).slice(0, 3_000_000) + 'x'

let article: { id: number }
let reader: { id: number }

beforeEach(async () => {
  const category = await createCategory(db(), { slug: 'internasional' })
  article = await createArticle(db(), { categoryId: category.id, slug: 'nato' })
  reader = await createUser(db())
  await createComment(db(), { articleId: article.id, userId: reader.id, body: 'lama', createdAt: new Date(Date.now() - 86_400_000) })
  session.viewer = await getAuthState(reader.id)
  normalize.mockClear()
})

const count = async () => (await db().select({ n: countRows() }).from(comments))[0]?.n

describe('an overlong comment is refused before it is normalised', () => {
  it('posting 3 MB of blanks answers "too long", stores nothing and never reaches the normaliser', async () => {
    expect(hostile.length).toBeGreaterThan(2_999_000)
    const before = await count()
    const started = performance.now()
    const result = await postComment(null, form({ articleId: article.id, body: hostile, clientToken: 'token-panjang-1' }))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/maksimal 2\.000 karakter/)] } })
    expect(normalize).not.toHaveBeenCalled()
    expect(await count()).toBe(before)
  })

  it('a reply of 3 MB is refused the same way', async () => {
    const parent = await createComment(db(), { articleId: article.id, body: 'induk' })
    const result = await postComment(
      null,
      form({ articleId: article.id, parentId: parent.id, body: hostile, clientToken: 'token-panjang-2' }),
    )
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/maksimal 2\.000 karakter/)] } })
    expect(normalize).not.toHaveBeenCalled()
  })

  it('editing to 3 MB of blanks answers "too long", keeps the comment and never reaches the normaliser', async () => {
    const own = await createComment(db(), { articleId: article.id, userId: reader.id, body: 'asli', createdAt: new Date() })
    const result = await editComment(null, form({ commentId: own.id, body: hostile }))
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/maksimal 2\.000 karakter/)] } })
    expect(normalize).not.toHaveBeenCalled()
    expect((await getComment(own.id))?.body).toBe('asli')
  })

  it('just past the raw cap is refused; a body within it that normalises below 2,000 characters is accepted', async () => {
    const over = await postComment(
      null,
      form({ articleId: article.id, body: 'a'.repeat(BODY_RAW_MAX + 1), clientToken: 'token-panjang-3' }),
    )
    expect(over).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/maksimal 2\.000 karakter/)] } })
    expect(normalize).not.toHaveBeenCalled()
    // Trailing blanks and Windows line ends that normalisation removes still fit under the raw cap.
    const padded = 'Setuju.' + ' \t'.repeat(1000) + '\r\n'.repeat(1000) + 'Terima kasih.'
    expect(padded.length).toBeLessThanOrEqual(BODY_RAW_MAX)
    expect(await postComment(null, form({ articleId: article.id, body: padded, clientToken: 'token-panjang-4' }))).toMatchObject({
      ok: true,
    })
    expect(normalize).toHaveBeenCalledTimes(1)
  })

  it('a body that normalises above 2,000 characters gets the pipeline\u2019s "too long" with its count', async () => {
    const result = await postComment(null, form({ articleId: article.id, body: 'b'.repeat(2001), clientToken: 'token-panjang-5' }))
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/maksimal 2\.000 karakter \(saat ini 2\.001\)/) })
  })
})
