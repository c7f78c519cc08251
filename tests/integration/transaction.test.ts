import { describe, expect, it } from 'vitest'
import { asc } from 'drizzle-orm'
import { getDb, inTransaction, transaction } from '@/db/client'
import { wordLists } from '@/db/schema'
import { setupTestDatabase } from '../setup/db'

// The async transaction helper on the shared SQLite connection: one transaction at a time, and a
// statement from another chain waits for it to close instead of joining (and losing) its work.
setupTestDatabase()

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
const words = async () => (await getDb().select({ word: wordLists.word }).from(wordLists).orderBy(asc(wordLists.word))).map((r) => r.word)

describe('transaction', () => {
  it('rolls back a failed body, while an insert from another chain during it survives', async () => {
    const failing = transaction(async () => {
      await getDb().insert(wordLists).values({ kind: 'banned', word: 'inside' })
      await tick()
      await tick()
      throw new Error('boom')
    })
    await tick()
    // Started while the transaction is open, from a chain outside it.
    await getDb().insert(wordLists).values({ kind: 'banned', word: 'outside' })
    await expect(failing).rejects.toThrow('boom')
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
        expect(handle.$client.inTransaction).toBe(true)
        await tick()
        expect(getDb()).toBe(handle)
        await transaction(async () => expect(getDb()).toBe(handle))
      },
      { immediate: true },
    )
    expect(getDb()).toBe(outside)
    expect(outside.$client.inTransaction).toBe(false)
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
