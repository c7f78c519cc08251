import { encode } from 'next-auth/jwt'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The viewer of a request comes from the session cookie alone (decoded, not re-issued): a cookie
// that is forged, expired, sealed for another name or behind the user's session version is no one.
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters'
vi.hoisted(() => {
  process.env.AUTH_SECRET = 'a-test-secret-of-at-least-thirty-two-characters'
})
const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }))
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => jar.cookies.find((cookie) => cookie.name === name),
    getAll: () => jar.cookies,
  }),
}))
vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }))

const { getViewer } = await import('@/lib/server/auth/viewer')
const { createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()
const NAME = 'authjs.session-token'

async function sealed(claims: Record<string, unknown>, salt = NAME, secret = SECRET, maxAge?: number) {
  return encode({ token: claims, secret, salt, ...(maxAge === undefined ? {} : { maxAge }) })
}

let warnings: string[]
beforeEach(() => {
  jar.cookies = []
  warnings = []
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void warnings.push(String(line)))
})
afterEach(() => vi.restoreAllMocks())

describe('getViewer', () => {
  it('knows the reader of a valid session, under the plain and the __Secure- name, whole or in chunks', async () => {
    const user = await createUser(db(), { displayName: 'Sari' })
    const token = await sealed({ uid: user.id, sv: user.sessionVersion })
    jar.cookies = [{ name: NAME, value: token }]
    expect(await getViewer()).toMatchObject({ id: user.id, displayName: 'Sari' })

    jar.cookies = [{ name: `__Secure-${NAME}`, value: await sealed({ uid: user.id, sv: user.sessionVersion }, `__Secure-${NAME}`) }]
    expect(await getViewer()).toMatchObject({ id: user.id })

    const half = Math.ceil(token.length / 2)
    jar.cookies = [
      { name: `${NAME}.1`, value: token.slice(half) },
      { name: `${NAME}.0`, value: token.slice(0, half) },
    ]
    expect(await getViewer()).toMatchObject({ id: user.id })
  })

  it('is no one without a cookie, and says nothing', async () => {
    expect(await getViewer()).toBeNull()
    expect(warnings).toEqual([])
  })

  it('refuses forged, garbled, foreign-key, wrong-name and expired cookies, with one warning line each', async () => {
    const user = await createUser(db())
    const good = await sealed({ uid: user.id, sv: user.sessionVersion })
    const flipped = `${good.slice(0, -5)}${good.slice(-5) === 'AAAAA' ? 'BBBBB' : 'AAAAA'}`
    const cases = [
      flipped,
      'not.a.jwe',
      await sealed({ uid: user.id, sv: user.sessionVersion }, NAME, 'another-secret-of-at-least-thirty-two-characters'),
      // Sealed for the __Secure- cookie, sent under the plain name: the salt does not match.
      await sealed({ uid: user.id, sv: user.sessionVersion }, `__Secure-${NAME}`),
      await sealed({ uid: user.id, sv: user.sessionVersion }, NAME, SECRET, -60),
    ]
    for (const value of cases) {
      jar.cookies = [{ name: NAME, value }]
      expect(await getViewer(), value.slice(0, 20)).toBeNull()
    }
    expect(warnings).toHaveLength(cases.length)
    for (const line of warnings) expect(JSON.parse(line)).toMatchObject({ level: 'warn', event: 'auth.rejected' })
  })

  it('is no one when the session is behind the user’s version, the user is banned or gone', async () => {
    const user = await createUser(db(), { sessionVersion: 2 })
    jar.cookies = [{ name: NAME, value: await sealed({ uid: user.id, sv: 1 }) }]
    expect(await getViewer()).toBeNull()
    const banned = await createUser(db(), { status: 'banned' })
    jar.cookies = [{ name: NAME, value: await sealed({ uid: banned.id, sv: banned.sessionVersion }) }]
    expect(await getViewer()).toBeNull()
    jar.cookies = [{ name: NAME, value: await sealed({ uid: 999_999, sv: 0 }) }]
    expect(await getViewer()).toBeNull()
    jar.cookies = [{ name: NAME, value: await sealed({ uid: String(user.id), sv: 2 }) }]
    expect(await getViewer()).toBeNull()
  })
})
