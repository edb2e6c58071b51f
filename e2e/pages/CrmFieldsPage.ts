import type { Locator } from '@playwright/test'
import type { PortalPage } from './PortalPage.ts'

export class CrmFieldsPage {
  constructor(private readonly portal: PortalPage) {}

  async open(name: string | RegExp = /CRM fields|Поля CRM/): Promise<void> {
    await this.portal.section(name)
  }

  get table(): Locator {
    return this.portal.app.getByTestId('crm-fields-table')
  }

  /** The table row that shows a field code. */
  row(code: string): Locator {
    return this.table.getByRole('row').filter({ has: this.portal.app.getByText(code, { exact: true }) })
  }

  /** The text of a row's cell in the column with this header (e.g. flag('ID', 'Read-only') → 'Yes'). */
  async flag(code: string, column: string): Promise<string> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts()
    const index = headers.findIndex(h => h.trim() === column)
    if (index < 0) throw new Error(`No column "${column}" in ${headers.join(', ')}`)
    return (await this.row(code).getByRole('cell').nth(index).innerText()).trim()
  }

  /** The error alert (the kit's loading skeletons are role="alert" too, but aria-busy). */
  get error(): Locator {
    return this.portal.app.locator('[role="alert"]:not([aria-busy="true"])')
  }

  get retry(): Locator {
    return this.portal.app.getByRole('button', { name: /Retry|Повторить/ })
  }
}
