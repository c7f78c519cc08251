// Back-off for sign-in and registration. After a few free failures each further one doubles the
// wait, up to a cap; a success clears it. Keys are per account+IP (tight), per account (loose, so
// an attacker elsewhere cannot lock a real user out for long) and per IP (loose, shared networks).

export type Attempts = { failures: number; lastFailureAt: Date }
export type Policy = { free: number; baseMs: number; maxMs: number; windowMs: number }

const minute = 60_000

export const policies = {
  loginAccountIp: { free: 5, baseMs: 30_000, maxMs: 15 * minute, windowMs: 60 * minute },
  loginAccount: { free: 20, baseMs: 30_000, maxMs: 15 * minute, windowMs: 60 * minute },
  loginIp: { free: 50, baseMs: 30_000, maxMs: 15 * minute, windowMs: 60 * minute },
  registerIp: { free: 20, baseMs: 60_000, maxMs: 60 * minute, windowMs: 60 * minute },
} satisfies Record<string, Policy>

/** Failures that still count at `now` (a quiet window forgets them). */
export function activeFailures(attempts: Attempts | null, policy: Policy, now: Date): number {
  if (!attempts) return 0
  return now.getTime() - attempts.lastFailureAt.getTime() > policy.windowMs ? 0 : attempts.failures
}

/** Milliseconds to wait before the next attempt; 0 when it may go ahead now. */
export function waitMs(attempts: Attempts | null, policy: Policy, now: Date): number {
  const failures = activeFailures(attempts, policy, now)
  if (!attempts || failures < policy.free) return 0
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - policy.free))
  return Math.max(0, attempts.lastFailureAt.getTime() + delay - now.getTime())
}

/** "30 detik", "2 menit": how long to wait, rounded up. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 60) return `${seconds} detik`
  return `${Math.ceil(seconds / 60)} menit`
}
