// Operator CLI for accounts (run through npm, which loads the server-only modules correctly):
//   npm run user:create -- --email E --role R [--name "Nama"] [--password-stdin]
//   npm run user:role -- --email E --role R
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { roles } from '@/db/schema'
import { insertUser, setRole } from '@/db/queries/users'
import { hashPassword, passwordProblem } from '@/lib/auth/password'
import { cleanName } from '@/lib/text'

const [command, ...rest] = process.argv.slice(2)
const { values } = parseArgs({
  args: rest,
  options: {
    email: { type: 'string' },
    role: { type: 'string', default: 'reader' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
})

const input = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('--email must be an email address')),
    role: z.enum(roles, `--role must be one of ${roles.join(', ')}`),
  })
  .safeParse(values)
if (!input.success) fail(input.error.issues.map((issue) => issue.message).join('\n'))
const { email, role } = input.data

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function readPassword(): Promise<string> {
  if (values['password-stdin'] || !process.stdin.isTTY) {
    let data = ''
    for await (const chunk of process.stdin) data += chunk
    return data.replace(/\r?\n$/, '')
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  // Keep the typed password off the screen.
  ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {}
  process.stdout.write('Password: ')
  const answer = await new Promise<string>((resolve) => rl.question('', resolve))
  rl.close()
  process.stdout.write('\n')
  return answer
}

migrateDatabase(getDb())
if (command === 'create') {
  const password = await readPassword()
  const problem = passwordProblem(password, [email])
  if (problem) fail(problem)
  const user = insertUser({
    email,
    role,
    displayName: cleanName(values.name ?? email.split('@')[0] ?? email),
    passwordHash: await hashPassword(password),
  })
  if (!user) fail(`An account with ${email} already exists.`)
  console.log(`Created ${role} ${email} (id ${user.id})`)
} else if (command === 'role') {
  const user = setRole(email, role)
  if (!user) fail(`No account with ${email}.`)
  console.log(`${email} is now ${role}; their sessions have ended.`)
} else {
  fail('Usage: npm run user:create -- --email E --role R [--name N] [--password-stdin]\n       npm run user:role -- --email E --role R')
}
