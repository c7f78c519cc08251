import type { IncomingMessage } from 'node:http'
import proxyaddr from 'proxy-addr'

/**
 * Which proxies in front of the portal may name the client in `X-Forwarded-For` (TRUST_PROXY):
 * none (the socket's peer is the client), the nearest N hops, or the listed addresses, CIDR
 * ranges and proxy-addr's names (loopback, linklocal, uniquelocal).
 */
export type TrustProxy = false | number | string[]

/** The header our production server sets on every request; a copy sent from outside is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-fakta-client-address'

/** Parses a TRUST_PROXY value; throws with a message naming the bad part. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim()
  if (text === '' || text === 'false' || text === '0') return false
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    if (hops > 10) throw new Error('a hop count must be between 0 and 10')
    return hops
  }
  if (text === 'true') throw new Error('"true" would trust any client; give a hop count (1, 2…) or the proxy addresses')
  const list = text.split(',').map((part) => part.trim())
  for (const entry of list) {
    try {
      proxyaddr.compile(entry)
    } catch {
      throw new Error(`"${entry}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`)
    }
  }
  return list
}

function trustFunction(trust: TrustProxy): (address: string, hop: number) => boolean {
  if (trust === false) return () => false
  if (typeof trust === 'number') return (_address, hop) => hop < trust
  return proxyaddr.compile(trust)
}

type RequestLike = Pick<IncomingMessage, 'headers'> & { socket: { remoteAddress?: string } }

/**
 * The client's address: the socket's peer, or, for each trusted proxy in front of it, the address
 * that proxy put in `X-Forwarded-For`, read from the right.
 */
export function resolveClientAddress(request: RequestLike, trust: TrustProxy): string {
  if (!request.socket.remoteAddress) return 'unknown'
  const address = proxyaddr(request as IncomingMessage, trustFunction(trust))
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}
