import { describe, expect, it } from 'vitest'
import { canViewDeskArticle, deskRefusal, type Actor } from './permissions'

const now = new Date('2026-12-01T00:00:00Z')
const actor = (id: number, role: Actor['role']) => ({ id, role, status: 'active' as const, suspendedUntil: null })

describe('desk rules added with the desk server', () => {
  it('a published article cannot be scheduled (it would leave the site until then)', () => {
    expect(deskRefusal(actor(1, 'editor'), { status: 'published', createdBy: 2 }, 'schedule', now)).toMatch(/sudah terbit/)
    expect(deskRefusal(actor(1, 'editor'), { status: 'draft', createdBy: 2 }, 'schedule', now)).toBeNull()
  })

  it('an editor opens any desk article, a writer only their own, others none', () => {
    const article = { status: 'draft' as const, createdBy: 5 }
    expect(canViewDeskArticle(actor(1, 'editor'), article, now)).toBe(true)
    expect(canViewDeskArticle(actor(5, 'writer'), article, now)).toBe(true)
    expect(canViewDeskArticle(actor(6, 'writer'), article, now)).toBe(false)
    expect(canViewDeskArticle(actor(5, 'moderator'), article, now)).toBe(false)
    expect(canViewDeskArticle({ ...actor(1, 'editor'), status: 'suspended' }, article, now)).toBe(false)
  })
})
