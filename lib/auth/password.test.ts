import { describe, expect, it } from 'vitest'
import { hashPassword, passwordProblem, verifyPassword } from './password'

describe('password policy', () => {
  it('accepts a long passphrase with no composition rules', () => {
    expect(passwordProblem('kuda lumping bersepeda malam')).toBeNull()
    expect(passwordProblem('ŝtelo-ĉielo-ĝardeno-ŭo')).toBeNull()
  })

  it('refuses short, overlong, common and guessable passwords', () => {
    expect(passwordProblem('Ab1!Ab1!Ab1')).toMatch(/minimal 12/)
    expect(passwordProblem('x'.repeat(257))).toMatch(/maksimal 256/)
    expect(passwordProblem('password1234')).toMatch(/mudah ditebak/)
    expect(passwordProblem('qwertyuiopasdf')).toMatch(/mudah ditebak/)
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/mudah ditebak/)
    expect(passwordProblem('budisantoso2024', ['budisantoso@contoh.id', 'budisantoso'])).toMatch(/mudah ditebak/)
  })

  it('counts characters, not bytes', () => {
    expect(passwordProblem('😀'.repeat(256))).not.toMatch(/maksimal/)
  })
})

describe('argon2id hashes', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('kuda lumping bersepeda malam')
    expect(hash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(hash, 'kuda lumping bersepeda malam')).toBe(true)
    expect(await verifyPassword(hash, 'kuda lumping bersepeda siang')).toBe(false)
    expect(await verifyPassword('not a hash', 'x')).toBe(false)
  })
})
