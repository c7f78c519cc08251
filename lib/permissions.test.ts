import { describe, expect, it } from 'vitest'
import { can, permissions, type Actor, type Permission, type Role } from './permissions'

// The role matrix of the product contract, cell by cell.
const matrix: Record<Permission, Role[]> = {
  'create:comment:own': ['reader', 'moderator', 'editor', 'admin'],
  'react:comment:any': ['reader', 'moderator', 'editor', 'admin'],
  'report:comment:any': ['reader', 'moderator', 'editor', 'admin'],
  'update:comment:own': ['reader', 'moderator', 'editor', 'admin'],
  'delete:comment:own': ['reader', 'moderator', 'editor', 'admin'],
  'moderate:comment:any': ['moderator', 'admin'],
  'sanction:user:any': ['moderator', 'admin'],
  'manage:wordlist:any': ['moderator', 'admin'],
  'update:comment-mode:any': ['moderator', 'admin'],
  'publish:content:any': ['editor', 'admin'],
  'update:role:any': ['admin'],
  'read:audit-log:any': ['moderator', 'editor', 'admin'],
  'access:staff:any': ['moderator', 'editor', 'admin'],
}

const roles: Role[] = ['reader', 'moderator', 'editor', 'admin']
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
