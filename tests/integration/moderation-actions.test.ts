import { sql } from 'drizzle-orm'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'
import { refusal } from '../setup/refusal'

// Staff actions as they run in production against a fresh database; the request (the signed-in
// viewer), Next's cache and its redirect are stood in for.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null, revalidated: [] as string[] }))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache((entry) => session.revalidated.push(entry)))
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('redirect'), { url })
  },
  notFound: () => {
    throw new Error('not found')
  },
}))

const staff = await import('@/lib/server/actions/staff')
const { getComment, getModerationSettings } = await import('@/db/queries/comments')
const { getAuthState } = await import('@/db/queries/users')
const { listAudit } = await import('@/db/queries/moderation')
const { createArticle, createCategory, createComment, createUser } = await import('@/tests/factories')
const { commentReports, moderationActions } = await import('@/db/tables')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

/** Runs a form action and returns the message it came back with. */
async function submit(action: (formData: FormData) => Promise<void>, values: Record<string, string | number | (string | number)[]>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, String(one))
  }
  try {
    await action(data)
  } catch (error) {
    const url = new URL((error as { url?: string }).url ?? '', 'http://x')
    return {
      ok: url.searchParams.has('pesan'),
      message: url.searchParams.get('pesan') ?? url.searchParams.get('galat') ?? '',
      path: url.pathname,
    }
  }
  throw new Error('the action did not redirect')
}

const as = async (values: Parameters<typeof createUser>[1] = {}) => {
  const user = await createUser(db(), values)
  session.viewer = await getAuthState(user.id)
  return user
}

let article: { id: number }
beforeEach(async () => {
  session.viewer = null
  session.revalidated = []
  const category = await createCategory(db(), { slug: 'hukum' })
  article = await createArticle(db(), { categoryId: category.id, slug: 'kasus' })
})

const everyone = [
  ['anonymous', null],
  ['reader', { role: 'reader' }],
  ['editor', { role: 'editor' }],
  ['suspended moderator', { role: 'moderator', status: 'suspended', suspendedUntil: new Date(Date.now() + 3_600_000) }],
  ['banned moderator', { role: 'moderator', status: 'banned' }],
] as const

