// The demo content in the test's database, on either dialect. SQLite: seedDemo on it. PostgreSQL:
// the path of db/seed-postgres.ts, a scratch SQLite file seeded by the same seedDemo and copied over
// by the export. The scratch file of a seed time is seeded once per test file and copied per test.
import { afterAll, beforeAll } from 'vitest'
import { getDb, type Db } from '@/db/client'
import type { PgDb } from '@/db/postgres'
import { seedDemo, seedDemoAccounts, type CreatedAccount } from '@/db/seed'
import { copySeeded, isSeededPostgres, scratchDatabase, seedDemoAccountsPostgres, type ScratchDatabase } from '@/db/seed-postgres'
import { onPostgres } from './db'

/** The seed time when a test names none: one per test file, so its scratch file is reused. */
const fileNow = new Date()

const scratches = new Map<number, Promise<ScratchDatabase>>()

afterAll(async () => {
  const open = [...scratches.values()]
  scratches.clear()
  for (const scratch of await Promise.allSettled(open)) if (scratch.status === 'fulfilled') scratch.value.remove()
})

async function seededScratch(now: Date): Promise<ScratchDatabase> {
  let scratch = scratches.get(now.getTime())
  if (!scratch) {
    scratch = scratchDatabase().then((made) => {
      seedDemo(made.db, now)
      return made
    })
    scratches.set(now.getTime(), scratch)
  }
  return scratch
}

/**
 * On PostgreSQL, seeds the scratch file of the seed time `now` before the file's tests, which then
 * only copy it: the seed takes seconds. Call it at the top of a test file; nothing on SQLite.
 */
export function prepareDemo(now = fileNow): void {
  if (onPostgres) beforeAll(() => seededScratch(now).then(() => undefined), 60_000)
}

/**
 * Seeds the demo content into the current test database, as seedDemo does (nothing when it is
 * there already). `before` runs on the SQLite database the seed goes into, just before it: rows
 * the seed should find (on PostgreSQL they travel with the copy, under the same ids). On
 * PostgreSQL the database must otherwise be empty.
 */
export async function seedDemoHere(now = fileNow, { before }: { before?: (db: Db) => void } = {}): Promise<{ seeded: boolean }> {
  if (!onPostgres) {
    before?.(getDb())
    return { seeded: seedDemo(getDb(), now).seeded }
  }
  const target = getDb() as unknown as PgDb
  if (await isSeededPostgres(target)) return { seeded: false }
  if (before) {
    const scratch = await scratchDatabase()
    try {
      before(scratch.db)
      seedDemo(scratch.db, now)
      await copySeeded(scratch.db, target)
    } finally {
      scratch.remove()
    }
  } else {
    await copySeeded((await seededScratch(now)).db, target)
  }
  return { seeded: true }
}

/** The demo accounts in the current test database (seedDemoAccounts on either dialect). */
export function seedDemoAccountsHere(): Promise<CreatedAccount[]> {
  return onPostgres ? seedDemoAccountsPostgres(getDb() as unknown as PgDb) : seedDemoAccounts(getDb())
}
