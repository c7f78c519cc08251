import crypto from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'a-test-secret-of-at-least-thirty-two-characters'
})

const { previewToken, verifyPreviewToken, PREVIEW_TTL_MS } = await import('./preview')

const now = new Date('2026-12-01T00:00:00Z')
const payloadOf = (claim: object) => Buffer.from(JSON.stringify(claim)).toString('base64url')

describe('preview tokens', () => {
  it('open the article they name until 48 hours have passed', () => {
    const token = previewToken(42, 7, now)
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/)
    expect(verifyPreviewToken(token, now)).toEqual({ articleId: 42, version: 7, expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS) })
    expect(verifyPreviewToken(previewToken(42, undefined, now), now)?.version).toBeNull()
    expect(verifyPreviewToken(token, new Date(now.getTime() + PREVIEW_TTL_MS - 1))).not.toBeNull()
  })

  it('refuse an expired token', () => {
    expect(verifyPreviewToken(previewToken(42, 7, now), new Date(now.getTime() + PREVIEW_TTL_MS))).toBeNull()
  })

  it('refuse a tampered payload or signature', () => {
    const [payload, signature] = previewToken(42, 7, now).split('.') as [string, string]
    const other = payloadOf({ a: 43, v: 7, e: now.getTime() + PREVIEW_TTL_MS })
    expect(verifyPreviewToken(`${other}.${signature}`, now)).toBeNull()
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`
    expect(verifyPreviewToken(`${payload}.${flipped}`, now)).toBeNull()
    expect(verifyPreviewToken(`${payload}.${signature}.x`, now)).toBeNull()
    expect(verifyPreviewToken(`${payload}.`, now)).toBeNull()
    expect(verifyPreviewToken('', now)).toBeNull()
    expect(verifyPreviewToken('x'.repeat(10_000), now)).toBeNull()
  })

  it('refuse a token signed with another key, or with the bare secret', () => {
    const payload = payloadOf({ a: 42, v: null, e: now.getTime() + PREVIEW_TTL_MS })
    for (const key of ['another-secret-of-at-least-thirty-two-characters', process.env.AUTH_SECRET!]) {
      const forged = crypto.createHmac('sha256', key).update(payload).digest('base64url')
      expect(verifyPreviewToken(`${payload}.${forged}`, now)).toBeNull()
    }
  })
})
