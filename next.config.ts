import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'
import { getEnv } from './lib/env'

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
    'frame-src https://www.youtube-nocookie.com https://open.spotify.com',
    "manifest-src 'self'",
  ].join('; ')
}

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  const distDir = getEnv().NEXT_DIST_DIR
  return {
    // .next for `npm start`; the browser tests and the bench build into their own folder.
    distDir,
    // Their builds skip Next's own type check, a minute on a busy machine: `npm test` has run
    // `tsc --noEmit` over the same sources just before. `npm run build` and `npm start` keep it.
    typescript: { ignoreBuildErrors: distDir !== '.next' },
    reactStrictMode: true,
    poweredByHeader: false,
    // Above Next's 1 MB default so oversized fields reach validation and get a clear message;
    // proxy.ts answers 413 past this.
    experimental: {
      serverActions: { bodySizeLimit: '4mb' },
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
    async headers() {
      return [
        {
          source: '/:path*',
          headers: [
            { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
            { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
            { key: 'X-Frame-Options', value: 'DENY' },
            {
              key: 'Permissions-Policy',
              value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
            },
          ],
        },
      ]
    },
  }
}
