import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createPrivateFile, type Db } from './client'

/**
 * An online backup: SQLite's backup API copies a consistent snapshot while the portal keeps
 * serving and writing. The copy is checked before it is reported as good.
 */
export async function backupDatabase(db: Db, destination: string): Promise<{ file: string; bytes: number }> {
  const file = path.resolve(destination)
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose another name.`)
  // Readable by the owner only, like the database (db/client.ts).
  createPrivateFile(file)
  await db.$client.backup(file)
  const copy = new Database(file)
  try {
    // One self-contained file: no write-ahead log beside it.
    copy.pragma('journal_mode = DELETE')
    const result = copy.pragma('integrity_check', { simple: true })
    if (result !== 'ok') throw new Error(`The backup at ${file} failed its integrity check: ${String(result)}`)
  } finally {
    copy.close()
  }
  return { file, bytes: fs.statSync(file).size }
}

/** The default name of a backup: beside the database, stamped with the UTC time. */
export function backupName(databaseFile: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const base = path.basename(databaseFile).replace(/\.db$/, '')
  return path.join(path.dirname(databaseFile), 'backups', `${base}-${stamp}.db`)
}
