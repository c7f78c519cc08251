import { describe, expect, it } from 'vitest'
import { asc, sql } from 'drizzle-orm'
import { getDb, inTransaction, prepared, rawRun, transaction } from '@/db/client'
import { wordLists } from '@/db/tables'
import { onPostgres, setupTestDatabase } from '../setup/db'

// The async transaction helper. On the shared SQLite connection: one transaction at a time, and a
// statement from another chain waits for it to close instead of joining (and losing) its work. On
// PostgreSQL each transaction has a pool client of its own, and the other chain runs beside it.
setupTestDatabase()

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
/**
 * Whether the process database handle runs in an open transaction: SQLite's connection says so;
 * PostgreSQL refuses a savepoint outside a transaction block.
 */
async function insideTransaction(): Promise<boolean> {
  if (!onPostgres) return getDb().$client.inTransaction
  try {
    await rawRun(sql`savepoint probe`)
    await rawRun(sql`release savepoint probe`)
    return true
  } catch {
    return false
  }
}
const words = async () => (await getDb().select({ word: wordLists.word }).from(wordLists).orderBy(asc(wordLists.word))).map((r) => r.word)

describe('transaction', () => {
  it('rolls back a failed body, while an insert from another chain during it survives', async () => {
    // The expectation is attached at once: on PostgreSQL the body may fail before the insert below is done.
    const failing = expect(
      transaction(async () => {
        await getDb().insert(wordLists).values({ kind: 'banned', word: 'inside' })
        await tick()
        await tick()
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    await tick()
    // Started while the transaction is open, from a chain outside it.
    await getDb().insert(wordLists).values({ kind: 'banned', word: 'outside' })
    await failing
    expect(await words()).toEqual(['outside'])
  })

  it('holds a prepared statement from another chain until the transaction closes', async () => {
    const insertWord = prepared((db) =>
      db
        .insert(wordLists)
        .values({ kind: 'banned', word: sql.placeholder('word') })
        .prepare(),
    )
    const failing = expect(
      transaction(async () => {
        await insertWord().execute({ word: 'inside' })
        await tick()
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    await tick()
    await insertWord().execute({ word: 'outside' })
    await failing
    expect(await words()).toEqual(['outside'])
  })

  it('runs a nested call in the open transaction', async () => {
    await expect(
      transaction(async () => {
        await getDb().insert(wordLists).values({ kind: 'banned', word: 'outer' })
        await transaction(async () => {
          await getDb().insert(wordLists).values({ kind: 'banned', word: 'inner' })
        })
        throw new Error('undo both')
      }),
    ).rejects.toThrow('undo both')
    expect(await words()).toEqual([])
  })

  it('hands the transaction to getDb() inside the body', async () => {
    const outside = getDb()
    expect(inTransaction()).toBe(false)
    await transaction(
      async () => {
        const handle = getDb()
        expect(handle).not.toBe(outside)
        expect(inTransaction()).toBe(true)
        expect(await insideTransaction()).toBe(true)
        await tick()
        expect(getDb()).toBe(handle)
        await transaction(async () => expect(getDb()).toBe(handle))
      },
      { immediate: true },
    )
    expect(getDb()).toBe(outside)
    expect(await insideTransaction()).toBe(false)
  })

  it('serializes two concurrent transactions and commits both', async () => {
    const order: string[] = []
    const run = (name: string) =>
      transaction(
        async () => {
          order.push(`${name} begin`)
          await getDb().insert(wordLists).values({ kind: 'banned', word: name })
          await tick()
          order.push(`${name} end`)
          return name
        },
        { immediate: true },
      )
    expect(await Promise.all([run('a'), run('b')])).toEqual(['a', 'b'])
    expect(order).toEqual(['a begin', 'a end', 'b begin', 'b end'])
    expect(await words()).toEqual(['a', 'b'])
  })
})
