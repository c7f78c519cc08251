'use server'

import { revalidatePath } from 'next/cache'
import { revalidateArticles } from '@/lib/server/revalidate'
import { cookies, headers } from 'next/headers'
import { z } from 'zod'
import {
  bumpSessionVersion,
  deleteUser,
  emailExists,
  findCredentials,
  getPasswordHash,
  insertUser,
  listOwnComments,
  staffDisplayNames,
  updateDisplayName,
  updatePasswordHash,
} from '@/db/queries/users'
import { createAction, fail, type ActionResult } from '@/lib/server/action'
import { signIn, signOut } from '@/lib/server/auth/auth'
import { safeCallbackUrl } from '@/lib/auth/callback-url'
import { clientIp } from '@/lib/auth/client-ip'
import { displayNameProblem } from '@/lib/auth/display-name'
import { hintCookieOptions, SIGNED_IN_HINT } from '@/lib/auth/hint-cookie'
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from '@/lib/auth/password'
import { describeWait, policies } from '@/lib/auth/throttle'
import { issueTicket } from '@/lib/auth/tickets'
import { throttleClear, throttleRelease, throttleReserve, type ThrottleKey } from '@/lib/server/auth/throttle-store'
import { cleanName } from '@/lib/text'

const WRONG_CREDENTIALS = 'Email atau kata sandi salah.'

const email = z
  .string()
  .trim()
  .min(1, 'Email wajib diisi.')
  .max(254, 'Email terlalu panjang.')
  .toLowerCase()
  .pipe(z.email('Alamat email tidak valid.'))
const password = z.string().min(1, 'Kata sandi wajib diisi.').max(1024, 'Kata sandi maksimal 256 karakter.')
const callbackUrl = z.string().max(2000).optional()

/** Signs the account in on this browser and goes on to `to` (a redirect: it does not return). */
async function startSession(user: { id: number; sessionVersion: number }, to: string): Promise<never> {
  ;(await cookies()).set(SIGNED_IN_HINT, '1', hintCookieOptions)
  await signIn('credentials', { ticket: await issueTicket(user.id, user.sessionVersion), redirectTo: to })
  throw new Error('unreachable: signIn redirects')
}

function loginKeys(emailAddress: string, ip: string): ThrottleKey[] {
  return [
    { key: `login:account-ip:${emailAddress}|${ip}`, policy: policies.loginAccountIp },
    { key: `login:account:${emailAddress}`, policy: policies.loginAccount },
    { key: `login:ip:${ip}`, policy: policies.loginIp },
  ]
}

export const loginAction = createAction(
  {
    schema: z.object({
      email: z.string().trim().toLowerCase().min(1, 'Email wajib diisi.').max(254, WRONG_CREDENTIALS),
      password,
      callbackUrl,
    }),
    access: 'public',
  },
  async (input, { now }): Promise<ActionResult> => {
    const keys = loginKeys(input.email, clientIp(await headers()))
    // Counted before the password is checked, so a burst of parallel guesses pays for each one.
    const wait = await throttleReserve(keys, now)
    if (wait > 0) return fail(`Terlalu banyak percobaan masuk. Coba lagi dalam ${describeWait(wait)}.`)

    const user = await findCredentials(input.email)
    const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstNothing(input.password)
    if (!user || !valid) return fail(WRONG_CREDENTIALS)
    await throttleClear(keys.slice(0, 2))
    await throttleRelease(keys.slice(2))
    if (user.status === 'banned') return fail('Akun ini diblokir karena melanggar pedoman komunitas FAKTA.')
    return startSession(user, safeCallbackUrl(input.callbackUrl))
  },
)

