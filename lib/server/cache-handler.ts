// Next's incremental cache (ISR pages, route handler caches, `unstable_cache` data) shared by
// every instance through Redis (docs/decisions/023). Built by scripts/build.ts with esbuild into
// the build folder as plain CommonJS, which Next loads at run time (next.config.ts `cacheHandler`).
//
// - Keys start with REDIS_PREFIX (default `fakta`, lib/redis.ts `redisKey`).
// - Entries live under `<prefix>:<build id>:cache:<key>` for ENTRY_TTL_S: a new build never
//   serves an old one's pages.
// - Tag revalidation times live in one hash, `<prefix>:tags`, whose expiry is pushed back on
//   every write to a day past the entries' lifetime, so it outlives every entry it governs. Every
//   get reads the times of the entry's tags into Next's own tag manifest first, so a tag
//   revalidated on any instance is seen before this one answers, with Next's stale/expire
//   semantics (lib/server/revalidate.ts).
// - A revalidation whose profile expires within AT_ONCE_S (the desk's and the comment data's, whose
//   short window only keeps a server action from rendering its page) is recorded as expired at
//   once: on every instance the next request renders fresh, blocking, instead of getting the old
//   page once more while it is rendered in the background.
// - Next's file system cache stays underneath, in memory only: it reads the pages prerendered by
//   the build and keeps this instance's own copy of what it renders, which it serves alone while
//   Redis is down (lib/redis.ts logs that once).
// - The build's prerendered entries are written into Redis where absent when the server starts
//   (seedPrerendered, before it listens), and copied on first read when Redis has lost them since.
import 'server-only'
import { Redis } from 'ioredis'
import fs from 'node:fs'
import path from 'node:path'
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache'
import FileSystemCacheExport from 'next/dist/server/lib/incremental-cache/file-system-cache'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import type { GetIncrementalResponseCacheHandlerContext } from 'next/dist/server/response-cache/types'
import { normalizePagePath } from 'next/dist/shared/lib/page-path/normalize-page-path'
import { areTagsExpired, tagsManifest, type TagManifestEntry } from 'next/dist/server/lib/incremental-cache/tags-manifest.external'
import { redisClient, redisKey, withRedis } from '@/lib/redis'

// A CommonJS module marked __esModule: bundled as Node does it, the default import is the whole
// module and the class its `default`.
const FileSystemCache: typeof FileSystemCacheExport =
  typeof FileSystemCacheExport === 'function'
    ? FileSystemCacheExport
    : (FileSystemCacheExport as unknown as { default: typeof FileSystemCacheExport }).default

type Handler = Pick<CacheHandler, 'get' | 'set' | 'revalidateTag' | 'resetRequestCache'>
type GetContext = Parameters<CacheHandler['get']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]
type Value = Parameters<CacheHandler['set']>[1]

const TAGS_HEADER = 'x-next-cache-tags'
/** This instance's own copy, for misses in Redis and for an outage. */
const LOCAL_MEMORY_BYTES = 64 * 1024 * 1024
/** Old builds' entries are left to expire. */
const ENTRY_TTL_S = 14 * 24 * 60 * 60
/** The tags hash outlives every entry written before its last change. */
const TAGS_TTL_S = ENTRY_TTL_S + 24 * 60 * 60
/** A profile expiring within this many seconds means "readers see it now", on every instance. */
const AT_ONCE_S = 5

const buildIds = new Map<string, string>()
function buildIdOf(serverDistDir: string | undefined): string {
  const dir = serverDistDir ?? ''
  let id = buildIds.get(dir)
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(dir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      id = 'unbuilt'
    }
    buildIds.set(dir, id)
  }
  return id
}

/** Buffers and Maps (an app route's body, a page's RSC payload and segments) survive JSON. */
function encode(entry: CacheHandlerValue): string {
  return JSON.stringify(entry, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key]
    if (Buffer.isBuffer(raw)) return { $b: raw.toString('base64') }
    if (raw instanceof Map) return { $m: [...raw.entries()] }
    return value
  })
}

