import type { NextConfig } from 'next'
import path from 'node:path'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants'
import { CACHE_HANDLER_FILE } from './lib/server/cache-handler-file'
import { getEnv } from './lib/env'
import { securityHeaders } from './lib/http/security-headers'

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  const { NEXT_DIST_DIR: distDir, REDIS_URL } = getEnv()
  // Several instances share the incremental cache in Redis (docs/decisions/023). The handler is
  // built with the bundle (scripts/build.ts); the build itself renders with Next's own cache.
  const shared =
    REDIS_URL && phase === PHASE_PRODUCTION_SERVER ? { cacheHandler: path.resolve(distDir, CACHE_HANDLER_FILE), cacheMaxMemorySize: 0 } : {}
  return {
    ...shared,
    // .next for `npm start`; the browser tests and the bench build into their own folder.
    distDir,
    // Their builds skip Next's own type check, a minute on a busy machine: `npm test` has run
    // `tsc --noEmit` over the same sources just before. `npm run build` and `npm start` keep it.
    typescript: { ignoreBuildErrors: distDir !== '.next' },
    reactStrictMode: true,
    poweredByHeader: false,
    // Above Next's 1 MB default so oversized fields reach validation and get a clear message.
    // Next has one cap for every action: it is the image upload's (15 MB and its fields), and
    // the edge (lib/http/edge.ts) and proxy.ts hold every other path to 4 MB (lib/http/limits.ts).
    experimental: {
      serverActions: { bodySizeLimit: '16mb' },
      // Regenerated pages stay in memory: after a restart (or a database restore) pages are
      // rebuilt from the database, never served from a disk copy of another database's state.
      isrFlushToDisk: false,
    },
    images: {
      formats: ['image/webp'],
      deviceSizes: [390, 640, 828, 1080, 1200],
      imageSizes: [96, 160, 240, 320],
      minimumCacheTTL: 60 * 60 * 24 * 30,
    },
    // The production server sets the security headers itself on every response (lib/http/edge.ts):
    // a rule here would be compiled again on every request (docs/decisions/011). `next dev` has no
    // such server, so it gets them here.
    async headers() {
      if (!dev) return []
      return [{ source: '/:path*', headers: securityHeaders(true).map(([key, value]) => ({ key, value })) }]
    },
  }
}