export const registerAction = createAction(
  {
    // Only the caps here: every other check runs after the attempt is counted.
    schema: z.object({
      email: z.string().max(254, 'Email terlalu panjang.'),
      displayName: z.string().max(400, 'Nama tampilan terlalu panjang.'),
      password: z.string().max(1024, 'Kata sandi maksimal 256 karakter.'),
      callbackUrl,
    }),
    access: 'public',
  },
  async (input, { now }): Promise<ActionResult> => {
    // Every attempt counts, whatever its outcome: otherwise "already registered" answers would let
    // anyone test emails at full speed.
    const keys = [{ key: `register:ip:${clientIp(await headers())}`, policy: policies.registerIp }]
    const wait = await throttleReserve(keys, now)
    if (wait > 0) return fail(`Terlalu banyak pendaftaran dari jaringan ini. Coba lagi dalam ${describeWait(wait)}.`)

    const fieldErrors: Record<string, string[]> = {}
    const address = email.safeParse(input.email)
    if (!address.success) fieldErrors.email = address.error.issues.slice(0, 1).map((issue) => issue.message)
    const nameProblem = displayNameProblem(input.displayName, await staffDisplayNames())
    if (nameProblem) fieldErrors.displayName = [nameProblem]
    const given = address.data ?? input.email
    const problem = input.password
      ? passwordProblem(input.password, [given, given.split('@')[0] ?? '', input.displayName])
      : 'Kata sandi wajib diisi.'
    if (problem) fieldErrors.password = [problem]
    if (address.success && (await emailExists(address.data))) fieldErrors.email = ['Email ini sudah terdaftar. Silakan masuk.']
    if (!address.success || Object.keys(fieldErrors).length > 0) return fail('Periksa kembali isian yang ditandai.', fieldErrors)

    const user = await insertUser({
      email: address.data,
      displayName: cleanName(input.displayName),
      passwordHash: await hashPassword(input.password),
    })
    if (!user) return fail('Periksa kembali isian yang ditandai.', { email: ['Email ini sudah terdaftar. Silakan masuk.'] })
    return startSession(user, safeCallbackUrl(input.callbackUrl))
  },
)

/** Signs out everywhere: the session version moves on, so every copy of the cookie is dead. */
export const signOutAction = createAction({ schema: z.object({}), access: 'self' }, async (_input, { viewer }) => {
  if (viewer) await bumpSessionVersion(viewer.id)
  ;(await cookies()).delete(SIGNED_IN_HINT)
  await signOut({ redirectTo: '/' })
  return { ok: true }
})

async function revalidateCommentPages(userId: number) {
  revalidateArticles((await listOwnComments(userId, 1000)).map((c) => c.article))
}

export const updateDisplayNameAction = createAction(
  { schema: z.object({ displayName: z.string().max(400, 'Nama tampilan terlalu panjang.') }), access: 'self' },
  async (input, { viewer }) => {
    const problem = displayNameProblem(input.displayName, viewer.role === 'reader' ? await staffDisplayNames() : [])
    if (problem) return fail(problem, { displayName: [problem] })
    await updateDisplayName(viewer.id, cleanName(input.displayName))
    await revalidateCommentPages(viewer.id)
    revalidatePath('/account')
    return { ok: true, message: 'Nama tampilan disimpan.' }
  },
)

export const changePasswordAction = createAction(
  { schema: z.object({ currentPassword: password, newPassword: password }), access: 'self' },
  async (input, { viewer }) => {
    const hash = await getPasswordHash(viewer.id)
    if (!hash || !(await verifyPassword(hash, input.currentPassword))) {
      return fail('Kata sandi saat ini salah.', { currentPassword: ['Kata sandi saat ini salah.'] })
    }
    const problem = passwordProblem(input.newPassword, [viewer.displayName])
    if (problem) return fail(problem, { newPassword: [problem] })
    const updated = await updatePasswordHash(viewer.id, await hashPassword(input.newPassword))
    if (!updated) return fail('Akun tidak ditemukan.')
    // Every other session ends with the new version; this browser gets a fresh one.
    return startSession(updated, '/account?sandi=diubah')
  },
)

export const deleteAccountAction = createAction(
  {
    schema: z.object({
      password,
      confirm: z.literal('HAPUS', 'Ketik HAPUS untuk memastikan.'),
      removeComments: z.enum(['on']).optional(),
    }),
    access: 'self',
  },
  async (input, { viewer }) => {
    const hash = await getPasswordHash(viewer.id)
    if (!hash || !(await verifyPassword(hash, input.password))) {
      return fail('Kata sandi salah.', { password: ['Kata sandi salah.'] })
    }
    revalidateArticles(await deleteUser(viewer.id, input.removeComments === 'on'))
    ;(await cookies()).delete(SIGNED_IN_HINT)
    await signOut({ redirectTo: '/?akun=dihapus' })
    return { ok: true }
  },
)
