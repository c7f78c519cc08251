// Passwords: argon2id hashes, and a policy of length plus "not easily guessed" (no composition
// rules), as current guidance recommends.
import { hash, verify } from '@node-rs/argon2'
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'

export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 256

const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Unknown accounts are checked against this hash too, so a wrong email costs the same time as a
// wrong password.
let dummy: Promise<string> | undefined
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('this is not anyone’s password')
  await verifyPassword(await dummy, password)
  return false
}

let estimator: ZxcvbnFactory | undefined

/** A reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN) return `Kata sandi minimal ${PASSWORD_MIN} karakter.`
  if (length > PASSWORD_MAX) return `Kata sandi maksimal ${PASSWORD_MAX} karakter.`
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  })
  const words = [...context, 'fakta', 'faktacom', 'berita', 'indonesia']
  const { score } = estimator.check(password, words)
  if (score < 3) return 'Kata sandi ini terlalu mudah ditebak. Coba gabungan beberapa kata yang tidak umum.'
  return null
}
