import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { authThrottle } from '../schema'

export function getAttempts(key: string) {
  return (
    getDb()
      .select({ failures: authThrottle.failures, lastFailureAt: authThrottle.lastFailureAt })
      .from(authThrottle)
      .where(eq(authThrottle.key, key))
      .get() ?? null
  )
}

/** Adds a failure; `reset` starts the count again when the previous ones have expired. */
export function recordFailure(key: string, now: Date, reset: boolean): void {
  getDb()
    .insert(authThrottle)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: { failures: reset ? 1 : sql`${authThrottle.failures} + 1`, lastFailureAt: now },
    })
    .run()
}

export function clearAttempts(key: string): void {
  getDb().delete(authThrottle).where(eq(authThrottle.key, key)).run()
}
