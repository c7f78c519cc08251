// The shared cache handler (lib/server/cache-handler.ts) as plain CommonJS in the build
// folder, which Next loads at run time without TypeScript tooling. Next, ioredis and zod stay
// outside the file: the handler uses the app's own copies.
import path from 'node:path'
import { buildSync } from 'esbuild'
import { CACHE_HANDLER_FILE } from '@/lib/server/cache-handler-file'

export function buildCacheHandler(distDir: string): void {
  buildSync({
    entryPoints: ['lib/server/cache-handler.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(distDir, CACHE_HANDLER_FILE),
    external: ['next', 'next/*', 'ioredis', 'zod'],
    tsconfig: 'tsconfig.json',
    // server-only resolves to its empty module, as in the app's server bundles.
    conditions: ['react-server'],
    legalComments: 'none',
    logLevel: 'warning',
  })
}
