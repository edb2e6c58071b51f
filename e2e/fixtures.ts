import { test as base, expect } from '@playwright/test'
import { EmulatorClient } from './emulator-client.ts'
import type { Questions } from '../emulator/questions.ts'
import { PortalPage } from './pages/PortalPage.ts'
import { CrmFieldsPage } from './pages/CrmFieldsPage.ts'
import { DepartmentsPage } from './pages/DepartmentsPage.ts'
import { OpenlinesPage } from './pages/OpenlinesPage.ts'
import { ChatsPage } from './pages/ChatsPage.ts'
import { StructurePage } from './pages/StructurePage.ts'
import { FAILED_RESOURCE, collectConsoleErrors, unexpectedErrors } from './console-errors.ts'

interface Options {
  /**
   * How the emulator answers the open questions of docs/decisions.md D9 (emulator/questions.ts) in this
   * project: the default project runs the docs' readings, the variant projects (playwright.config.ts) the
   * other answers, on the core journeys.
   */
  questions: Partial<Questions>
  /**
   * Console errors the tests of a file or describe provoke on purpose (`test.use({ allowConsoleErrors:
   * [FAILED_RESOURCE] })`, console-errors.ts), matched against the message text. None by default: any other
   * console error or uncaught exception fails the test. A test that injects faults through
   * `emulator.faults()` is allowed FAILED_RESOURCE by that call.
   */
  allowConsoleErrors: RegExp[]
}

/** The errors of one test: `allow()` names those a single test provokes on purpose. */
export interface ConsoleErrors {
  allow(...patterns: RegExp[]): void
}

interface Fixtures {
  consoleErrors: ConsoleErrors
  emulator: EmulatorClient
  portal: PortalPage
  crmFields: CrmFieldsPage
  departments: DepartmentsPage
  openlines: OpenlinesPage
  chats: ChatsPage
  structure: StructurePage
}

/**
 * Every test starts from a freshly generated portal (same seed → same company) with no faults and the
 * project's answers to the open questions, gets page objects that reach into the app's iframe, and fails
 * if the app asked a preflight for a header a portal refuses, or if any page or frame logged a console error
 * or threw an uncaught exception the test did not provoke on purpose (console-errors.ts).
 */
export const test = base.extend<Options & Fixtures>({
  questions: [{}, { option: true }],
  allowConsoleErrors: [[], { option: true }],
  // Marketplace: no JavaScript errors. Every test, whether or not it asks for this fixture.
  consoleErrors: [async ({ context, allowConsoleErrors }, use) => {
    const log = collectConsoleErrors(context)
    const allowed = [...allowConsoleErrors]
    await use({ allow: (...patterns) => { allowed.push(...patterns) } })
    log.stop()
    expect(unexpectedErrors(log.errors, allowed), 'console errors and uncaught exceptions in the portal page or the app').toEqual([])
  }, { auto: true }],
  emulator: async ({ request, questions, consoleErrors }, use) => {
    const emulator = new EmulatorClient(request)
    // a fault makes requests fail on purpose, and Chromium logs each failed one as a console error
    const inject = emulator.faults.bind(emulator)
    emulator.faults = (settings) => {
      consoleErrors.allow(FAILED_RESOURCE)
      return inject(settings)
    }
    await emulator.reset({ questions })
    await use(emulator)
    // A portal answers every CORS preflight with origin, content-type, accept and nothing else: a request
    // that asked for more never left the browser in a real portal, whatever the emulator answered.
    const refused = (await emulator.preflights()).filter((p) => p.refused.length > 0)
    expect(refused.map((p) => `${p.path}: ${p.refused.join(', ')}`), 'preflights asking for headers a portal refuses').toEqual([])
  },
  portal: async ({ page, emulator }, use) => {
    void emulator
    await use(new PortalPage(page))
  },
  crmFields: async ({ portal }, use) => {
    await use(new CrmFieldsPage(portal))
  },
  departments: async ({ portal }, use) => {
    await use(new DepartmentsPage(portal))
  },
  openlines: async ({ portal }, use) => {
    await use(new OpenlinesPage(portal))
  },
  chats: async ({ portal, page }, use) => {
    await use(new ChatsPage(portal, page))
  },
  structure: async ({ portal }, use) => {
    await use(new StructurePage(portal))
  }
})

export { expect }
export { CSP_REFUSAL, FAILED_RESOURCE } from './console-errors.ts'
