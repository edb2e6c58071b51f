import type { Locator } from '@playwright/test'
import type { PortalPage } from './PortalPage.ts'

export class CrmFieldsPage {
  constructor(private readonly portal: PortalPage) {}

  async open(name: string | RegExp = /CRM fields|Поля CRM/): Promise<void> {
    await this.portal.nav(name).click()
  }

  get table(): Locator {
    return this.portal.app.getByTestId('crm-fields-table')
  }

  /** The table row that shows a field code. */
  row(code: string): Locator {
    return this.table.getByRole('row').filter({ has: this.portal.app.getByText(code, { exact: true }) })
  }

  get error(): Locator {
    return this.portal.app.getByRole('alert')
  }

  get retry(): Locator {
    return this.portal.app.getByRole('button', { name: /Retry|Повторить/ })
  }
}
