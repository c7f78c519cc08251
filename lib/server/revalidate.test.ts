import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => ({ tags: [] as string[], after: [] as (() => Promise<unknown>)[] }))
vi.mock('next/cache', () => ({
  revalidatePath: () => undefined,
  revalidateTag: (tag: string) => void calls.tags.push(tag),
  unstable_cache: <T>(fn: T) => fn,
}))
vi.mock('next/server', () => ({ after: (task: () => Promise<unknown>) => void calls.after.push(task) }))

const { ARTICLE_REFRESH_MS, commentAdded } = await import('./revalidate')

const article = (id: number) => ({ id, slug: `berita-${id}`, category: { slug: 'politik' } })
const pageRefreshes = (id: number) => calls.tags.filter((tag) => tag === `article:${id}`).length

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') })
  calls.tags = []
  calls.after = []
})
afterEach(() => vi.useRealTimers())

describe('a storm of comments on one article', () => {
  it('refreshes the comment data on every post and the page once, then once more at the end of the window', async () => {
    commentAdded(article(1))
    expect(calls.tags).toEqual(['comments:1', 'article:1'])
    for (let i = 0; i < 200; i++) {
      vi.advanceTimersByTime(10)
      commentAdded(article(1))
    }
    expect(calls.tags.filter((tag) => tag === 'comments:1')).toHaveLength(201)
    // 200 more posts within the window: no refresh yet, one put off until the window ends.
    expect(pageRefreshes(1)).toBe(1)
    expect(calls.after).toHaveLength(1)
    const trailing = calls.after[0]!()
    await vi.advanceTimersByTimeAsync(ARTICLE_REFRESH_MS)
    await trailing
    expect(pageRefreshes(1)).toBe(2)
    // The trailing refresh opened a new window.
    commentAdded(article(1))
    expect(pageRefreshes(1)).toBe(2)
    expect(calls.after).toHaveLength(2)
  })

  it('keeps each article to its own window', () => {
    commentAdded(article(2))
    commentAdded(article(3))
    commentAdded(article(2))
    expect(pageRefreshes(2)).toBe(1)
    expect(pageRefreshes(3)).toBe(1)
    expect(calls.after).toHaveLength(1)
  })

  it('refreshes at once again once a quiet window has passed', () => {
    commentAdded(article(4))
    vi.advanceTimersByTime(ARTICLE_REFRESH_MS + 1)
    commentAdded(article(4))
    expect(pageRefreshes(4)).toBe(2)
    expect(calls.after).toHaveLength(0)
  })
})
