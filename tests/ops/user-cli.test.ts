// The operator CLI (scripts/user.ts) as an operator runs it: a child process on a fresh database.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onPostgres } from '../setup/db'
import type { PgTestDatabase } from '../setup/pg'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-user-cli-'))
const database = path.join(dir, 'cli.db')
// On PostgreSQL the CLI gets a fresh database of its own, never the server's default one.
let pgDatabase: PgTestDatabase | undefined
beforeAll(async () => {
  if (onPostgres) pgDatabase = await (await import('../setup/pg')).pgTestDatabase()
}, 120_000)
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
  await pgDatabase?.drop()
}, 60_000)

function cli(args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const target = pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/user.ts', ...args], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_FILE: database, ...target },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin.end(input)
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })))
}

const createUsage = 'Pemakaian: npm run user:create -- --email E [--role R] [--name N] [--password-stdin]'
const roleUsage = 'Pemakaian: npm run user:role -- --email E --role R'

describe('npm run user:create / user:role', () => {
  const mistakes: [string, string[], RegExp, string][] = [
    [
      'a forgotten -- (npm hands over the bare values)',
      ['create', 'a@contoh.id', 'editor'],
      /^argumen tak terduga "a@contoh\.id" \(lupa "--"/,
      createUsage,
    ],
    ['a typo in an option', ['create', '--emial', 'a@contoh.id'], /^opsi tidak dikenal --emial\./, createUsage],
    ['an option without its value', ['create', '--email'], /^--email perlu nilai\./, createUsage],
    [
      'a value for a switch',
      ['create', '--email', 'a@contoh.id', '--password-stdin=ya'],
      /^--password-stdin tidak menerima nilai\./,
      createUsage,
    ],
    ['no --email', ['create', '--role', 'editor'], /^--email wajib diisi\./, createUsage],
    ['an email that is not one', ['create', '--email', 'bukan-email'], /^--email harus berupa alamat email\./, createUsage],
    [
      'an unknown role',
      ['role', '--email', 'a@contoh.id', '--role', 'raja'],
      /^--role harus salah satu dari reader, moderator, writer, editor, admin\./,
      roleUsage,
    ],
    ['no --role for a role change', ['role', '--email', 'a@contoh.id'], /^--role wajib diisi\./, roleUsage],
    [
      'an option of the other command',
      ['role', '--email', 'a@contoh.id', '--role', 'editor', '--name', 'X'],
      /^--name hanya untuk user:create\./,
      roleUsage,
    ],
    ['an unknown command', ['hapus'], /^perintah tidak dikenal "hapus"\./, 'npm run user:role'],
  ]
  for (const [name, args, problem, usage] of mistakes) {
    // Each mistake is refused before the database is opened, so they can run side by side.
    it.concurrent(`answers ${name} with one line naming it and the usage, exit code 2`, async () => {
      const { status, stdout, stderr } = await cli(args)
      expect(status).toBe(2)
      expect(stdout).toBe('')
      const lines = stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(problem)
      expect(lines[0]).toContain(usage)
      expect(stderr).not.toMatch(/ERR_PARSE_ARGS|\bat \S+:\d+|expected string/)
    })
  }

  it('creates an account and changes its role, saying so in Indonesian; a refusal is one line, exit code 1', async () => {
    const created = await cli(
      ['create', '--email', 'Redaksi@Contoh.id', '--role', 'editor', '--password-stdin'],
      'kuda lumping bersepeda malam\n',
    )
    expect(created.stderr).toBe('')
    expect(created.status).toBe(0)
    expect(created.stdout).toMatch(/^Akun editor redaksi@contoh\.id dibuat \(id \d+\)\.\n$/)

    const again = await cli(['create', '--email', 'redaksi@contoh.id', '--password-stdin'], 'kuda lumping bersepeda malam\n')
    expect(again).toMatchObject({ status: 1, stdout: '', stderr: 'Akun dengan email redaksi@contoh.id sudah ada.\n' })

    expect(await cli(['create', '--email', 'lain@contoh.id', '--password-stdin'], 'pendek\n')).toMatchObject({
      status: 1,
      stderr: 'Kata sandi minimal 12 karakter.\n',
    })

    expect(await cli(['role', '--email', 'redaksi@contoh.id', '--role', 'moderator'])).toMatchObject({
      status: 0,
      stdout: 'redaksi@contoh.id kini moderator; semua sesinya diakhiri.\n',
    })
    expect(await cli(['role', '--email', 'siapa@contoh.id', '--role', 'admin'])).toMatchObject({
      status: 1,
      stderr: 'Tidak ada akun dengan email siapa@contoh.id.\n',
    })
  })
}, 120_000)