describe('comment decisions', () => {
  it('a moderator approves, rejects with a reason, restores and features; each step is audited', async () => {
    const pending = await createComment(db(), { articleId: article.id, body: 'Menunggu', status: 'pending' })
    const other = await createComment(db(), { articleId: article.id, body: 'Lain', status: 'pending' })
    await as({ role: 'moderator', displayName: 'Moderator Satu' })

    expect(await submit(staff.approveComments, { ids: pending.id })).toMatchObject({ ok: true, message: 'Disetujui: 1 komentar.' })
    expect(session.revalidated).toContain('/news/hukum/kasus')
    expect(await submit(staff.rejectComments, { ids: other.id })).toMatchObject({ ok: false, message: /alasan/ })
    expect(await submit(staff.rejectComments, { ids: other.id, reason: 'Spam' })).toMatchObject({ ok: true })
    expect((await getComment(other.id))?.status).toBe('rejected')
    expect(await submit(staff.restoreComments, { ids: other.id })).toMatchObject({ ok: true })
    expect(await submit(staff.featureComments, { ids: pending.id })).toMatchObject({ ok: true })

    const log = (await listAudit({ limit: 10, offset: 0 })).items.map((e) => [e.action, e.targetId, e.actorName])
    expect(log).toEqual([
      ['comment.feature', pending.id, 'Moderator Satu'],
      ['comment.restore', other.id, 'Moderator Satu'],
      ['comment.reject', other.id, 'Moderator Satu'],
      ['comment.approve', pending.id, 'Moderator Satu'],
    ])
  })

  it('bulk decisions touch only what is still undecided (two moderators at once stay consistent)', async () => {
    const a = await createComment(db(), { articleId: article.id, body: 'A', status: 'pending' })
    const b = await createComment(db(), { articleId: article.id, body: 'B', status: 'pending' })
    await as({ role: 'admin' })
    expect(await submit(staff.rejectComments, { ids: [a.id, b.id], reason: 'Promosi' })).toMatchObject({ message: 'Ditolak: 2 komentar.' })
    expect(await submit(staff.rejectComments, { ids: [a.id, b.id], reason: 'Promosi' })).toMatchObject({
      ok: false,
      message: /sudah ditangani/,
    })
  })

  it.each(everyone)('%s cannot moderate', async (_, values) => {
    const comment = await createComment(db(), { articleId: article.id, body: 'X', status: 'pending' })
    if (values) await as(values)
    expect(await submit(staff.approveComments, { ids: comment.id })).toMatchObject({ ok: false })
    expect((await getComment(comment.id))?.status).toBe('pending')
  })

  it('refuses a huge reason and keeps the comment as it was', async () => {
    const comment = await createComment(db(), { articleId: article.id, body: 'X', status: 'pending' })
    await as({ role: 'moderator' })
    expect(await submit(staff.rejectComments, { ids: comment.id, reason: 'x'.repeat(100_000) })).toMatchObject({ ok: false })
    expect((await getComment(comment.id))?.status).toBe('pending')
  })

  it('flags reports older than 48 hours as overdue and puts them first', async () => {
    const fresh = await createComment(db(), { articleId: article.id, body: 'Baru dilaporkan' })
    const old = await createComment(db(), { articleId: article.id, body: 'Lama dilaporkan' })
    const reporter = await createUser(db())
    await db()
      .insert(commentReports)
      .values([
        { commentId: fresh.id, userId: reporter.id, reason: 'spam', createdAt: new Date(Date.now() - 3_600_000) },
        { commentId: old.id, userId: reporter.id, reason: 'sara', createdAt: new Date(Date.now() - 49 * 3_600_000) },
      ])
    const { listQueue } = await import('@/db/queries/moderation')
    const { items } = await listQueue({ tab: 'reported', limit: 10, offset: 0 })
    expect(items.map((i) => [i.body, i.overdue])).toEqual([
      ['Lama dilaporkan', true],
      ['Baru dilaporkan', false],
    ])
    expect(items[0]?.reports).toEqual([{ reason: 'sara', count: 1, notes: [] }])
  })

  it.each([[['abc']], [[-1]], [[]], [Array.from({ length: 201 }, (_, i) => i + 1)]])('refuses forged ids %#', async (ids) => {
    await as({ role: 'moderator' })
    expect(await submit(staff.approveComments, { ids })).toMatchObject({ ok: false })
  })
})

