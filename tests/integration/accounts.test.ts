import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateDatabase, openDatabase, setDb } from '@/db/client'
import { getAttempts } from '@/db/queries/throttle'
import {
  bumpSessionVersion,
  deleteUser,
  exportUserData,
  getAuthState,
  insertUser,
  setRole,
  setStatus,
  updatePasswordHash,
} from '@/db/queries/users'
import { listApprovedComments } from '@/db/queries/comments'
import { hashPassword } from '@/lib/auth/password'
import { policies } from '@/lib/auth/throttle'
import { articlePath } from '@/lib/paths'
import { throttleReserve } from '@/lib/server/auth/throttle-store'
import { sessionUser } from '@/lib/server/auth/viewer'
import { createArticle, createCategory, createComment } from '@/tests/factories'
import { setupTestDatabase } from '../setup/db'

const db = setupTestDatabase()

const register = async (email = 'rina@contoh.id') =>
  await insertUser({ email, displayName: 'Rina', passwordHash: await hashPassword('kuda lumping bersepeda malam') })

describe('registration', () => {
  it('stores a reader and refuses a second account with the same email', async () => {
    const user = await register()
    expect(user).toMatchObject({ role: 'reader', status: 'active', sessionVersion: 1 })
    expect(await register()).toBeNull()
  })
})

describe('sessions', () => {
  it('a token of an older session version is no session; the current one is', async () => {
    const user = await register()
    if (!user) throw new Error('no user')
    const token = { uid: user.id, sv: user.sessionVersion }
    expect((await sessionUser(token, getAuthState))?.id).toBe(user.id)

    await bumpSessionVersion(user.id)
    expect(await sessionUser(token, getAuthState)).toBeNull()
    expect((await sessionUser({ ...token, sv: token.sv + 1 }, getAuthState))?.id).toBe(user.id)
  })

  it('password change, role change, suspension and ban each end the sessions', async () => {
    const user = await register()
    if (!user) throw new Error('no user')
    let version = user.sessionVersion
    const still = () => sessionUser({ uid: user.id, sv: version }, getAuthState)
    for (const change of [
      () => updatePasswordHash(user.id, 'x'),
      () => setRole('rina@contoh.id', 'moderator'),
      () => setStatus(user.id, 'suspended', new Date(Date.now() + 60_000)),
    ]) {
      const changed = await change()
      expect(await still()).toBeNull()
      version = changed?.sessionVersion ?? -1
      expect((await still())?.id).toBe(user.id)
    }
    const banned = await setStatus(user.id, 'banned')
    expect(await sessionUser({ uid: user.id, sv: banned?.sessionVersion }, getAuthState)).toBeNull()
  })

  it('rejects malformed session payloads', async () => {
    expect(await sessionUser(null, getAuthState)).toBeNull()
    expect(await sessionUser({ uid: '1', sv: 1 }, getAuthState)).toBeNull()
    expect(await sessionUser({ uid: 999, sv: 1 }, getAuthState)).toBeNull()
  })
})

describe('throttling', () => {
  it('is kept in the database, so a restart does not reset it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-throttle-'))
    const file = path.join(dir, 'restart.db')
    const now = new Date()
    const keys = [{ key: 'login:account-ip:rina@contoh.id|127.0.0.1', policy: policies.loginAccountIp }]

    let handle = openDatabase(file)
    await migrateDatabase(handle)
    setDb(handle)
    for (let i = 0; i < policies.loginAccountIp.free; i++) expect(await throttleReserve(keys, now)).toBe(0)
    expect(await throttleReserve(keys, now)).toBeGreaterThan(0)
    handle.$client.close()

    handle = openDatabase(file)
    setDb(handle)
    expect((await getAttempts(keys[0]!.key))?.failures).toBe(policies.loginAccountIp.free)
    expect(await throttleReserve(keys, now)).toBeGreaterThan(0)
    handle.$client.close()
    setDb(db())
  })
})

describe('throttle back-off', () => {
  it('keeps the free attempts, the doubling wait and the quiet window', async () => {
    const policy = policies.loginAccountIp
    const keys = [{ key: 'login:account-ip:budi@contoh.id|127.0.0.1', policy }]
    const start = new Date('2026-01-01T00:00:00Z')
    for (let i = 0; i < policy.free; i++) expect(await throttleReserve(keys, start)).toBe(0)
    expect(await throttleReserve(keys, start)).toBe(policy.baseMs)
    const later = new Date(start.getTime() + policy.baseMs)
    expect(await throttleReserve(keys, later)).toBe(0)
    expect(await throttleReserve(keys, later)).toBe(2 * policy.baseMs)
    const quiet = new Date(later.getTime() + policy.windowMs + 1)
    expect(await throttleReserve(keys, quiet)).toBe(0)
    expect((await getAttempts(keys[0]!.key))?.failures).toBe(1)
  })
})

describe('self-service', () => {
  it('exports the profile and comments without the password hash', async () => {
    const user = await register()
    const category = await createCategory(db())
    const article = await createArticle(db(), { categoryId: category.id, title: 'Berita Ekspor' })
    await createComment(db(), { articleId: article.id, userId: user?.id, body: 'Komentar saya' })
    const data = await exportUserData(user?.id ?? 0)
    expect(data?.profile.email).toBe('rina@contoh.id')
    expect(data?.comments).toMatchObject([{ body: 'Komentar saya', article: 'Berita Ekspor' }])
    expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash|password_hash/)
  })

  it('deleting an account keeps comments anonymously, or removes them', async () => {
    const category = await createCategory(db(), { slug: 'hukum' })
    const article = await createArticle(db(), { categoryId: category.id, slug: 'kasus' })
    const keep = await register('keep@contoh.id')
    const remove = await register('remove@contoh.id')
    await createComment(db(), { articleId: article.id, userId: keep?.id, body: 'Tetap ada' })
    await createComment(db(), { articleId: article.id, userId: remove?.id, body: 'Ikut dihapus' })

    expect((await deleteUser(keep?.id ?? 0, false)).map(articlePath)).toEqual(['/news/hukum/kasus'])
    expect((await deleteUser(remove?.id ?? 0, true)).map(articlePath)).toEqual(['/news/hukum/kasus'])
    expect(await getAuthState(keep?.id ?? 0)).toBeNull()
    expect((await listApprovedComments(article.id)).map((c) => [c.body, c.authorName])).toEqual([['Tetap ada', 'Pengguna terhapus']])
  })
})
