import { defineConfig, devices } from '@playwright/test'
import { EMULATOR_PORT, EMULATOR_URL } from './env.ts'
import type { Questions } from '../emulator/questions.ts'
import { FAILED_RESOURCE } from './console-errors.ts'

/**
 * End-to-end journeys in Debian's Chromium (Playwright cannot download its own browser here,
 * docs/decisions.md D26) against the portal emulator, which hosts the BUILT app (dist/) on a second origin
 * exactly as a portal frames it. The emulator is reset before every test (fixtures.ts), so tests are
 * independent; one worker because they share that one emulator.
 */
const CHROMIUM = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  }
}

export default defineConfig<{ questions: Partial<Questions>, allowConsoleErrors: RegExp[] }>({
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
  projects: [
    { name: 'chromium', use: { ...CHROMIUM } },
    // The open questions of docs/decisions.md D9: the default project runs the docs' readings; these run the
    // core journeys (tagged @core: load the structure, bind, unbind, create default, a bulk job) under
    // every other answer. Answers of different questions do not interact, so one project carries one
    // answer of each question and a second the remaining createDefault answer.
    {
      name: 'other-answers',
      grep: /@core/,
      use: {
        ...CHROMIUM,
        questions: { firstPage: 'zero', collabId: 'chat', withChildren: 'children', rebind: 'error', createDefaultAgain: 'error', v3SystemErrors: 'v3' },
        // answering a rebind or a second create default with an error is the point of these answers
        allowConsoleErrors: [FAILED_RESOURCE]
      }
    },
    { name: 'create-default-twice', grep: /@core/, use: { ...CHROMIUM, questions: { createDefaultAgain: 'second' } } }
  ],
  webServer: {
    // E2E_DIST: a build of one's own (several people testing in one checkout must not share dist/)
    command: `npx tsx emulator/cli.ts --port ${EMULATOR_PORT}${process.env.E2E_DIST ? ` --dist ${process.env.E2E_DIST}` : ''}`,
    cwd: '..',
    url: `${EMULATOR_URL}/_emulator/state`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe'
  }
})