describe('user sanctions', () => {
  it('a moderator suspends a reader, who then cannot act; everything is audited', async () => {
    const reader = await createUser(db(), { displayName: 'Pembaca Nakal' })
    await createComment(db(), { articleId: article.id, userId: reader.id, body: 'Komentar lama' })
    await as({ role: 'moderator' })
    expect(
      await submit(staff.sanctionAction, { userId: reader.id, sanction: 'suspend', days: 3, reason: 'Spam', rejectAll: 'on' }),
    ).toMatchObject({
      ok: true,
      message: 'Pembaca Nakal ditangguhkan 3 hari.',
    })
    const state = await getAuthState(reader.id)
    expect(state?.status).toBe('suspended')
    expect(state?.sessionVersion).toBe(2)
    expect((await listAudit({ limit: 10, offset: 0 })).items.map((e) => e.action).sort()).toEqual(['comment.reject', 'user.suspend'])
    expect(session.revalidated).toContain('/news/hukum/kasus')
  })

  it('a moderator cannot sanction staff or themselves; nobody sanctions an admin', async () => {
    const admin = await createUser(db(), { role: 'admin' })
    const editor = await createUser(db(), { role: 'editor' })
    const moderator = await as({ role: 'moderator' })
    expect(await submit(staff.sanctionAction, { userId: admin.id, sanction: 'ban', reason: 'x' })).toMatchObject({
      ok: false,
      message: /staf/,
    })
    expect(await submit(staff.sanctionAction, { userId: editor.id, sanction: 'ban', reason: 'x' })).toMatchObject({
      ok: false,
      message: /staf/,
    })
    expect(await submit(staff.sanctionAction, { userId: moderator.id, sanction: 'ban', reason: 'x' })).toMatchObject({
      ok: false,
      message: /diri sendiri/,
    })
    await as({ role: 'admin' })
    expect(await submit(staff.sanctionAction, { userId: admin.id, sanction: 'ban', reason: 'x' })).toMatchObject({
      ok: false,
      message: /Admin/,
    })
    expect(await submit(staff.sanctionAction, { userId: editor.id, sanction: 'suspend', days: 1, reason: 'x' })).toMatchObject({ ok: true })
    expect((await getAuthState(admin.id))?.status).toBe('active')
  })

  it.each(everyone)('%s cannot sanction', async (_, values) => {
    const reader = await createUser(db())
    if (values) await as(values)
    expect(await submit(staff.sanctionAction, { userId: reader.id, sanction: 'ban', reason: 'x' })).toMatchObject({ ok: false })
    expect((await getAuthState(reader.id))?.status).toBe('active')
  })

  it('only an admin changes roles', async () => {
    const reader = await createUser(db())
    await as({ role: 'moderator' })
    expect(await submit(staff.roleAction, { userId: reader.id, role: 'editor' })).toMatchObject({ ok: false })
    await as({ role: 'admin' })
    expect(await submit(staff.roleAction, { userId: reader.id, role: 'king' })).toMatchObject({ ok: false })
    expect(await submit(staff.roleAction, { userId: reader.id, role: 'editor' })).toMatchObject({ ok: true })
    expect(await getAuthState(reader.id)).toMatchObject({ role: 'editor', sessionVersion: 2 })
  })
})

