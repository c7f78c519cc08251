import { describe, expect, it } from 'vitest'
import {
  can,
  editRefusal,
  permissions,
  reportCountsToHide,
  reportsHideComment,
  restriction,
  sanctionRefusal,
  type Actor,
  type Permission,
  type ReportedComment,
  type Role,
} from './permissions'

// The role matrix of the product contract, cell by cell.
const matrix: Record<Permission, Role[]> = {
  'create:comment:own': ['reader', 'moderator', 'writer', 'editor', 'admin'],
  'react:comment:any': ['reader', 'moderator', 'writer', 'editor', 'admin'],
  'report:comment:any': ['reader', 'moderator', 'writer', 'editor', 'admin'],
  'update:comment:own': ['reader', 'moderator', 'writer', 'editor', 'admin'],
  'delete:comment:own': ['reader', 'moderator', 'writer', 'editor', 'admin'],
  'moderate:comment:any': ['moderator', 'admin'],
  'sanction:user:any': ['moderator', 'admin'],
  'manage:wordlist:any': ['moderator', 'admin'],
  'update:comment-mode:any': ['moderator', 'admin'],
  'create:article:own': ['writer', 'editor', 'admin'],
  'publish:content:any': ['editor', 'admin'],
  'takedown:article:any': ['editor', 'admin'],
  'upload:media:any': ['writer', 'editor', 'admin'],
  'correct:article:any': ['editor', 'admin'],
  'update:role:any': ['admin'],
  'read:audit-log:any': ['moderator', 'editor', 'admin'],
  'access:staff:any': ['moderator', 'writer', 'editor', 'admin'],
}

const roles: Role[] = ['reader', 'moderator', 'writer', 'editor', 'admin']
const now = new Date('2026-01-01T00:00:00Z')
const actor = (role: Role, status: Actor['status'] = 'active', suspendedUntil: Date | null = null): Actor => ({
  role,
  status,
  suspendedUntil,
})

describe('role matrix', () => {
  it('covers every permission', () => {
    expect(Object.keys(matrix).sort()).toEqual([...permissions].sort())
  })

  for (const permission of permissions) {
    for (const role of roles) {
      const allowed = matrix[permission].includes(role)
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(actor(role), permission, now)).toBe(allowed)
      })
    }
    it(`anonymous, suspended and banned may not ${permission}`, () => {
      expect(can(null, permission, now)).toBe(false)
      for (const role of roles) {
        expect(can(actor(role, 'banned'), permission, now)).toBe(false)
        expect(can(actor(role, 'suspended', new Date(now.getTime() + 60_000)), permission, now)).toBe(false)
        expect(can(actor(role, 'suspended', null), permission, now)).toBe(false)
      }
    })
  }

  it('a suspension that has run out no longer restricts', () => {
    expect(can(actor('reader', 'suspended', new Date(now.getTime() - 1)), 'create:comment:own', now)).toBe(true)
  })
})

