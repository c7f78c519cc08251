// The security headers of every response. The production server sets them itself on every
// response (lib/http/edge.ts) instead of through next.config.ts `headers()`, whose rules Next
// compiles again on every request (docs/decisions/011); `next dev` still gets them from there.

// Reading pages are static, so their CSP cannot carry a per-request nonce: Next's inline page
// data needs 'unsafe-inline' for scripts. Everything else stays first-party, but for the two
// players a reader can start on a Program page.
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Program players, created only when a reader presses play (components/embed-player.client.tsx).
    'frame-src https://www.youtube-nocookie.com https://open.spotify.com https://platform.twitter.com',
    "manifest-src 'self'",
  ].join('; ')
}

/** The headers as name and value pairs; `dev` allows 'unsafe-eval' for `next dev`'s refresh. */
export function securityHeaders(dev: boolean): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(dev)],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ]
}
