// Who may do what: the matrix of the product's contract, as `action:entity:scope` permissions.
// Every server action and staff page asks `can()`; the UI only hides what this refuses anyway.

export type Role = 'reader' | 'moderator' | 'editor' | 'admin'
export type UserStatus = 'active' | 'suspended' | 'banned'

export const permissions = [
  'create:comment:own', // post, reply
  'react:comment:any', // like
  'report:comment:any',
  'update:comment:own', // edit within the window
  'delete:comment:own',
  'moderate:comment:any', // approve, reject, restore, feature
  'sanction:user:any', // suspend, ban non-staff users
  'manage:wordlist:any',
  'update:comment-mode:any',
  'publish:content:any', // create, edit, schedule, publish content
  'update:role:any',
  'read:audit-log:any',
  'access:staff:any',
] as const

export type Permission = (typeof permissions)[number]

const participate: Permission[] = [
  'create:comment:own',
  'react:comment:any',
  'report:comment:any',
  'update:comment:own',
  'delete:comment:own',
]

const byRole: Record<Role, ReadonlySet<Permission>> = {
  reader: new Set(participate),
  moderator: new Set([
    ...participate,
    'moderate:comment:any',
    'sanction:user:any',
    'manage:wordlist:any',
    'update:comment-mode:any',
    'read:audit-log:any',
    'access:staff:any',
  ]),
  editor: new Set([...participate, 'publish:content:any', 'read:audit-log:any', 'access:staff:any']),
  admin: new Set(permissions),
}

/** What a suspended or banned account may still do: nothing but read. */
const actsWhileRestricted: ReadonlySet<Permission> = new Set()

export type Actor = { role: Role; status: UserStatus; suspendedUntil: Date | null }

/** Whether a suspension is over at `now` (a suspension without an end lasts until lifted). */
export function effectiveStatus(actor: Actor, now: Date): UserStatus {
  if (actor.status === 'suspended' && actor.suspendedUntil && actor.suspendedUntil <= now) return 'active'
  return actor.status
}

export function can(actor: Actor | null, permission: Permission, now = new Date()): boolean {
  if (!actor) return false
  if (effectiveStatus(actor, now) !== 'active' && !actsWhileRestricted.has(permission)) return false
  return byRole[actor.role].has(permission)
}

export const isStaff = (role: Role) => role !== 'reader'
