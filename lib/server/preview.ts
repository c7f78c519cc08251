import 'server-only'
import crypto from 'node:crypto'
import { getEnv } from '@/lib/env'

/** How long a preview link works. */
export const PREVIEW_TTL_MS = 48 * 3_600_000

export type PreviewClaim = { articleId: number; version: number | null; expiresAt: Date }

function secret(): string {
  const value = getEnv().AUTH_SECRET
  if (!value) throw new Error('AUTH_SECRET is required for preview links')
  return value
}

// A separate key for previews, so a preview signature can never stand in for anything else signed with AUTH_SECRET.
const sign = (payload: string) => crypto.createHmac('sha256', `preview:${secret()}`).update(payload).digest('base64url')

/**
 * A signed, expiring token for someone without an account to read an unpublished article:
 * `<payload>.<signature>`, both base64url; the payload names the article, optionally a version,
 * and the expiry.
 */
export function previewToken(articleId: number, version: number | undefined, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ a: articleId, v: version ?? null, e: now.getTime() + PREVIEW_TTL_MS })).toString('base64url')
  return `${payload}.${sign(payload)}`
}

/** The article a token opens, or null for a forged, tampered, garbled or expired one. */
export function verifyPreviewToken(token: string, now: Date): PreviewClaim | null {
  if (typeof token !== 'string' || token.length > 512) return null
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return null
  const expected = Buffer.from(sign(payload))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
  let claim: unknown
  try {
    claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const { a, v, e } = (claim ?? {}) as { a?: unknown; v?: unknown; e?: unknown }
  if (!Number.isSafeInteger(a) || (a as number) <= 0) return null
  if (v !== null && !(Number.isSafeInteger(v) && (v as number) > 0)) return null
  if (!Number.isSafeInteger(e) || (e as number) <= now.getTime()) return null
  return { articleId: a as number, version: v as number | null, expiresAt: new Date(e as number) }
}
