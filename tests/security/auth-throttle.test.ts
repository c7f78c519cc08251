import { beforeEach, describe, expect, it, vi } from 'vitest'

// Sign-in and registration run as in production against a fresh database; only the request around
// them (headers, cookies, the session helpers of Auth.js) is stood in for, and password checks
// are counted.
const request = vi.hoisted(() => ({ ip: '203.0.113.7', verified: 0, signedIn: 0 }))
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-fakta-client-address': request.ip }),
  cookies: async () => ({ set: () => undefined, delete: () => undefined, get: () => undefined }),
}))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache())
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => null }))
vi.mock('@/lib/server/auth/auth', () => ({
  signIn: async () => {
    request.signedIn++
    throw new Error('NEXT_REDIRECT')
  },
  signOut: async () => undefined,
}))
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/password')>()
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) => {
      request.verified++
      return fn(...args)
    }
  return { ...actual, verifyPassword: counted(actual.verifyPassword), verifyAgainstNothing: counted(actual.verifyAgainstNothing) }
})

const { loginAction, registerAction } = await import('@/lib/server/actions/auth')
const { hashPassword } = await import('@/lib/auth/password')
const { policies } = await import('@/lib/auth/throttle')
const { getAttempts } = await import('@/db/queries/throttle')
const { createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

const PASSWORD = 'kuda lumping bersepeda malam'
const WRONG = /Email atau kata sandi salah/
const LIMITED = /Terlalu banyak percobaan masuk/

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

const login = (email: string, password: string) => loginAction(null, form({ email, password }))

beforeEach(() => {
  request.ip = '203.0.113.7'
  request.verified = 0
  request.signedIn = 0
})

describe('sign-in throttle under parallel guesses', () => {
  it('30 wrong passwords at once: only the free attempts reach the password check', async () => {
    await createUser(db(), { email: 'rina@contoh.id', passwordHash: await hashPassword(PASSWORD) })
    const answers = await Promise.all(Array.from({ length: 30 }, () => login('rina@contoh.id', 'tebakan yang salah sekali')))
    const messages = answers.map((a) => (a.ok ? 'ok' : a.formError))
    expect(messages.filter((m) => WRONG.test(m ?? ''))).toHaveLength(policies.loginAccountIp.free)
    expect(messages.filter((m) => LIMITED.test(m ?? ''))).toHaveLength(30 - policies.loginAccountIp.free)
    expect(request.verified).toBe(policies.loginAccountIp.free)
    expect((await getAttempts('login:account-ip:rina@contoh.id|203.0.113.7'))?.failures).toBe(policies.loginAccountIp.free)
  })

  it('the right password in a burst is not let in once the free attempts are used', async () => {
    await createUser(db(), { email: 'rina@contoh.id', passwordHash: await hashPassword(PASSWORD) })
    const guesses = Array.from({ length: 10 }, (_, i) => (i === 9 ? PASSWORD : `salah sekali nomor ${i}`))
    await Promise.all(guesses.map((guess) => login('rina@contoh.id', guess)))
    expect(request.verified).toBe(policies.loginAccountIp.free)
    expect(request.signedIn).toBe(0)
  })

  it('unknown accounts are throttled the same way', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => login('tidakada@contoh.id', 'tebakan yang salah sekali')))
    expect(answers.filter((a) => !a.ok && WRONG.test(a.formError ?? ''))).toHaveLength(policies.loginAccountIp.free)
    expect(request.verified).toBe(policies.loginAccountIp.free)
  })

  it('a success clears the account keys and gives back the network attempt', async () => {
    await createUser(db(), { email: 'rina@contoh.id', passwordHash: await hashPassword(PASSWORD) })
    for (let i = 0; i < 3; i++) expect(await login('rina@contoh.id', 'salah sekali lagi ya')).toMatchObject({ formError: WRONG })
    await expect(login('rina@contoh.id', PASSWORD)).rejects.toThrow('NEXT_REDIRECT')
    expect(request.signedIn).toBe(1)
    expect(await getAttempts('login:account-ip:rina@contoh.id|203.0.113.7')).toBeNull()
    expect(await getAttempts('login:account:rina@contoh.id')).toBeNull()
    expect((await getAttempts('login:ip:203.0.113.7'))?.failures).toBe(3)
  })
})

describe('registration throttle', () => {
  it('empty fields get every message, and count', async () => {
    const answer = await registerAction(null, form({ email: '', displayName: '', password: '' }))
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: {
        email: ['Email wajib diisi.'],
        displayName: [expect.stringMatching(/2 sampai 40/)],
        password: ['Kata sandi wajib diisi.'],
      },
    })
    expect((await getAttempts(`register:ip:${request.ip}`))?.failures).toBe(1)
  })

  const register = (email: string, displayName = 'Rina Kusuma', password = PASSWORD) =>
    registerAction(null, form({ email, displayName, password }))

  it('a taken email is counted, so emails cannot be enumerated at full speed', async () => {
    await createUser(db(), { email: 'rina@contoh.id' })
    const free = policies.registerIp.free
    for (let i = 0; i < free; i++) {
      expect(await register('rina@contoh.id')).toMatchObject({ fieldErrors: { email: [expect.stringMatching(/sudah terdaftar/)] } })
    }
    const answer = await register('rina@contoh.id')
    expect(answer).toMatchObject({ ok: false, formError: expect.stringMatching(/Terlalu banyak pendaftaran/) })
    expect(answer.ok ? null : answer.fieldErrors.email).toBeUndefined()
    expect((await getAttempts(`register:ip:${request.ip}`))?.failures).toBe(free)
  })

  it('every outcome counts: bad name, weak password, bad email, success; in parallel too', async () => {
    const outcomes = [
      () => register('a@contoh.id', 'x'),
      () => register('b@contoh.id', 'Rina', 'pendek'),
      () => register('bukan-email', 'Rina'),
      () => register('', '', ''),
      () => register('c@contoh.id').catch((error: Error) => error.message),
    ]
    for (const attempt of outcomes) await attempt()
    expect(request.signedIn).toBe(1)
    expect((await getAttempts(`register:ip:${request.ip}`))?.failures).toBe(5)

    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => register(`burst${i}@contoh.id`, 'x')))
    const limited = answers.filter((a) => !a.ok && /Terlalu banyak pendaftaran/.test(a.formError ?? ''))
    expect(limited).toHaveLength(30 - (policies.registerIp.free - 5))
  })

  it('another network is not held up', async () => {
    await createUser(db(), { email: 'rina@contoh.id' })
    for (let i = 0; i < policies.registerIp.free + 2; i++) await register('rina@contoh.id')
    request.ip = '198.51.100.9'
    expect(await register('rina@contoh.id')).toMatchObject({ fieldErrors: { email: [expect.stringMatching(/sudah terdaftar/)] } })
  })
})
