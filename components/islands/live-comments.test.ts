import { describe, expect, it } from 'vitest'
import type { LiveComment } from '@/lib/comments/live'
import { LIVE_POLL_MS } from '@/lib/comments/live'
import { freshComments, isLiveComments, pollDelay } from './live-comments'

const rendered = Date.parse('2026-12-01T10:00:00.000Z')

function comment(id: number, at: string, values: Partial<LiveComment> = {}): LiveComment {
  return {
    id,
    parentId: null,
    parentAuthor: null,
    authorName: `Pembaca ${id}`,
    authorIsStaff: false,
    featured: false,
    createdAt: at,
    edited: false,
    body: `Komentar ${id}`,
    likeCount: 0,
    ...values,
  }
}

describe('freshComments', () => {
  const none = () => false

  it('offers what was written after the render, newest first, replies included', () => {
    const comments = [
      comment(12, '2026-12-01T10:00:05.000Z', { parentId: 3, parentAuthor: 'Budi' }),
      comment(11, '2026-12-01T10:00:04.000Z'),
      comment(10, '2026-12-01T09:59:59.999Z'),
    ]
    expect(freshComments([comments[1], comments[0], comments[2]], rendered, none).map((c) => c.id)).toEqual([12, 11])
  })

  it('leaves out what the page shows already, and what was written at the render or before', () => {
    const comments = [
      comment(21, '2026-12-01T10:01:00.000Z'),
      comment(20, '2026-12-01T10:00:30.000Z'),
      comment(9, '2026-12-01T10:00:00.000Z'),
    ]
    expect(freshComments(comments, rendered, (id) => id === 21).map((c) => c.id)).toEqual([20])
  })

  it('skips entries that are not comments instead of failing', () => {
    const odd = [null, 'x', { id: 'a' }, comment(30, 'not a date'), comment(31, '2026-12-01T11:00:00.000Z')]
    expect(freshComments(odd, rendered, none).map((c) => c.id)).toEqual([31])
  })

  it('offers nothing when nothing is new', () => {
    expect(freshComments([], rendered, none)).toEqual([])
  })
})

describe('the answer and the polling', () => {
  it('accepts only the shape of the route', () => {
    expect(isLiveComments({ count: 2, comments: [] })).toBe(true)
    expect(isLiveComments({ count: '2', comments: [] })).toBe(false)
    expect(isLiveComments({ count: 2 })).toBe(false)
    expect(isLiveComments(null)).toBe(false)
    expect(isLiveComments('<html>')).toBe(false)
  })

  it('waits the interval, doubled after each failure in a row', () => {
    expect(pollDelay(0)).toBe(LIVE_POLL_MS)
    expect(pollDelay(1)).toBe(2 * LIVE_POLL_MS)
    expect(pollDelay(3)).toBe(8 * LIVE_POLL_MS)
  })
})
