import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { authThrottle } from '../schema'

export type Attempts = { failures: number; lastFailureAt: Date }

export function getAttempts(key: string): Attempts | null {
  return (
    getDb()
      .select({ failures: authThrottle.failures, lastFailureAt: authThrottle.lastFailureAt })
      .from(authThrottle)
      .where(eq(authThrottle.key, key))
      .get() ?? null
  )
}

/**
 * Checks and counts an attempt in one IMMEDIATE transaction, so parallel attempts (in this
 * process or another) each see the ones before them. `waitFor` gets the current attempts of every
 * key and answers how long to wait; 0 counts one more attempt on every key (a count older than its
 * key's window starts again at 1) and answers 0, anything else counts nothing and is returned.
 */
export function reserveAttempt(
  keys: { key: string; windowMs: number }[],
  now: Date,
  waitFor: (current: (Attempts | null)[]) => number,
): number {
  return getDb().transaction(
    (tx) => {
      const current = keys.map(
        ({ key }) =>
          tx
            .select({ failures: authThrottle.failures, lastFailureAt: authThrottle.lastFailureAt })
            .from(authThrottle)
            .where(eq(authThrottle.key, key))
            .get() ?? null,
      )
      const wait = waitFor(current)
      if (wait > 0) return wait
      for (const { key, windowMs } of keys) {
        tx.insert(authThrottle)
          .values({ key, failures: 1, lastFailureAt: now })
          .onConflictDoUpdate({
            target: authThrottle.key,
            set: {
              failures: sql`CASE WHEN ${authThrottle.lastFailureAt} < ${now.getTime() - windowMs} THEN 1 ELSE ${authThrottle.failures} + 1 END`,
              lastFailureAt: now,
            },
          })
          .run()
      }
      return 0
    },
    { behavior: 'immediate' },
  )
}

/** Gives back one reserved attempt (the attempt turned out not to be a failure). */
export function releaseAttempt(key: string): void {
  getDb()
    .update(authThrottle)
    .set({ failures: sql`MAX(${authThrottle.failures} - 1, 0)` })
    .where(eq(authThrottle.key, key))
    .run()
}

export function clearAttempts(key: string): void {
  getDb().delete(authThrottle).where(eq(authThrottle.key, key)).run()
}
