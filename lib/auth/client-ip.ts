/**
 * The client address for throttling. Next sets x-forwarded-for to the socket address when no
 * proxy did; behind a reverse proxy the last entry is the one the proxy saw.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1)?.slice(0, 64) || 'unknown'
}
