// Who may do what: the matrix of the product's contract, as `action:entity:scope` permissions.
// Every server action and staff page asks `can()` and the finer rules below; the UI only hides
// what this refuses anyway.
import type { ArticleStatus, Role, UserStatus } from '@/db/schema'
import { canStillEdit } from './comments/window'
import { formatWib } from './format'

export type { Role, UserStatus } from '@/db/schema'

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
  'create:article:own', // draft articles in the desk, edit one's own drafts, submit them for review
  'publish:content:any', // edit anyone's articles, publish, schedule, unpublish
  'takedown:article:any', // take a published article down, on record
  'upload:media:any', // add images to the newsroom's library
  'correct:article:any', // add a correction, update or right of reply to a published article
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
  writer: new Set([...participate, 'create:article:own', 'upload:media:any', 'access:staff:any']),
  editor: new Set([
    ...participate,
    'create:article:own',
    'publish:content:any',
    'takedown:article:any',
    'upload:media:any',
    'correct:article:any',
    'read:audit-log:any',
    'access:staff:any',
  ]),
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

/** Why a signed-in account may not act, in words for the user; null when it may. */
export function restriction(actor: Actor, now: Date): string | null {
  const status = effectiveStatus(actor, now)
  if (status === 'banned') return 'Akun Anda diblokir karena melanggar pedoman komunitas FAKTA.'
  if (status === 'suspended') {
    return actor.suspendedUntil
      ? `Akun Anda ditangguhkan hingga ${formatWib(actor.suspendedUntil)}. Anda tetap bisa membaca berita.`
      : 'Akun Anda ditangguhkan. Anda tetap bisa membaca berita.'
  }
  return null
}

/**
 * Why this staff member may not sanction this account; null when they may. Nobody sanctions
 * themselves or an admin, and only an admin sanctions staff. (`sanction:user:any` is asked first.)
 */
export function sanctionRefusal(actor: { id: number; role: Role }, target: { id: number; role: Role }): string | null {
  if (target.id === actor.id) return 'Anda tidak bisa memberi sanksi kepada diri sendiri.'
  if (isStaff(target.role) && actor.role !== 'admin') return 'Moderator tidak bisa memberi sanksi kepada staf.'
  if (target.role === 'admin') return 'Admin tidak bisa diberi sanksi; ubah perannya lebih dulu.'
  return null
}

/** Why its author may no longer edit an own comment; null while they may. */
export function editRefusal(comment: { status: string; createdAt: Date }, now: Date): string | null {
  if (comment.status === 'rejected') return 'Komentar yang ditolak tidak bisa disunting.'
  if (!canStillEdit(comment.createdAt, now)) return 'Komentar hanya bisa disunting dalam 15 menit setelah dikirim.'
  return null
}

// Reports: a comment is hidden before a moderator sees it only on the word of established readers,
// never when it is a staff member's, and never again once a moderator has left it up after reports.

export type ReportRules = { reportThreshold: number; reporterMinAgeDays: number; reporterMinApproved: number }

export type Reporter = { role: Role; createdAt: Date; approvedComments: number }

/** Whether a report from this account counts toward hiding the comment (judged when it reports). */
export function reportCountsToHide(reporter: Reporter, rules: ReportRules, now: Date): boolean {
  if (isStaff(reporter.role)) return true
  const ageMs = now.getTime() - reporter.createdAt.getTime()
  return ageMs >= rules.reporterMinAgeDays * 86_400_000 && reporter.approvedComments >= rules.reporterMinApproved
}

export type ReportedComment = {
  status: 'pending' | 'approved' | 'rejected' | 'deleted'
  /** The author's role, null for a deleted account. */
  authorRole: Role | null
  editedAt: Date | null
  /** When a moderator last resolved reports on it (decided on the comment or dismissed them). */
  reviewedAt: Date | null
  /** Open (unresolved) reports that count toward hiding. */
  countingReports: number
}

/**
 * Whether the reports on a comment hide it pending review. Otherwise they only put it in the
 * Reported queue. A comment a moderator kept after reports stays up until a moderator says
 * otherwise, unless its author has since edited it.
 */
export function reportsHideComment(comment: ReportedComment, threshold: number): boolean {
  if (comment.status !== 'approved') return false
  if (comment.authorRole && isStaff(comment.authorRole)) return false
  const reviewed = comment.reviewedAt != null && (comment.editedAt == null || comment.editedAt <= comment.reviewedAt)
  if (reviewed) return false
  return comment.countingReports >= threshold
}

// The desk: a writer drafts and submits for review; an editor reviews, publishes, schedules and
// takes down. (`create:article:own` is asked first, by every desk action.)

export type DeskAction = 'save' | 'submit' | 'publish' | 'schedule' | 'unschedule' | 'takedown' | 'restore'
export type DeskArticle = { status: ArticleStatus; createdBy: number | null }

const editorOnly: ReadonlySet<DeskAction> = new Set(['publish', 'schedule', 'unschedule', 'takedown'])

/** Why this staff member may not do this to this article (null: a new one); null when they may. */
export function deskRefusal(
  actor: Actor & { id: number },
  article: DeskArticle | null,
  action: DeskAction,
  now = new Date(),
): string | null {
  if (!can(actor, 'create:article:own', now)) return 'Anda tidak punya akses ke meja redaksi.'
  const editor = can(actor, 'publish:content:any', now)
  if (editorOnly.has(action) && !editor) return 'Hanya editor yang bisa menerbitkan, menjadwalkan atau menurunkan artikel.'
  if (action === 'takedown' && !can(actor, 'takedown:article:any', now)) return 'Anda tidak bisa menurunkan artikel.'
  if (!article) return action === 'save' ? null : 'Simpan artikel ini lebih dulu.'
  if (article.status === 'taken_down') return 'Artikel ini sudah diturunkan dan tidak bisa diubah lagi.'
  if (action === 'takedown' && article.status !== 'published') return 'Hanya artikel terbit yang bisa diturunkan.'
  if (action === 'unschedule' && article.status !== 'scheduled') return 'Artikel ini tidak sedang dijadwalkan.'
  if (action === 'submit' && article.status !== 'draft') return 'Hanya draf yang bisa diajukan untuk ditinjau.'
  if (action === 'schedule' && article.status === 'published') return 'Artikel yang sudah terbit tidak bisa dijadwalkan.'
  if (!editor) {
    if (article.createdBy !== actor.id) return 'Penulis hanya bisa menyunting artikelnya sendiri.'
    if (article.status !== 'draft' && article.status !== 'review')
      return 'Artikel yang sudah dijadwalkan atau terbit hanya bisa diubah editor.'
  }
  return null
}

/**
 * Whether this staff member may open this article in the desk (its presence, its preview link):
 * an editor any article, a writer their own.
 */
export function canViewDeskArticle(actor: Actor & { id: number }, article: DeskArticle, now = new Date()): boolean {
  if (!can(actor, 'create:article:own', now)) return false
  return can(actor, 'publish:content:any', now) || article.createdBy === actor.id
}
