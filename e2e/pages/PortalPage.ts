import type { FrameLocator, Locator, Page } from '@playwright/test'
import type { LangCode } from '../../src/i18n/languages.ts'

export interface OpenOptions {
  user?: number
  lang?: LangCode
  placement?: string
  options?: Record<string, unknown>
}

/** The emulator's portal page, and the app inside its iframe. */
export class PortalPage {
  readonly app: FrameLocator

  constructor(readonly page: Page) {
    this.app = page.frameLocator('#app-frame')
  }

  async open(options: OpenOptions = {}): Promise<void> {
    const query = new URLSearchParams()
    query.set('user', String(options.user ?? 1))
    query.set('lang', options.lang ?? 'en')
    if (options.placement) query.set('placement', options.placement)
    if (options.options) query.set('options', JSON.stringify(options.options))
    await this.page.goto(`/?${query}`)
  }

  /**
   * Waits until the app has finished starting (its shell shows the signed-in user), so a click on a
   * section is not lost to a page that is still being opened by the portal's POST.
   */
  async ready(): Promise<void> {
    await this.currentUser.waitFor({ timeout: 30_000 })
  }

  /** Opens a section of the app by its navigation link, once the app is ready. */
  async section(name: string | RegExp): Promise<void> {
    await this.ready()
    await this.nav(name).click()
  }

  /** A section link of the app's navigation, by its visible name. */
  nav(name: string | RegExp): Locator {
    return this.app.getByRole('link', { name })
  }

  get currentUser(): Locator {
    return this.app.getByTestId('current-user')
  }

  get adminBadge(): Locator {
    return this.app.getByTestId('admin-badge')
  }

  get portalTitle(): Locator {
    return this.page.locator('#pagetitle')
  }

  get notices(): Locator {
    return this.page.locator('#notices')
  }

  async switchLanguage(lang: LangCode): Promise<void> {
    await this.page.locator('#lang-select').selectOption(lang)
  }

  async switchUser(userId: number): Promise<void> {
    await this.page.locator('#user-select').selectOption(String(userId))
  }
}
