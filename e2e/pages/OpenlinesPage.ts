import type { Locator } from '@playwright/test'
import type { PortalPage } from './PortalPage.ts'

export const APP_CONNECTOR = 'commhub_connector'

/** The Open Channels section: the health console, the app's connector and a line's channel settings. */
export class OpenlinesPage {
  constructor(private readonly portal: PortalPage) {}

  id(testId: string): Locator {
    return this.portal.app.getByTestId(testId)
  }

  async open(): Promise<void> {
    await this.portal.section(/^(Open Channels|Открытые линии)$/)
    await this.id('openlines-view').waitFor()
  }

  get connectorState(): Locator { return this.id('openlines-connector-state') }
  get register(): Locator { return this.id('openlines-register') }
  get unregister(): Locator { return this.id('openlines-unregister') }
  activate(line: number): Locator { return this.id(`openlines-activate-${line}`) }
  deactivate(line: number): Locator { return this.id(`openlines-deactivate-${line}`) }
  settings(line: number): Locator { return this.id(`openlines-settings-${line}`) }

  /** A status badge (active, connected, overall, …) of a connector × line pair. */
  badge(connector: string, line: number, kind: string): Locator {
    return this.id(`openlines-pair-${connector}:${line}`).locator('xpath=ancestor::tr').getByTestId(`openlines-badge-${kind}`)
  }

  field(name: 'url' | 'url-im' | 'name' | 'id'): Locator { return this.id(`openlines-channel-${name}`) }
  get form(): Locator { return this.id('openlines-channel-form') }
  get save(): Locator { return this.id('openlines-channel-save') }
  get confirm(): Locator { return this.id('openlines-confirm') }
  get confirmOk(): Locator { return this.id('openlines-confirm-ok') }
}