function decode(text: string): CacheHandlerValue {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as { $b?: string; $m?: [unknown, unknown][] }
      if (typeof record.$b === 'string' && Object.keys(record).length === 1) return Buffer.from(record.$b, 'base64')
      if (Array.isArray(record.$m) && Object.keys(record).length === 1) return new Map(record.$m)
    }
    return value
  }) as CacheHandlerValue
}

function tagsOf(entry: CacheHandlerValue | null, context: GetContext): string[] {
  const tags = new Set<string>()
  if ('tags' in context && Array.isArray(context.tags)) for (const tag of context.tags) tags.add(tag)
  if ('softTags' in context && Array.isArray(context.softTags)) for (const tag of context.softTags) tags.add(tag)
  const value = entry?.value
  if (value && 'headers' in value && value.headers) {
    const header = value.headers[TAGS_HEADER]
    if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  }
  if (value && value.kind === 'FETCH' && Array.isArray(value.tags)) for (const tag of value.tags) tags.add(tag)
  return [...tags]
}

function merge(tag: string, entry: TagManifestEntry): void {
  const local = tagsManifest.get(tag) ?? {}
  const stale = Math.max(local.stale ?? 0, entry.stale ?? 0)
  const expired = Math.max(local.expired ?? 0, entry.expired ?? 0)
  tagsManifest.set(tag, { ...(stale ? { stale } : {}), ...(expired ? { expired } : {}) })
}

/** Revalidations made while Redis was down, written when it is back. */
const pendingTags = new Set<string>()

async function flushPendingTags(): Promise<void> {
  if (pendingTags.size === 0) return
  const tags = [...pendingTags]
  const written = await withRedis(
    async (client) => {
      const key = redisKey('tags')
      const replies = await client
        .multi()
        .hset(key, Object.fromEntries(tags.map((tag) => [tag, JSON.stringify(tagsManifest.get(tag) ?? {})])))
        .expire(key, TAGS_TTL_S)
        .exec()
      if (!replies || replies.some(([error]) => error)) throw new Error('tags not written')
      return true
    },
    () => false,
  )
  if (written) for (const tag of tags) pendingTags.delete(tag)
}

/** Reads the tags' revalidation times from Redis into Next's manifest. */
async function syncTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return
  await flushPendingTags()
  const times = await withRedis(
    (client) => client.hmget(redisKey('tags'), ...tags),
    () => [],
  )
  times.forEach((text, index) => {
    const tag = tags[index]
    if (text && tag) merge(tag, JSON.parse(text) as TagManifestEntry)
  })
}

export default class RedisCacheHandler implements Handler {
  readonly local: InstanceType<typeof FileSystemCache>
  readonly prefix: string

  constructor(context: CacheHandlerContext) {
    this.local = new FileSystemCache({
      ...context,
      fs: context.fs as NonNullable<CacheHandlerContext['fs']>,
      serverDistDir: context.serverDistDir ?? '',
      flushToDisk: false,
      maxMemoryCacheSize: LOCAL_MEMORY_BYTES,
    })
    this.prefix = `${redisKey(buildIdOf(context.serverDistDir), 'cache')}:`
  }

  resetRequestCache(): void {}

  async get(key: string, context: GetContext): Promise<CacheHandlerValue | null> {
    // undefined: Redis is not there; null: Redis has no entry.
    let entry = await withRedis<CacheHandlerValue | null | undefined>(
      async (client) => {
        const text = await client.get(this.prefix + key)
        return text === null ? null : decode(text)
      },
      () => undefined,
    )
    if (!entry) {
      const shared = entry === null
      entry = await this.local.get(key, context)
      // A page prerendered by the build (or rendered here during an outage) becomes the shared copy,
      // unless another instance has put one there meanwhile.
      if (shared && entry?.value) await this.store(key, entry, 'NX')
    }
    if (!entry) return null
    const tags = tagsOf(entry, context)
    await syncTags(tags)
    // A revalidated tag with no stale window: regenerate before answering, as Next's own cache does.
    if (tags.length > 0 && areTagsExpired(tags, entry.lastModified)) return null
    return entry
  }

