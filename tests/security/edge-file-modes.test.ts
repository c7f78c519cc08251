import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { backupDatabase } from '@/db/backup'
import { openDatabase, type Db } from '@/db/client'

// The database holds password hashes and emails: only the account that runs the portal may read
// it or its backups, whatever the umask.
const mode = (file: string) => fs.statSync(file).mode & 0o777
const opened: Db[] = []
const open = (file: string) => {
  const db = openDatabase(file)
  opened.push(db)
  return db
}
afterEach(() => {
  for (const db of opened.splice(0)) db.$client.close()
})

describe('database and backup file modes', () => {
  // The usual umask, under which files are created world-readable unless asked otherwise.
  let previous = 0
  beforeAll(() => {
    previous = process.umask(0o022)
  })
  afterAll(() => {
    process.umask(previous)
  })

  it('creates the database 0600 (its WAL files too) in a new 0700 folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-modes-'))
    const file = path.join(root, 'data', 'fakta.db')
    open(file).$client.exec('create table t (x); insert into t values (1)')
    expect(mode(path.dirname(file))).toBe(0o700)
    expect(mode(file)).toBe(0o600)
    expect(mode(`${file}-wal`)).toBe(0o600)
    expect(mode(`${file}-shm`)).toBe(0o600)
  })

  it('tightens an existing world-readable database and keeps using it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-modes-'))
    const file = path.join(root, 'fakta.db')
    open(file).$client.exec('create table t (x); insert into t values (7)')
    opened.pop()?.$client.close()
    fs.chmodSync(file, 0o644)
    const db = open(file)
    expect(db.$client.prepare('select x from t').get()).toEqual({ x: 7 })
    expect(mode(file)).toBe(0o600)
  })

  it('writes backups 0600 into a new 0700 folder, and into an existing folder', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-modes-'))
    const db = open(path.join(root, 'fakta.db'))
    db.$client.exec('create table t (x); insert into t values (1)')
    const first = path.join(root, 'backups', 'a.db')
    await backupDatabase(db, first)
    expect(mode(path.dirname(first))).toBe(0o700)
    expect(mode(first)).toBe(0o600)
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-shared-'))
    fs.chmodSync(shared, 0o755)
    const second = path.join(shared, 'b.db')
    await backupDatabase(db, second)
    expect(mode(second)).toBe(0o600)
  })
})