describe('reports', () => {
  const now = new Date('2026-12-01T12:00:00Z')
  const rules = { reportThreshold: 3, reporterMinAgeDays: 7, reporterMinApproved: 3 }
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)

  it('count toward hiding only from accounts old enough and with enough approved comments, or staff', () => {
    expect(reportCountsToHide({ role: 'reader', createdAt: daysAgo(7), approvedComments: 3 }, rules, now)).toBe(true)
    expect(reportCountsToHide({ role: 'reader', createdAt: daysAgo(6.9), approvedComments: 50 }, rules, now)).toBe(false)
    expect(reportCountsToHide({ role: 'reader', createdAt: daysAgo(400), approvedComments: 2 }, rules, now)).toBe(false)
    expect(
      reportCountsToHide(
        { role: 'reader', createdAt: now, approvedComments: 0 },
        { ...rules, reporterMinAgeDays: 0, reporterMinApproved: 0 },
        now,
      ),
    ).toBe(true)
    expect(reportCountsToHide({ role: 'moderator', createdAt: now, approvedComments: 0 }, rules, now)).toBe(true)
  })

  const comment: ReportedComment = { status: 'approved', authorRole: 'reader', editedAt: null, reviewedAt: null, countingReports: 3 }

  it('hide a reader’s approved comment at the threshold of counting reports', () => {
    expect(reportsHideComment(comment, 3)).toBe(true)
    expect(reportsHideComment({ ...comment, countingReports: 2 }, 3)).toBe(false)
    expect(reportsHideComment({ ...comment, authorRole: null }, 3)).toBe(true)
    expect(reportsHideComment({ ...comment, status: 'pending' }, 3)).toBe(false)
  })

  it('never hide a staff member’s comment', () => {
    for (const role of ['moderator', 'editor', 'admin'] as const) {
      expect(reportsHideComment({ ...comment, authorRole: role, countingReports: 100 }, 3)).toBe(false)
    }
  })

  it('never hide again a comment a moderator kept after reports, unless its author edited it since', () => {
    expect(reportsHideComment({ ...comment, reviewedAt: daysAgo(1), countingReports: 10 }, 3)).toBe(false)
    expect(reportsHideComment({ ...comment, reviewedAt: daysAgo(1), editedAt: daysAgo(2) }, 3)).toBe(false)
    expect(reportsHideComment({ ...comment, reviewedAt: daysAgo(2), editedAt: daysAgo(1) }, 3)).toBe(true)
  })
})

describe('restriction', () => {
  const now = new Date('2026-12-01T03:00:00Z')
  const reader = (status: Actor['status'], suspendedUntil: Date | null = null): Actor => ({ role: 'reader', status, suspendedUntil })

  it('says nothing to an active account or one whose suspension is over', () => {
    expect(restriction(reader('active'), now)).toBeNull()
    expect(restriction(reader('suspended', new Date('2026-12-01T02:59:59Z')), now)).toBeNull()
  })

  it('names the end of a suspension in WIB, and says when there is none', () => {
    expect(restriction(reader('suspended', new Date('2099-01-01T03:00:00Z')), now)).toBe(
      'Akun Anda ditangguhkan hingga Kamis, 1 Januari 2099 10:00 WIB. Anda tetap bisa membaca berita.',
    )
    expect(restriction(reader('suspended'), now)).toBe('Akun Anda ditangguhkan. Anda tetap bisa membaca berita.')
  })

  it('tells a banned account why', () => {
    expect(restriction(reader('banned'), now)).toBe('Akun Anda diblokir karena melanggar pedoman komunitas FAKTA.')
  })
})

describe('sanctions', () => {
  const as = (id: number, role: Role) => ({ id, role })

  it('let moderators sanction readers and admins sanction any other non-admin', () => {
    expect(sanctionRefusal(as(1, 'moderator'), as(2, 'reader'))).toBeNull()
    expect(sanctionRefusal(as(1, 'admin'), as(2, 'moderator'))).toBeNull()
    expect(sanctionRefusal(as(1, 'admin'), as(2, 'editor'))).toBeNull()
  })

  it('refuse oneself, staff for a non-admin, and any admin', () => {
    expect(sanctionRefusal(as(1, 'moderator'), as(1, 'moderator'))).toBe('Anda tidak bisa memberi sanksi kepada diri sendiri.')
    expect(sanctionRefusal(as(1, 'moderator'), as(2, 'editor'))).toBe('Moderator tidak bisa memberi sanksi kepada staf.')
    expect(sanctionRefusal(as(1, 'admin'), as(2, 'admin'))).toBe('Admin tidak bisa diberi sanksi; ubah perannya lebih dulu.')
  })
})

describe('editing an own comment', () => {
  const createdAt = new Date('2026-12-01T03:00:00Z')
  const after = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000)

  it('is allowed for 15 minutes unless the comment was rejected', () => {
    expect(editRefusal({ status: 'approved', createdAt }, after(14.9))).toBeNull()
    expect(editRefusal({ status: 'pending', createdAt }, after(0))).toBeNull()
    expect(editRefusal({ status: 'approved', createdAt }, after(15))).toBe('Komentar hanya bisa disunting dalam 15 menit setelah dikirim.')
    expect(editRefusal({ status: 'rejected', createdAt }, after(1))).toBe('Komentar yang ditolak tidak bisa disunting.')
  })
})
