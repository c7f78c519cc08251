import crypto from 'node:crypto'
import { redisKey as keyOf, withRedis } from '@/lib/redis'

// The sign-in action checks the password and the throttle itself, then hands Auth.js a one-time
// ticket instead of the password: the password is hashed once, and every failure message is ours.
// With REDIS_URL the ticket is in Redis, so any instance may redeem it (docs/decisions/023);
// otherwise, and while Redis is down, in this process's memory.

type Ticket = { userId: number; sessionVersion: number; expires: number }
const globals = globalThis as { __faktaTickets?: Map<string, Ticket> }
const tickets = (globals.__faktaTickets ??= new Map())

const TTL_MS = 30_000
const redisKey = (id: string) => keyOf('ticket', id)

function issueInMemory(id: string, ticket: Ticket, now: number): void {
  for (const [key, held] of tickets) if (held.expires < now) tickets.delete(key)
  tickets.set(id, ticket)
}

function redeemInMemory(id: string, now: number): Omit<Ticket, 'expires'> | null {
  const ticket = tickets.get(id)
  tickets.delete(id)
  if (!ticket || ticket.expires < now) return null
  return { userId: ticket.userId, sessionVersion: ticket.sessionVersion }
}

export async function issueTicket(userId: number, sessionVersion: number, now = Date.now()): Promise<string> {
  const id = crypto.randomBytes(32).toString('base64url')
  const ticket = { userId, sessionVersion, expires: now + TTL_MS }
  await withRedis(
    async (client) => {
      await client.set(redisKey(id), JSON.stringify(ticket), 'PX', TTL_MS)
    },
    () => issueInMemory(id, ticket, now),
  )
  return id
}

export async function redeemTicket(id: unknown, now = Date.now()): Promise<Omit<Ticket, 'expires'> | null> {
  if (typeof id !== 'string') return null
  // Issued here during an outage: still in memory.
  if (tickets.has(id)) return redeemInMemory(id, now)
  const text = await withRedis(
    (client) => client.getdel(redisKey(id)),
    () => null,
  )
  if (!text) return null
  const ticket = JSON.parse(text) as Ticket
  return ticket.expires < now ? null : { userId: ticket.userId, sessionVersion: ticket.sessionVersion }
}
