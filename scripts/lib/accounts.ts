import fs from 'node:fs'
import path from 'node:path'
import type { Env } from '@/lib/env'

/**
 * What names the database in messages and in the demo accounts file: the SQLite file, or for
 * PostgreSQL data/postgres-<database> (the URL's password never appears).
 */
export function databaseName(env: Pick<Env, 'DATABASE_FILE' | 'DATABASE_URL'>): string {
  if (!env.DATABASE_URL) return env.DATABASE_FILE
  const name = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1)) || 'postgres'
  return path.join('data', `postgres-${name.replace(/[^\w.-]/g, '_')}`)
}

/** Where the demo passwords of a database are kept: beside it, named after it (data/fakta.db -> data/fakta.demo-accounts.txt). */
export function accountsFileOf(databaseFile: string): string {
  const resolved = path.resolve(databaseFile)
  const name = path.basename(resolved).replace(/\.(db|sqlite3?)$/, '')
  return path.join(path.dirname(resolved), `${name}.demo-accounts.txt`)
}

/** Prints freshly created demo credentials and keeps a copy (mode 600) beside the database. */
export function printAccounts(accounts: { role: string; email: string; password: string }[], databaseFile: string): void {
  if (accounts.length === 0) return
  const file = accountsFileOf(databaseFile)
  const lines = accounts.map((a) => `${a.role.padEnd(10)} ${a.email.padEnd(24)} ${a.password}`)
  const text = `Demo accounts of ${path.resolve(databaseFile)} (role, email, password), created ${new Date().toISOString()}:\n${lines.join('\n')}\n`
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.writeFileSync(file, text, { mode: 0o600 })
  console.log(`\n${text}(also written to ${file})\n`)
}
