import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build (`npm start`'s script) on a fresh store in a
 * temporary folder, with Debian's Chromium: nothing downloads a browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
process.env.RIZOMA_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  // Two cores build, serve and drive the browser at once: give slow renders room.
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The flags keep Chromium from calling out to the network this machine does not have.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${PORT}/api/health/ready`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      RIZOMA_DATA_DIR: process.env.RIZOMA_E2E_DATA_DIR,
      RIZOMA_SEED_ON_START: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      // Every browser test comes from 127.0.0.1: a visitor budget far above 60 a minute keeps
      // the limiter in the path without throttling the suite (its own test: tests/security).
      RIZOMA_RATE_LIMIT_ANONYMOUS: '100000',
    },
  },
});
