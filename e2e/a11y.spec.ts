import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import type { PortalPage } from './pages/PortalPage.ts'
import type { DepartmentsPage } from './pages/DepartmentsPage.ts'
import type { ChatsPage } from './pages/ChatsPage.ts'
import type { OpenlinesPage } from './pages/OpenlinesPage.ts'
import type { CrmFieldsPage } from './pages/CrmFieldsPage.ts'
import type { EmulatorClient } from './emulator-client.ts'
import { APP_URL } from './env.ts'
import { FAILED_RESOURCE } from './console-errors.ts'

/**
 * Accessibility: axe on every view, inside the app's frame only (the portal page around it is the
 * emulator's, not the product), with no serious or critical violation.
 */
async function seriousViolations(page: Page, inFrame = true): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  if (inFrame) {
    builder.include({ fromFrames: ['#app-frame', 'body'] })
    // The kit's toast viewport (reka-ui) keeps two focus proxies, aria-hidden with tabindex 0 by design:
    // they hand focus on to the toasts and are never read out.
    builder.exclude({ fromFrames: ['#app-frame', '[role="region"] > span[aria-hidden="true"][tabindex="0"]'] })
  }
  const results = await builder.analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.impact} ${v.id} at ${n.target.join(' ')} ${n.html.slice(0, 160)}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`))
}

interface Ctx {
  portal: PortalPage
  departments: DepartmentsPage
  chats: ChatsPage
  openlines: OpenlinesPage
  crmFields: CrmFieldsPage
  emulator: EmulatorClient
}

const views: { name: string, refused?: boolean, open: (c: Ctx) => Promise<void> }[] = [
  {
    name: 'Departments with a node selected',
    open: async ({ portal, departments, emulator }) => {
      const node = (await emulator.state()).nodes.find(n => n.name === 'Marketing')!
      await portal.open({ user: 1 })
      await departments.open()
      await departments.select(node.id, node.name)
    }
  },
  {
    name: 'Departments bind dialog',
    open: async ({ portal, departments, emulator }) => {
      const node = (await emulator.state()).nodes.find(n => n.name === 'Marketing')!
      await portal.open({ user: 1 })
      await departments.open()
      await departments.select(node.id, node.name)
      await departments.bindButton.click()
      await expect(departments.bindModal).toBeVisible()
    }
  },
  {
    name: 'Chats list',
    open: async ({ portal, chats }) => {
      await portal.open({ user: 2 })
      await chats.open()
    }
  },
  {
    name: 'a chat page (owner)',
    open: async ({ portal, chats, emulator }) => {
      const chat = (await emulator.state()).chats.find(c => c.ownerId === 2 && (c.type === 'CHAT' || c.type === 'OPEN'))!
      await portal.open({ user: 2 })
      await chats.open()
      await chats.chatInList(chat.id).click()
      await expect(chats.pageTitle).toHaveText(chat.title)
    }
  },
  {
    name: 'the create chat form',
    open: async ({ portal, chats }) => {
      await portal.open({ user: 2 })
      await chats.open()
      await chats.createButton.click()
      await expect(chats.title).toBeVisible()
    }
  },
  {
    name: 'Open Channels console',
    open: async ({ portal, openlines }) => {
      await portal.open({ user: 1 })
      await openlines.open()
      await openlines.register.click()
      await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')
    }
  },
  {
    name: 'Open Channels channel settings',
    open: async ({ portal, openlines, emulator }) => {
      const line = (await emulator.state()).openLines[0]!.id
      await portal.open({ user: 1 })
      await openlines.open()
      await openlines.register.click()
      await openlines.activate(line).click()
      await openlines.settings(line).click()
      await expect(openlines.form).toBeVisible()
    }
  },
  {
    name: 'CRM fields',
    open: async ({ portal, crmFields }) => {
      await portal.open({ user: 1 })
      await crmFields.open()
      await expect(crmFields.row('VALUE')).toBeVisible()
    }
  },
  {
    name: 'Structure: coverage matrix',
    open: async ({ portal }) => {
      await portal.open({ user: 1 })
      await portal.nav(/^Structure$/).click()
      await expect(portal.app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 })
    }
  },
  {
    name: 'Structure: change journal',
    open: async ({ portal }) => {
      await portal.open({ user: 1 })
      await portal.nav(/^Structure$/).click()
      await portal.app.getByRole('link', { name: 'Change journal' }).click()
      await expect(portal.app.getByTestId('journal-view')).toBeVisible()
    }
  },
  {
    name: 'the install screen',
    open: async ({ portal, emulator }) => {
      await emulator.reset({ installed: false })
      await portal.open({ user: 1 })
      await expect(portal.app.getByRole('button', { name: 'Finish installation' })).toBeVisible()
    }
  },
  {
    name: 'a user without access',
    // the portal refuses user.current with 403, which Chromium logs as a failed resource
    refused: true,
    open: async ({ portal }) => {
      await portal.open({ user: 3 })
      await expect(portal.app.getByText('You do not have access to this application', { exact: false })).toBeVisible()
    }
  }
]

test.describe('accessibility: axe finds nothing serious', () => {
  for (const view of views) {
    test(view.name, async ({ portal, departments, chats, openlines, crmFields, emulator, page, consoleErrors }) => {
      if (view.refused) consoleErrors.allow(FAILED_RESOURCE)
      await view.open({ portal, departments, chats, openlines, crmFields, emulator })
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test('the page outside a portal frame', async ({ page }) => {
    await page.goto(APP_URL + '/')
    await expect(page.getByRole('heading', { name: /Open this app in Bitrix24/ })).toBeVisible()
    expect(await seriousViolations(page, false)).toEqual([])
  })
})
