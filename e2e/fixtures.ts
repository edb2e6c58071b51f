import { test as base, expect } from '@playwright/test'
import { EmulatorClient } from './emulator-client.ts'
import { PortalPage } from './pages/PortalPage.ts'
import { CrmFieldsPage } from './pages/CrmFieldsPage.ts'
import { DepartmentsPage } from './pages/DepartmentsPage.ts'
import { OpenlinesPage } from './pages/OpenlinesPage.ts'
import { ChatsPage } from './pages/ChatsPage.ts'
import { CoveragePage } from './pages/CoveragePage.ts'

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
 * Every test starts from a freshly generated portal (same seed → same company) with no faults,
 * and gets page objects that reach into the app's iframe.
 */
export const test = base.extend<Fixtures>({
  emulator: async ({ request }, use) => {
    const emulator = new EmulatorClient(request)
    await emulator.reset({})
    await use(emulator)
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
