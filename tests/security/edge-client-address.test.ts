import { describe, expect, it } from 'vitest'
import { clientIp } from '@/lib/auth/client-ip'
import { CLIENT_ADDRESS_HEADER, parseTrustProxy, resolveClientAddress } from '@/lib/http/client-address'

const request = (socket: string, forwardedFor?: string) => ({
  socket: { remoteAddress: socket },
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
})

// The client address that throttles, view counts and vote caps key on: a client can only choose
// it through proxies that TRUST_PROXY names.
describe('resolving the client address', () => {
  it.each([
    ['no proxy trusted, spoofed XFF: the socket', undefined, '198.51.100.4', '1.2.3.4', '198.51.100.4'],
    ['no proxy trusted, "0"', '0', '198.51.100.4', '1.2.3.4, 5.6.7.8', '198.51.100.4'],
    ['IPv4 on a dual-stack socket', 'false', '::ffff:198.51.100.4', '1.2.3.4', '198.51.100.4'],
    ['1 hop: the address the proxy saw', '1', '10.0.0.2', '6.6.6.6, 203.0.113.9', '203.0.113.9'],
    ['2 hops', '2', '10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.3', '203.0.113.9'],
    ['1 hop, no XFF: the socket', '1', '10.0.0.2', undefined, '10.0.0.2'],
    ['a list: the proxy is in it', '10.0.0.0/8, 192.0.2.1', '10.0.0.2', '6.6.6.6, 203.0.113.9', '203.0.113.9'],
    ['a list: a chain of listed proxies', '10.0.0.0/8, 192.0.2.1', '10.0.0.2', '6.6.6.6, 203.0.113.9, 192.0.2.1', '203.0.113.9'],
    ['a list: the peer is not a listed proxy', '10.0.0.0/8', '198.51.100.4', '1.2.3.4', '198.51.100.4'],
    ['loopback: a local proxy', 'loopback', '127.0.0.1', '1.2.3.4, 203.0.113.9', '203.0.113.9'],
    ['loopback: a remote peer is not trusted', 'loopback', '198.51.100.4', '1.2.3.4', '198.51.100.4'],
    ['uniquelocal: a proxy on an IPv6 ULA', 'uniquelocal', 'fd00::1', '2001:db8::5', '2001:db8::5'],
  ])('%s', (_name, trust, socket, forwarded, expected) => {
    expect(resolveClientAddress(request(socket, forwarded), parseTrustProxy(trust))).toBe(expected)
  })
})

describe('clientIp in the app', () => {
  it('reads the address our server set, not X-Forwarded-For', () => {
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.4', 'x-forwarded-for': '1.2.3.4' }))).toBe('198.51.100.4')
  })

  it('without our server and with no proxy trusted, never takes a client-sent X-Forwarded-For', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4' }))).toBe('unknown')
    expect(clientIp(new Headers({ 'x-forwarded-for': '5.6.7.8' }))).toBe('unknown')
  })
})
