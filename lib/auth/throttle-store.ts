import 'server-only'
import { clearAttempts, getAttempts, recordFailure } from '@/db/queries/throttle'
import { activeFailures, waitMs, type Policy } from './throttle'

export type ThrottleKey = { key: string; policy: Policy }

/** The longest wait any of the keys imposes now, in ms (0: go ahead). */
export function throttleWait(keys: ThrottleKey[], now: Date): number {
  return Math.max(0, ...keys.map(({ key, policy }) => waitMs(getAttempts(key), policy, now)))
}

export function throttleFailure(keys: ThrottleKey[], now: Date): void {
  for (const { key, policy } of keys) {
    const expired = activeFailures(getAttempts(key), policy, now) === 0
    recordFailure(key, now, expired)
  }
}

export function throttleClear(keys: ThrottleKey[]): void {
  for (const { key } of keys) clearAttempts(key)
}
