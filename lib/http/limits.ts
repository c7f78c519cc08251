/**
 * How many bytes of request body each kind of endpoint reads. The production server
 * (lib/http/edge.ts) refuses past these before the app runs; route handlers check again
 * (lib/http/body.ts) so that `next dev` holds the same line.
 */
export const BODY_LIMITS = {
  /** The view beacon: `{"id":123}`. */
  views: 256,
  /** Auth.js's own forms (sign-out, CSRF token): a few short fields. */
  auth: 16 * 1024,
  /** Any other route handler: they take no body. */
  api: 16 * 1024,
  /** Server actions and forms posted to pages (next.config.ts serverActions.bodySizeLimit). */
  action: 4 * 1024 * 1024,
  /** The image upload form: a 15 MB file (lib/media/process.ts) and its few text fields. */
  mediaUpload: 15 * 1024 * 1024 + 64 * 1024,
} as const

/** The one page whose form carries a file. Next's own cap (next.config.ts) is the largest of these. */
export const MEDIA_UPLOAD_PATH = '/staff/media'

export function bodyLimitFor(pathname: string): number {
  if (pathname === '/api/views') return BODY_LIMITS.views
  if (pathname.startsWith('/api/auth/')) return BODY_LIMITS.auth
  if (pathname.startsWith('/api/')) return BODY_LIMITS.api
  // The other route handlers (feeds, sitemaps, CSV, the account export) only answer GET.
  if (pathname.endsWith('.xml') || pathname.startsWith('/data/csv/') || pathname === '/account/export') return BODY_LIMITS.api
  if (pathname === MEDIA_UPLOAD_PATH) return BODY_LIMITS.mediaUpload
  return BODY_LIMITS.action
}

export const TOO_LARGE = 'Isian terlalu besar untuk dikirim.'