describe('settings and comment modes', () => {
  it('a moderator replaces the word lists; a 100,000-line list is refused and nothing changes', async () => {
    await as({ role: 'moderator' })
    const standing = {
      reportThreshold: 4,
      reporterMinAgeDays: 14,
      reporterMinApproved: 5,
      trustAfterApproved: 2,
      distrustRejectedPercent: 40,
    }
    expect(
      await submit(staff.settingsAction, { banned: 'Bangsat\nbangsat\n  keparat ', suspect: 'slot gacor', ...standing }),
    ).toMatchObject({ ok: true })
    expect(await getModerationSettings()).toMatchObject({
      bannedWords: ['bangsat', 'keparat'],
      suspectWords: ['slot gacor'],
      ...standing,
      trustAfterApproved: 2,
      distrustRejectedPercent: 40,
    })
    const huge = Array.from({ length: 100_000 }, (_, i) => `kata${i}`).join('\n')
    expect(await submit(staff.settingsAction, { banned: huge, suspect: '', ...standing, reportThreshold: 3 })).toMatchObject({ ok: false })
    expect((await getModerationSettings()).bannedWords).toEqual(['bangsat', 'keparat'])
  })

  it('the reporter thresholds are validated, and a change is audited', async () => {
    await as({ role: 'moderator' })
    const valid = {
      banned: '',
      suspect: '',
      reportThreshold: 3,
      reporterMinAgeDays: 7,
      reporterMinApproved: 3,
      trustAfterApproved: 1,
      distrustRejectedPercent: 50,
    }
    for (const bad of [
      { trustAfterApproved: -1 },
      { trustAfterApproved: 51 },
      { trustAfterApproved: 'satu' },
      { distrustRejectedPercent: 101 },
      { distrustRejectedPercent: 2.5 },
      { reporterMinAgeDays: -1 },
      { reporterMinAgeDays: 366 },
      { reporterMinAgeDays: 'tujuh' },
      { reporterMinApproved: 1.5 },
      { reporterMinApproved: 1001 },
    ]) {
      expect(await submit(staff.settingsAction, { ...valid, ...bad })).toMatchObject({ ok: false })
    }
    expect(await getModerationSettings()).toMatchObject({ reporterMinAgeDays: 7, reporterMinApproved: 3 })
    expect(await submit(staff.settingsAction, { ...valid, reporterMinAgeDays: 0, reporterMinApproved: 10 })).toMatchObject({ ok: true })
    expect(await getModerationSettings()).toMatchObject({ reporterMinAgeDays: 0, reporterMinApproved: 10 })
    expect((await listAudit({ action: 'settings', limit: 5, offset: 0 })).items[0]?.reason).toMatch(/0 hari dengan 10 komentar disetujui/)
  })

  it('a moderator changes an article’s comment mode; an editor cannot', async () => {
    await as({ role: 'editor' })
    expect(await submit(staff.commentModeAction, { articleId: article.id, mode: 'closed' })).toMatchObject({ ok: false })
    await as({ role: 'moderator' })
    expect(await submit(staff.commentModeAction, { articleId: article.id, mode: 'sideways' })).toMatchObject({ ok: false })
    expect(await submit(staff.commentModeAction, { articleId: 999999, mode: 'closed' })).toMatchObject({ ok: false })
    expect(await submit(staff.commentModeAction, { articleId: article.id, mode: 'premoderated' })).toMatchObject({ ok: true })
    expect(session.revalidated).toContain('/news/hukum/kasus')
  })

  it('the audit log cannot be changed or deleted', async () => {
    await as({ role: 'moderator' })
    await submit(staff.commentModeAction, { articleId: article.id, mode: 'closed' })
    // The refusal is the database's own (a trigger on each dialect), whoever writes to the table.
    expect(
      await refusal(
        db()
          .update(moderationActions)
          .set({ reason: 'x' })
          .where(sql`true`),
      ),
    ).toMatch(/append-only/)
    expect(
      await refusal(
        db()
          .delete(moderationActions)
          .where(sql`true`),
      ),
    ).toMatch(/append-only/)
    expect((await listAudit({ limit: 10, offset: 0 })).items).toMatchObject([{ action: 'article.comment-mode.closed', reason: null }])
  })

  it('a back address outside the newsroom is ignored', async () => {
    await as({ role: 'moderator' })
    expect(await submit(staff.commentModeAction, { articleId: article.id, mode: 'open', back: 'https://evil.example/' })).toMatchObject({
      path: '/staff',
    })
  })
})

describe('counts', () => {
  it('counts each user’s own comments and only open reports', async () => {
    const { searchUsers, queueCounts } = await import('@/db/queries/moderation')
    const busy = await createUser(db(), { displayName: 'Rajin' })
    const quiet = await createUser(db(), { displayName: 'Pendiam' })
    const reported = await createComment(db(), { articleId: article.id, userId: busy.id, body: 'satu' })
    await createComment(db(), { articleId: article.id, userId: busy.id, body: 'dua' })
    await createComment(db(), { articleId: article.id, userId: busy.id, body: 'tiga', status: 'rejected' })
    await db().insert(commentReports).values({ commentId: reported.id, userId: quiet.id, reason: 'spam' })
    const rows = Object.fromEntries((await searchUsers('')).map((u) => [u.displayName, [u.approved, u.rejected]]))
    expect(rows).toMatchObject({ Rajin: [2, 1], Pendiam: [0, 0] })
    expect(await queueCounts()).toMatchObject({ reported: 1, approved: 2, rejected: 1, pending: 0 })
  })
})

