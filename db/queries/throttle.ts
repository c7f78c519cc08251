import 'server-only'
import { eq, lt, sql } from 'drizzle-orm'
import { getDb, transaction } from '../client'
import { authThrottle } from '../tables'

export type Attempts = { failures: number; lastFailureAt: Date }

export async function getAttempts(key: string): Promise<Attempts | null> {
  const [row] = await getDb()
    .select({ failures: authThrottle.failures, lastFailureAt: authThrottle.lastFailureAt })
    .from(authThrottle)
    .where(eq(authThrottle.key, key))
    .limit(1)
  return row ?? null
}

/**
 * Checks and counts an attempt in one IMMEDIATE transaction, so parallel attempts (in this
 * process or another) each see the ones before them. `waitFor` gets the current attempts of every
 * key and answers how long to wait; 0 counts one more attempt on every key (a count older than its
 * key's window starts again at 1) and answers 0, anything else counts nothing and is returned.
 */
export async function reserveAttempt(
  keys: { key: string; windowMs: number }[],
  now: Date,
  waitFor: (current: (Attempts | null)[]) => number,
): Promise<number> {
  return transaction(
    async () => {
      const current: (Attempts | null)[] = []
      for (const { key } of keys) current.push(await getAttempts(key))
      const wait = waitFor(current)
      if (wait > 0) return wait
      for (const { key, windowMs } of keys) {
        await getDb()
          .insert(authThrottle)
          .values({ key, failures: 1, lastFailureAt: now })
          .onConflictDoUpdate({
            target: authThrottle.key,
            set: {
              failures: sql`CASE WHEN ${lt(authThrottle.lastFailureAt, new Date(now.getTime() - windowMs))} THEN 1 ELSE ${authThrottle.failures} + 1 END`,
              lastFailureAt: now,
            },
          })
      }
      return 0
    },
    { immediate: true },
  )
}

/** Gives back one reserved attempt (the attempt turned out not to be a failure). */
export async function releaseAttempt(key: string): Promise<void> {
  await getDb()
    .update(authThrottle)
    .set({ failures: sql`CASE WHEN ${authThrottle.failures} > 0 THEN ${authThrottle.failures} - 1 ELSE 0 END` })
    .where(eq(authThrottle.key, key))
}

export async function clearAttempts(key: string): Promise<void> {
  await getDb().delete(authThrottle).where(eq(authThrottle.key, key))
}