  async set(key: string, data: Value, context: SetContext): Promise<void> {
    await this.local.set(key, data, context)
    const cacheControl =
      'fetchCache' in context && context.fetchCache
        ? undefined
        : (context as { cacheControl?: CacheHandlerValue['cacheControl'] }).cacheControl
    await this.store(key, { value: data, lastModified: Date.now(), cacheControl })
  }

  private async store(key: string, entry: CacheHandlerValue, mode?: 'NX'): Promise<void> {
    const text = encode({ value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl })
    await withRedis(
      (client) =>
        mode ? client.set(this.prefix + key, text, 'EX', ENTRY_TTL_S, 'NX') : client.set(this.prefix + key, text, 'EX', ENTRY_TTL_S),
      () => null,
    )
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const list = typeof tags === 'string' ? [tags] : tags
    const atOnce = durations?.expire !== undefined && durations.expire <= AT_ONCE_S
    await this.local.revalidateTag(list, atOnce ? { ...durations, expire: 0 } : durations)
    for (const tag of list) pendingTags.add(tag)
    await flushPendingTags()
  }
}

/** How long a starting server waits for Redis before it counts it as down. */
const START_PATIENCE_MS = 5_000

type SeedMeta = { routeCache?: { key?: string; owner?: { kind?: string }; isFallback?: boolean } }
// The kinds' names are the values of Next's (const) enum.
type Seed = { key: string; kind: GetIncrementalResponseCacheHandlerContext['kind'] }

/**
 * The cache keys of the build's prerendered routes. Next asks the handler for a route under a key
 * of its own (`/route-cache/<kind>/<hash of the source route>/$<page path>`), which the build
 * records in each prerendered route's `.meta` file beside its HTML or body; a route without one
 * is left to the copy on first read.
 */
function prerenderedSeeds(serverDistDir: string): Seed[] {
  let routes: Record<string, unknown>
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(serverDistDir, '..', 'prerender-manifest.json'), 'utf8')) as {
      routes?: Record<string, unknown>
    }
    routes = manifest.routes ?? {}
  } catch {
    return []
  }
  const seeds: Seed[] = []
  for (const route of Object.keys(routes)) {
    let meta: SeedMeta
    try {
      meta = JSON.parse(fs.readFileSync(path.join(serverDistDir, 'app', `${normalizePagePath(route)}.meta`), 'utf8')) as SeedMeta
    } catch {
      continue
    }
    const { key, owner, isFallback } = meta.routeCache ?? {}
    if (!key || isFallback || (owner?.kind !== 'APP_PAGE' && owner?.kind !== 'APP_ROUTE')) continue
    seeds.push({ key, kind: owner.kind as Seed['kind'] })
  }
  return seeds
}

/**
 * Writes the build's prerendered pages and route answers into Redis where it has none (`SET NX`:
 * a newer render by another instance stays), so every instance serves them from the shared cache
 * from its first request on. It runs once at start on a client of its own, patient with a slow
 * first connection, so a busy start is not counted as an outage; a Redis that is down is left to
 * the shared client's warning and the copy on first read. Returns how many entries it wrote.
 */
export async function seedPrerendered(serverDistDir: string, redisUrl: string): Promise<number> {
  const handler = new RedisCacheHandler({ fs: nodeFs, serverDistDir, revalidatedTags: [], _requestHeaders: {} })
  const seeds = prerenderedSeeds(serverDistDir)
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: START_PATIENCE_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  client.on('error', () => {})
  try {
    await client.connect()
    const replies = (await client.pipeline(seeds.map(({ key }) => ['exists', handler.prefix + key])).exec()) ?? []
    let written = 0
    for (const [index, { key, kind }] of seeds.entries()) {
      const [error, count] = replies[index] ?? []
      if (error || count !== 0) continue
      const entry = await handler.local.get(key, { kind, isRoutePPREnabled: false, isFallback: false })
      if (!entry?.value) continue
      const text = encode({ value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl })
      if ((await client.set(handler.prefix + key, text, 'EX', ENTRY_TTL_S, 'NX')) === 'OK') written += 1
    }
    return written
  } catch {
    return 0
  } finally {
    client.disconnect()
  }
}

/** Connects at load, so the first request does not wait for it. */
redisClient()
