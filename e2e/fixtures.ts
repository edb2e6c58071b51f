import { test as base, expect } from '@playwright/test'
import { EmulatorClient } from './emulator-client.ts'
import type { Questions } from '../emulator/questions.ts'
import { PortalPage } from './pages/PortalPage.ts'
import { CrmFieldsPage } from './pages/CrmFieldsPage.ts'
import { DepartmentsPage } from './pages/DepartmentsPage.ts'
import { OpenlinesPage } from './pages/OpenlinesPage.ts'
import { ChatsPage } from './pages/ChatsPage.ts'
import { CoveragePage } from './pages/CoveragePage.ts'

interface Options {
  /**
   * How the emulator answers the open questions of docs/decisions.md D9 (emulator/questions.ts) in this
   * project: the default project runs the docs' readings, the variant projects (playwright.config.ts) the
   * other answers, on the core journeys.
   */
  questions: Partial<Questions>
}

interface Fixtures {
  emulator: EmulatorClient
  portal: PortalPage
  crmFields: CrmFieldsPage
  departments: DepartmentsPage
  openlines: OpenlinesPage
  chats: ChatsPage
  coverage: CoveragePage
}

/**
 * Every test starts from a freshly generated portal (same seed → same company) with no faults and the
 * project's answers to the open questions, gets page objects that reach into the app's iframe, and fails
 * if the app asked a preflight for a header a portal refuses.
 */
export const test = base.extend<Options & Fixtures>({
  questions: [{}, { option: true }],
  emulator: async ({ request, questions }, use) => {
    const emulator = new EmulatorClient(request)
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
  coverage: async ({ portal }, use) => {
    await use(new CoveragePage(portal))
  }
})

export { expect }
