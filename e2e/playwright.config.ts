import { defineConfig, devices } from '@playwright/test'
import { EMULATOR_PORT, EMULATOR_URL } from './env.ts'

/**
 * End-to-end journeys in Debian's Chromium (Playwright cannot download its own browser here,
 * toolchain.md P11) against the portal emulator, which hosts the BUILT app (dist/) on a second origin
 * exactly as a portal frames it. The emulator is reset before every test (fixtures.ts), so tests are
 * independent; one worker because they share that one emulator.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `../test-results/e2e-${EMULATOR_PORT}`,
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: EMULATOR_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [{
    name: 'chromium',
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync']
      }
    }
  }],
  webServer: {
    command: `npx tsx emulator/cli.ts --port ${EMULATOR_PORT}`,
    cwd: '..',
    url: `${EMULATOR_URL}/_emulator/state`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe'
  }
})
