import { describe, expect, it } from 'vitest'
import { t } from '@/lib/strings'
import { isLiveComment, postedComment, retryAfterSeconds } from './live-events'

const comment = {
  id: 7,
  parentId: null,
  parentAuthor: null,
  authorName: 'Sari',
  authorIsStaff: false,
  featured: false,
  createdAt: '2026-12-01T10:00:00.000Z',
  edited: false,
  body: 'Setuju.',
  likeCount: 0,
}

describe('what the comment action answers', () => {
  it('carries the approved comment to show at once', () => {
    expect(postedComment({ comment })).toEqual(comment)
    expect(postedComment(undefined)).toBeNull()
    expect(postedComment({ comment: { ...comment, id: '7' } })).toBeNull()
    expect(postedComment({ comment: { ...comment, createdAt: 'kemarin' } })).toBeNull()
    expect(isLiveComment({ ...comment, parentId: 3, parentAuthor: 'Budi' })).toBe(true)
  })

  it('says how long a posting limit lasts, in whole seconds', () => {
    expect(retryAfterSeconds({ retryAfterSeconds: 125 })).toBe(125)
    expect(retryAfterSeconds({ retryAfterSeconds: 4.2 })).toBe(5)
    expect(retryAfterSeconds({ retryAfterSeconds: 0 })).toBeNull()
    expect(retryAfterSeconds({ retryAfterSeconds: '60' })).toBeNull()
    expect(retryAfterSeconds(undefined)).toBeNull()
  })
})

describe('the words', () => {
  it('counts new comments and the wait as readers say them', () => {
    expect(t.newComments(1)).toBe('1 komentar baru')
    expect(t.newComments(3)).toBe('3 komentar baru')
    expect(t.retryIn(9)).toBe('Coba lagi dalam 9 detik')
    expect(t.retryIn(60)).toBe('Coba lagi dalam 1 menit')
    expect(t.retryIn(3599)).toBe('Coba lagi dalam 59 menit 59 detik')
    expect(t.retryIn(0)).toBe('Coba lagi dalam 0 detik')
  })
})
