// A fresh, migrated SQLite database per test: migrate once into a template file, copy it per test.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { migrateDatabase, openDatabase, setDb, type Db } from '@/db/client'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-test-'))
const template = path.join(dir, 'template.db')
{
  const db = openDatabase(template)
  migrateDatabase(db)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
}

let counter = 0

/** Gives every test of the calling file its own database, installed as the process database. */
export function setupTestDatabase(): () => Db {
  let db: Db | undefined
  beforeEach(() => {
    const file = path.join(dir, `test-${process.pid}-${++counter}.db`)
    fs.copyFileSync(template, file)
    db = openDatabase(file)
    setDb(db)
  })
  afterEach(() => {
    db?.$client.close()
    setDb(undefined)
    db = undefined
  })
  return () => {
    if (!db) throw new Error('setupTestDatabase: no database outside a test')
    return db
  }
}
