import { z } from 'zod'
import { parseTrustProxy } from './http/client-address'
import { trimChars } from './text'

// The only module that reads process.env: every variable is validated here, once, with a clear
// message on a bad value (see .env.example for what each one means).

const boolean = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_FILE: z.string().min(1).default('./data/fakta.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default('127.0.0.1'),
  // Unset: the address the server listens on (see siteUrlOf below).
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .transform((url) => url && trimChars(url, '/', 'end')),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  AUTH_TRUST_HOST: boolean.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Which reverse proxies may name the client in X-Forwarded-For: off (the default), a hop
  // count, or a comma list of addresses, CIDR ranges, loopback, linklocal, uniquelocal.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustProxy(value)
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message })
        return z.NEVER
      }
    }),
  // Where the newsroom's uploaded images are written and served from (relative to the project).
  // Never inside public/ or the repository's tracked files: uploads are data, like the database.
  MEDIA_DIR: z
    .string()
    .min(1)
    .regex(/^[\w./-]+$/, 'MEDIA_DIR must be a plain path (letters, digits, . _ - /)')
    .refine((dir) => !dir.split('/').includes('..'), 'MEDIA_DIR may not climb out with ..')
    .default('data/media'),
  // Test servers only (scripts/serve-test.ts): /api/health also reports how many SQL statements
  // the process has run, which the browser tests use to prove a cached page runs none.
  HEALTH_STATEMENTS: boolean.default(false),
  // PostgreSQL instead of the SQLite file (docs/decisions/022). Unset: DATABASE_FILE.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  // Several instances share one cache and one set of stores (docs/decisions/023). Unset: each
  // process keeps them in its own memory, as one instance needs.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // The first part of every Redis key the portal writes (`<prefix>:…`): deployments sharing one
  // Redis database keep apart by giving each its own.
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,40}$/, 'REDIS_PREFIX must be 1 to 40 letters, digits, . _ or -')
    .default('fakta'),
  // Where `next build` writes and the server reads the bundle. The browser tests and the bench
  // build into their own folder, so they never replace the bundle `npm start` serves.
  NEXT_DIST_DIR: z
    .string()
    .regex(/^\.next[\w-]*$/, 'NEXT_DIST_DIR must be a folder name starting with .next, such as .next-test')
    .default('.next'),
})

/** The site as a visitor reaches `npm start` directly: HOSTNAME and PORT, a wildcard read as localhost. */
export function siteUrlOf(hostname: string, port: number): string {
  const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname
  return `http://${host}:${port}`
}

export type Env = Omit<z.infer<typeof envSchema>, 'SITE_URL'> & { SITE_URL: string }

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value means "not set", as in .env files.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = envSchema.safeParse(present)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`)
  }
  return { ...result.data, SITE_URL: result.data.SITE_URL ?? siteUrlOf(result.data.HOSTNAME, result.data.PORT) }
}

let cached: Env | undefined

export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/** At run time the session secret is required; the start script creates one on first run. */
export function requireRuntimeEnv(): Env & { AUTH_SECRET: string } {
  const env = getEnv()
  if (!env.AUTH_SECRET) {
    throw new EnvError('Invalid environment:\n  AUTH_SECRET: required (at least 32 characters)')
  }
  return { ...env, AUTH_SECRET: env.AUTH_SECRET }
}
