import { getEnv } from '@/lib/env'
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address'

/**
 * The client address for throttles, view counts and vote caps. Our production server
 * (scripts/serve-next.ts) resolves it from the socket and TRUST_PROXY and sets it in its own
 * header, replacing any copy a client sent. Without that server (`next dev`), X-Forwarded-For is
 * read only when TRUST_PROXY says a proxy sets it: otherwise a client could choose its address,
 * so every such request counts as one unknown client.
 */
export function clientIp(headers: Headers): string {
  const resolved = headers.get(CLIENT_ADDRESS_HEADER)?.trim()
  if (resolved) return resolved.slice(0, 64)
  if (getEnv().TRUST_PROXY === false) return 'unknown'
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1)?.slice(0, 64) || 'unknown'
}
