import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { backupDatabase, backupName } from '@/db/backup'
import { createArticle, createCategory } from '@/db/seed/factories'
import { onPostgres, setupTestDatabase } from '../setup/db'

const db = setupTestDatabase()

describe('online backup', () => {
  // SQLite's online backup of the database file; PostgreSQL is backed up with pg_dump.
  it.skipIf(onPostgres)('copies a consistent database while a connection is open, and refuses to overwrite', async () => {
    const category = createCategory(db())
    createArticle(db(), { categoryId: category.id, title: 'Sebelum cadangan' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-backup-'))
    const file = path.join(dir, 'nested', 'cadangan.db')
    const { bytes } = await backupDatabase(db(), file)
    expect(bytes).toBeGreaterThan(0)
    // Writes after the backup stay out of it.
    createArticle(db(), { categoryId: category.id, title: 'Sesudah cadangan' })
    const copy = new Database(file, { readonly: true })
    expect(copy.prepare('select title from articles order by id').all()).toEqual([{ title: 'Sebelum cadangan' }])
    expect(copy.prepare("select count(*) as n from search_index where search_index match 'cadangan'").get()).toEqual({ n: 1 })
    copy.close()
    await expect(backupDatabase(db(), file)).rejects.toThrow(/already exists/)
  })

  it('names a backup beside the database with the UTC time', () => {
    expect(backupName('./data/fakta.db', new Date('2026-11-26T18:05:09.123Z'))).toBe(
      path.join('data', 'backups', 'fakta-20261126T180509Z.db'),
    )
  })
})
