// Operator CLI for accounts (run through npm, which loads the server-only modules correctly):
//   npm run user:create -- --email E [--role R] [--name "Nama"] [--password-stdin]
//   npm run user:role -- --email E --role R
// It speaks Indonesian, like the portal. A mistake on the command line is one line naming the
// flag, with the usage, and exit code 2; a refused change (taken email, unknown account, weak
// password) is one line and exit code 1.
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import './load-env'
import { getDb, migrateDatabase } from '@/db/client'
import { roles } from '@/db/schema'
import { insertUser, setRole } from '@/db/queries/users'
import { hashPassword, passwordProblem } from '@/lib/auth/password'
import { cleanName } from '@/lib/text'

const usages = {
  create: 'npm run user:create -- --email E [--role R] [--name N] [--password-stdin]',
  role: 'npm run user:role -- --email E --role R',
} as const
type Command = keyof typeof usages

const [given, ...rest] = process.argv.slice(2)
const command: Command | undefined = given === 'create' || given === 'role' ? given : undefined
if (!command) usageError(`perintah tidak dikenal "${given ?? ''}"`)

const options = {
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  'password-stdin': { type: 'boolean' },
} as const

/** What parseArgs threw, as one line naming the flag or the stray word. */
function parseProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string }
  const flag = /'(-[^'\s]+)/.exec(message ?? '')?.[1]
  const word = /'([^']+)'/.exec(message ?? '')?.[1]
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `opsi tidak dikenal ${flag ?? word ?? ''}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return flag && options[flag.replace(/^-+/, '') as keyof typeof options]?.type === 'boolean'
        ? `${flag} tidak menerima nilai`
        : `${flag ?? 'opsi'} perlu nilai`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      // `npm run user:create --email E` (without `--`) hands the script the bare values.
      return `argumen tak terduga "${word ?? ''}" (lupa "--" sesudah nama skrip npm?)`
    default:
      throw error
  }
}

let values: { email?: string; role?: string; name?: string; 'password-stdin'?: boolean }
try {
  values = parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values
} catch (error) {
  usageError(parseProblem(error))
}
if (command === 'role') {
  for (const flag of ['name', 'password-stdin'] as const) if (values[flag] !== undefined) usageError(`--${flag} hanya untuk user:create`)
  if (values.role === undefined) usageError('--role wajib diisi')
}
if (values.email === undefined) usageError('--email wajib diisi')

const input = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('--email harus berupa alamat email')),
    role: z.enum(roles, `--role harus salah satu dari ${roles.join(', ')}`),
  })
  .safeParse({ email: values.email, role: values.role ?? 'reader' })
if (!input.success) usageError(input.error.issues[0]?.message ?? 'masukan tidak valid')
const { email, role } = input.data

function usageError(problem: string): never {
  const usage = command ? usages[command] : `${usages.create}  |  ${usages.role}`
  console.error(`${problem}. Pemakaian: ${usage}`)
  process.exit(2)
}

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
  process.stdout.write('Kata sandi: ')
  const answer = await new Promise<string>((resolve) => rl.question('', resolve))
  rl.close()
  process.stdout.write('\n')
  return answer
}

await migrateDatabase(getDb())
if (command === 'create') {
  const password = await readPassword()
  const problem = passwordProblem(password, [email])
  if (problem) fail(problem)
  const user = await insertUser({
    email,
    role,
    displayName: cleanName(values.name ?? email.split('@')[0] ?? email),
    passwordHash: await hashPassword(password),
  })
  if (!user) fail(`Akun dengan email ${email} sudah ada.`)
  console.log(`Akun ${role} ${email} dibuat (id ${user.id}).`)
} else {
  const user = await setRole(email, role)
  if (!user) fail(`Tidak ada akun dengan email ${email}.`)
  console.log(`${email} kini ${role}; semua sesinya diakhiri.`)
}
