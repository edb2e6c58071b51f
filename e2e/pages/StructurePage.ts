import type { Locator } from '@playwright/test'
import { expect } from '@playwright/test'
import type { PortalPage } from './PortalPage.ts'

/** The Structure section: the coverage matrix, bulk changes, and the change journal. */
export class StructurePage {
  constructor(private readonly portal: PortalPage) {}

  id(testId: string): Locator {
    return this.portal.app.getByTestId(testId)
  }

  /** Opens the matrix and waits until every node's communications are loaded. */
  async open(): Promise<void> {
    await this.portal.section(/^(Structure|Структура)$/)
    await expect(this.id('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 })
  }

  /** Selects a node and everything below it. The matrix renders only visible rows, so filter to it first. */
  async selectBranch(nodeId: number, name: string): Promise<void> {
    await this.id('coverage-filter-text').fill(name)
    await this.id(`coverage-select-branch-${nodeId}`).click()
    await this.id('coverage-filter-text').fill('')
  }

  get selectedCount(): Locator { return this.id('coverage-selected-count') }
  get bulkBind(): Locator { return this.id('coverage-bulk-bind') }
  get bulkUnbind(): Locator { return this.id('coverage-bulk-unbind') }
  get bulkCreate(): Locator { return this.id('coverage-bulk-create') }
  get actionModal(): Locator { return this.portal.app.getByRole('dialog') }
  get actionSubmit(): Locator { return this.id('coverage-action-submit') }
  get panel(): Locator { return this.id('coverage-bulk-panel') }
  get send(): Locator { return this.id('coverage-plan-send') }
  get runStatus(): Locator { return this.id('coverage-run-status') }
  get resume(): Locator { return this.id('coverage-run-resume') }

  /** Waits for the bulk run to finish and returns its counts. */
  async finished(): Promise<{ done: number, failed: number, total: number }> {
    await expect(this.panel).toHaveAttribute('data-phase', 'finished', { timeout: 60_000 })
    const read = async (name: string) => Number(await this.runStatus.getAttribute(name))
    return { done: await read('data-done'), failed: await read('data-failed'), total: await read('data-total') }
  }

  async openJournal(): Promise<void> {
    await this.portal.app.getByRole('link', { name: /^(Change journal|Журнал изменений)$/ }).click()
    await this.id('journal-view').waitFor()
  }
}
