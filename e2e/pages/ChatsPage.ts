import type { Locator, Page } from '@playwright/test'
import type { PortalPage } from './PortalPage.ts'

/** The Chats section: my chats, the create page and a chat's page. */
export class ChatsPage {
  constructor(private readonly portal: PortalPage, private readonly page: Page) {}

  id(testId: string): Locator {
    return this.portal.app.getByTestId(testId)
  }

  async open(): Promise<void> {
    await this.portal.section(/^(Chats|Чаты)$/)
    await this.id('chats-list').waitFor()
  }

  get list(): Locator { return this.id('chats-list') }
  chatInList(chatId: number): Locator { return this.id(`chats-open-${chatId}`) }
  get createButton(): Locator { return this.id('chats-create') }
  get title(): Locator { return this.id('chats-create-title') }
  get submit(): Locator { return this.id('chats-create-submit') }
  color(name: string): Locator { return this.id(`chats-create-color-${name}`) }
  get avatarFile(): Locator { return this.id('chats-create-avatar-file') }
  get pageTitle(): Locator { return this.id('chats-page-title') }
  get pageRole(): Locator { return this.id('chats-page-role') }

  /** Picks users by name in the portal's own picker (the frame command selectUser). */
  async pickInPortal(trigger: string, names: string[]): Promise<void> {
    await this.id(trigger).click()
    const picker = this.page.locator('#user-picker')
    await picker.waitFor()
    for (const name of names) await picker.getByRole('checkbox', { name }).check()
    await this.page.locator('#user-picker-ok').click()
  }
}
