import crypto from 'node:crypto'

// The sign-in action checks the password and the throttle itself, then hands Auth.js a one-time
// ticket instead of the password: the password is hashed once, and every failure message is ours.

type Ticket = { userId: number; sessionVersion: number; expires: number }
const globals = globalThis as { __faktaTickets?: Map<string, Ticket> }
const tickets = (globals.__faktaTickets ??= new Map())

const TTL_MS = 30_000

export function issueTicket(userId: number, sessionVersion: number, now = Date.now()): string {
  for (const [key, ticket] of tickets) if (ticket.expires < now) tickets.delete(key)
  const id = crypto.randomBytes(32).toString('base64url')
  tickets.set(id, { userId, sessionVersion, expires: now + TTL_MS })
  return id
}

export function redeemTicket(id: unknown, now = Date.now()): Omit<Ticket, 'expires'> | null {
  if (typeof id !== 'string') return null
  const ticket = tickets.get(id)
  tickets.delete(id)
  if (!ticket || ticket.expires < now) return null
  return { userId: ticket.userId, sessionVersion: ticket.sessionVersion }
}
