// The scale-out suite (`npm run test:cluster`): production instances on one database and one Redis,
// driven over HTTP and in Debian's Chromium (docs/decisions/023). The instances are started by
// the spec itself (tests/cluster/instances.ts), which kills and restarts them.
import os from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

export const CLUSTER_DIR = path.join(os.tmpdir(), 'fakta-cluster-3400')
// tests/e2e/fixtures.ts writes accounts into this database.
process.env.E2E_DATABASE_FILE = path.join(CLUSTER_DIR, 'cluster.db')

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/cluster',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  timeout: 120_000,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
})
