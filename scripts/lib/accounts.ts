import fs from 'node:fs'

/** Prints freshly created demo credentials and keeps a copy (mode 600) beside the database. */
export function printAccounts(accounts: { role: string; email: string; password: string }[], file: string): void {
  if (accounts.length === 0) return
  const lines = accounts.map((a) => `${a.role.padEnd(10)} ${a.email.padEnd(24)} ${a.password}`)
  const text = `Demo accounts (role, email, password), created ${new Date().toISOString()}:\n${lines.join('\n')}\n`
  fs.writeFileSync(file, text, { mode: 0o600 })
  console.log(`\n${text}(also written to ${file})\n`)
}
