import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { 'server-only': new URL('./tests/setup/server-only.ts', import.meta.url).pathname },
  },
  test: {
    include: ['{lib,db,components,app,tests/integration,tests/security,tests/lint,tests/ops}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    // next-auth imports 'next/server' without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-auth'] } },
  },
})
