import os from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 3100)
export const baseURL = `http://127.0.0.1:${port}`
// The test server's database lives outside data/, one per port; the specs' fixtures write to it
// (tests/e2e/fixtures.ts reads this variable, which the workers inherit).
process.env.E2E_DATABASE_FILE ??= path.join(os.tmpdir(), `fakta-e2e-${port}`, 'e2e.db')

// Debian's Chromium, never a downloaded browser.
const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium }
const quietSpecs = ['e2e/cache.spec.ts']

export default defineConfig({
  // Browser specs: the features' in tests/e2e, the attacker's in tests/security.
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
  outputDir: 'test-results',
  // Several specs walk a whole flow (sign in, post, moderate, reload until regenerated); on two cores
  // with two browsers and the server busy, 30 s was at the edge of their time.
  timeout: 60_000,
  // Two workers, each taking whole spec files: the specs make their own accounts and use their
  // own comment threads, so they do not meet. The cache spec counts every SQL statement the
  // server runs, so it runs alone, after the rest (the "quiet" project below).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: desktop, testIgnore: quietSpecs, teardown: 'quiet' },
    { name: 'quiet', use: desktop, testMatch: quietSpecs },
  ],
  webServer: {
    // A production build in .next-test, shared by every spec and kept apart from `npm start`'s.
    command: `npx tsx scripts/serve-test.ts --port ${port} --db ${process.env.E2E_DATABASE_FILE}`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
