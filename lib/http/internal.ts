// Requests the production server makes to itself over loopback (docs/decisions/019): the
// scheduler's tick and a taken-down article's notice. They carry a secret made per process;
// the edge drops the header from every other request, so nobody outside can send it.
import type { IncomingMessage } from 'node:http'

export const INTERNAL_HEADER = 'x-fakta-internal'

export type Internal = { secret: string; origin: string }

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/** Whether the request came from this server itself: over loopback, with this process's secret. */
export function isInternalRequest(req: IncomingMessage, internal: Internal | undefined): boolean {
  if (!internal || internal.secret.length < 32) return false
  const header = req.headers[INTERNAL_HEADER]
  return header === internal.secret && LOOPBACK.test(req.socket.remoteAddress ?? '')
}

type Shared = { internalSecret?: string }
const shared = globalThis as Shared

/** Makes the process's secret known to the app's route handlers (same process, another bundle). */
export function shareInternalSecret(secret: string): void {
  shared.internalSecret = secret
}

/** Whether a route handler's request carries this process's secret (the edge already checked the socket). */
export function hasInternalSecret(headers: Headers): boolean {
  const secret = shared.internalSecret
  return secret !== undefined && secret.length >= 32 && headers.get(INTERNAL_HEADER) === secret
}
