import type { Locator } from '@playwright/test'
import type { PortalPage } from './PortalPage.ts'

/** The Departments section: the structure tree, a node's panel and its bind / unbind / default dialogs. */
export class DepartmentsPage {
  constructor(private readonly portal: PortalPage) {}

  private id(testId: string): Locator {
    return this.portal.app.getByTestId(testId)
  }

  async open(): Promise<void> {
    await this.portal.section(/^(Departments|Подразделения)$/)
    await this.id('departments-tree').waitFor()
  }

  /** Finds a node with the tree's filter and opens its panel. */
  async select(nodeId: number, name: string): Promise<void> {
    await this.id('departments-filter').fill(name)
    await this.id(`departments-node-${nodeId}`).click()
    await this.panelTitle.filter({ hasText: name }).waitFor()
  }

  get panel(): Locator { return this.id('departments-panel') }
  get panelTitle(): Locator { return this.id('departments-panel-title') }
  get bindButton(): Locator { return this.id('departments-bind') }
  get createDefaultButton(): Locator { return this.id('departments-create-default') }
  get readOnlyNote(): Locator { return this.id('departments-read-only') }

  communication(type: 'chat' | 'channel' | 'collab', chatId: number): Locator {
    return this.id(`departments-communication-${type}-${chatId}`)
  }

  // The bind dialog
  // b24ui's Modal does not pass attributes to its dialog element, so dialogs are found by role.
  get bindModal(): Locator { return this.portal.app.getByRole('dialog') }
  async bindTab(name: 'Chats' | 'Channels' | 'Collabs' | 'Search'): Promise<void> {
    await this.bindModal.getByRole('tab', { name }).click()
  }
  option(type: 'chat' | 'channel' | 'collab', id: number): Locator {
    return this.id(`departments-option-${type}-${id}`)
  }
  async pick(type: 'chat' | 'channel' | 'collab', id: number): Promise<void> {
    await this.option(type, id).getByRole('checkbox').click()
  }
  async alsoChildren(): Promise<void> {
    await this.id('departments-bind-with-children').getByRole('checkbox').click()
  }
  reach(nodeId: number): Locator { return this.id(`departments-reach-${nodeId}`) }
  get bindSubmit(): Locator { return this.id('departments-bind-submit') }
  get bindError(): Locator { return this.id('departments-bind-error') }

  // Unbind and create default
  async unbind(type: 'chat' | 'channel' | 'collab', chatId: number): Promise<void> {
    await this.communication(type, chatId).getByTestId('departments-unbind').click()
  }
  get unbindConfirm(): Locator { return this.id('departments-unbind-confirm') }
  get defaultModal(): Locator { return this.portal.app.getByRole('dialog') }
  get defaultSubmit(): Locator { return this.id('departments-default-submit') }
}
