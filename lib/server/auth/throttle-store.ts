import 'server-only'
import { clearAttempts, releaseAttempt, reserveAttempt } from '@/db/queries/throttle'
import { waitMs, type Policy } from '@/lib/auth/throttle'

export type ThrottleKey = { key: string; policy: Policy }

/**
 * Counts an attempt on every key before the work it guards (a password check, a registration),
 * in one transaction with the check, so N parallel attempts cost N. Answers the longest wait any
 * key imposes in ms; then nothing is counted and the attempt must not go ahead. 0: go ahead.
 */
export async function throttleReserve(keys: ThrottleKey[], now: Date): Promise<number> {
  return reserveAttempt(
    keys.map(({ key, policy }) => ({ key, windowMs: policy.windowMs })),
    now,
    (current) => Math.max(0, ...current.map((attempts, i) => waitMs(attempts, keys[i]!.policy, now))),
  )
}

/** The reserved attempt was not a failure: the keys forget it (the rest of their count stays). */
export async function throttleRelease(keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) await releaseAttempt(key)
}

/** A success: the keys start again from nothing. */
export async function throttleClear(keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) await clearAttempts(key)
}