describe('text filters', () => {
  // Case is ignored on both dialects (PostgreSQL's LIKE would not), and what staff type is matched
  // literally: `%`, `_` and `\` are characters to find, not wildcards.
  it('the queue search ignores case in the body and the author’s name', async () => {
    const { listQueue } = await import('@/db/queries/moderation')
    const budi = await createUser(db(), { displayName: 'budi santoso' })
    await createComment(db(), { articleId: article.id, userId: budi.id, body: 'Setuju sekali' })
    await createComment(db(), { articleId: article.id, body: 'Kata budi kemarin benar' })
    await createComment(db(), { articleId: article.id, body: 'Tidak ada hubungannya' })
    const bodies = async (q: string) => (await listQueue({ tab: 'approved', q, limit: 10, offset: 0 })).items.map((i) => i.body).sort()
    expect(await bodies('BUDI')).toEqual(['Kata budi kemarin benar', 'Setuju sekali'])
    expect(await bodies('Santoso')).toEqual(['Setuju sekali'])
    expect(await bodies('HUBUNGAN')).toEqual(['Tidak ada hubungannya'])
  })

  it('the queue search finds "50%", "a_b" and a backslash as typed', async () => {
    const { listQueue } = await import('@/db/queries/moderation')
    for (const body of ['Diskon 500 ribu', 'Diskon 50% hari ini', 'kode a_b', 'kode axb', 'jalur C:\\data', 'jalur C:data']) {
      await createComment(db(), { articleId: article.id, body })
    }
    const bodies = async (q: string) => (await listQueue({ tab: 'approved', q, limit: 10, offset: 0 })).items.map((i) => i.body)
    expect(await bodies('50%')).toEqual(['Diskon 50% hari ini'])
    expect(await bodies('a_b')).toEqual(['kode a_b'])
    expect(await bodies('C:\\')).toEqual(['jalur C:\\data'])
    expect(await bodies('%')).toEqual(['Diskon 50% hari ini'])
  })

  it('the user search ignores case in the name and the email, and takes wildcards literally', async () => {
    const { searchUsers } = await import('@/db/queries/moderation')
    await createUser(db(), { displayName: 'budi', email: 'satu@fakta.test' })
    await createUser(db(), { displayName: 'Wati', email: 'BUDI.W@fakta.test' })
    await createUser(db(), { displayName: 'Andi 500', email: 'andi@fakta.test' })
    await createUser(db(), { displayName: 'Andi 50%', email: 'andi50@fakta.test' })
    const names = async (q: string) => (await searchUsers(q)).map((u) => u.displayName).sort()
    expect(await names('BUDI')).toEqual(['Wati', 'budi'])
    expect(await names('budi.w')).toEqual(['Wati'])
    expect(await names('50%')).toEqual(['Andi 50%'])
    expect(await names('_')).toEqual([])
  })

  it('the audit log filters its actor ignoring case and its action by a literal prefix', async () => {
    const { audit } = await import('@/db/queries/moderation')
    await audit(db(), { id: 1, displayName: 'moderator satu' }, [{ action: 'comment.approve', targetType: 'comment', targetId: 1 }])
    await audit(db(), { id: 2, displayName: 'Redaktur 50%' }, [{ action: 'user.suspend', targetType: 'user', targetId: 2 }])
    await audit(db(), { id: 3, displayName: 'Redaktur 500' }, [{ action: 'user_role', targetType: 'user', targetId: 3 }])
    const actors = async (filter: { action?: string; actor?: string }) =>
      (await listAudit({ ...filter, limit: 10, offset: 0 })).items.map((e) => e.actorName).sort()
    expect(await actors({ actor: 'MODERATOR' })).toEqual(['moderator satu'])
    expect(await actors({ actor: '50%' })).toEqual(['Redaktur 50%'])
    expect(await actors({ action: 'COMMENT.' })).toEqual(['moderator satu'])
    expect(await actors({ action: 'user.' })).toEqual(['Redaktur 50%'])
    expect(await actors({ action: 'user_' })).toEqual(['Redaktur 500'])
  })
})
