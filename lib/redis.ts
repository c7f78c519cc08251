// The one Redis connection of a process (docs/decisions/023), shared on globalThis by the app's
// bundles, the production server and the cache handler. It fails fast in an outage (no offline
// queue, short timeouts) so every caller falls back to its own memory, and it keeps reconnecting.
import { Redis } from 'ioredis'
import { getEnv } from './env'

type State = { client: Redis; url: string; down: boolean; firstReady: Promise<void> }
const shared = globalThis as { __faktaRedis?: State | null }

function log(message: string): void {
  console.warn(`[redis] ${message}`)
}

function connect(url: string): State {
  const client = new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Keep trying, at most once a second: a Redis that returns is used again at once.
    retryStrategy: (times) => Math.min(times * 200, 1_000),
    lazyConnect: false,
  })
  // The first commands wait for the first connection (at most the connect timeout), not fail.
  const firstReady = new Promise<void>((resolve) => {
    client.once('ready', () => resolve())
    setTimeout(resolve, 1_200).unref()
  })
  const state: State = { client, url, down: false, firstReady }
  client.on('error', () => markDown(state))
  client.on('ready', () => {
    if (!state.down) return
    state.down = false
    log(`reachable again at ${url}: the shared cache and stores are back`)
  })
  return state
}

function markDown(state: State): void {
  if (state.down) return
  state.down = true
  log(`not reachable at ${state.url}: each instance uses its own memory until it returns`)
}

/** A key of this deployment: REDIS_PREFIX and the parts, joined by colons (`fakta:ticket:…`). */
export function redisKey(...parts: (string | number)[]): string {
  return [getEnv().REDIS_PREFIX, ...parts].join(':')
}

/** The shared client, or null when REDIS_URL is unset (one instance, stores in memory). */
export function redisClient(): Redis | null {
  if (shared.__faktaRedis === undefined) {
    const url = getEnv().REDIS_URL
    shared.__faktaRedis = url ? connect(url) : null
  }
  return shared.__faktaRedis?.client ?? null
}

/**
 * Runs a command on the shared client. `fallback` answers when REDIS_URL is unset or Redis fails;
 * an outage is logged once (with one line when it ends), never thrown.
 */
export async function withRedis<T>(command: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
  const client = redisClient()
  const state = shared.__faktaRedis
  if (!client || !state) return fallback()
  if (client.status !== 'ready' && !state.down) await state.firstReady
  if (client.status !== 'ready') {
    markDown(state)
    return fallback()
  }
  try {
    return await command(client)
  } catch {
    markDown(state)
    return fallback()
  }
}

/** Closes the shared client (tests and scripts that end). */
export async function closeRedis(): Promise<void> {
  const state = shared.__faktaRedis
  shared.__faktaRedis = undefined
  if (state) state.client.disconnect()
}
