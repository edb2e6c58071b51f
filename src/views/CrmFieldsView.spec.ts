import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { PortalError } from '@/b24'
import type { CommunicationField } from '@/api/crm'
import type * as CrmApi from '@/api/crm'
import { mountApp } from '@/testing/mountApp'
import CrmFieldsView from './CrmFieldsView.vue'

const fetchCommunicationFields = vi.hoisted(() => vi.fn<() => Promise<CommunicationField[]>>())

vi.mock('@/api/crm', async importOriginal => ({
  ...await importOriginal<typeof CrmApi>(),
  fetchCommunicationFields
}))

function field(code: string, title: string, flags: Partial<CommunicationField> = {}): CommunicationField {
  return { code, title, type: 'integer', isRequired: false, isReadOnly: false, isImmutable: false, isMultiple: false, isDynamic: false, ...flags }
}

const SIX = [
  field('ID', 'ID', { isReadOnly: true }),
  field('ACTIVITY_ID', 'Activity', { isReadOnly: true }),
  field('ENTITY_ID', 'Entity ID'),
  field('ENTITY_TYPE_ID', 'Entity Type'),
  field('TYPE', 'Type', { type: 'string' }),
  field('VALUE', 'Value', { type: 'string' })
]

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

beforeEach(() => {
  fetchCommunicationFields.mockReset()
})

describe('CrmFieldsView', () => {
  it('shows a loading skeleton until the fields arrive', async () => {
    const pending = deferred<CommunicationField[]>()
    fetchCommunicationFields.mockReturnValue(pending.promise)
    const { wrapper } = await mountApp(CrmFieldsView, { settle: false })
    expect(wrapper.find('[data-testid="crm-fields-loading"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="crm-fields-table"]').exists()).toBe(false)
    pending.resolve(SIX)
    await flushPromises()
    expect(wrapper.find('[data-testid="crm-fields-loading"]').exists()).toBe(false)
  })

  it('shows every field with its title, type and readable flags', async () => {
    fetchCommunicationFields.mockResolvedValue(SIX)
    const { wrapper } = await mountApp(CrmFieldsView)
    const table = wrapper.get('[data-testid="crm-fields-table"]')
    const rows = table.findAll('tbody tr')
    expect(rows).toHaveLength(6)
    expect(rows.map(row => row.find('td').text())).toEqual(['ID', 'ACTIVITY_ID', 'ENTITY_ID', 'ENTITY_TYPE_ID', 'TYPE', 'VALUE'])
    const headers = table.findAll('th').map(th => th.text())
    expect(headers).toEqual(['Field', 'Title', 'Type', 'Required', 'Read-only', 'Immutable', 'Multiple', 'Dynamic'])
    const idCells = rows[0]!.findAll('td').map(td => td.text())
    expect(idCells).toEqual(['ID', 'ID', 'integer', 'No', 'Yes', 'No', 'No', 'No'])
    expect(rows[4]!.findAll('td').map(td => td.text()).slice(1, 3)).toEqual(['Type', 'string'])
  })

  it('says so when the portal describes no fields', async () => {
    fetchCommunicationFields.mockResolvedValue([])
    const { wrapper } = await mountApp(CrmFieldsView)
    expect(wrapper.text()).toContain('No fields')
    expect(wrapper.find('[data-testid="crm-fields-table"]').exists()).toBe(false)
  })

  it('shows the error with a Retry that loads the data', async () => {
    fetchCommunicationFields
      .mockRejectedValueOnce(new PortalError({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', status: 500 }))
      .mockResolvedValueOnce(SIX)
    const { wrapper } = await mountApp(CrmFieldsView)
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('The fields could not be loaded')
    expect(alert.text()).toContain('Internal server error')
    const retry = alert.findAll('button').find(button => button.text() === 'Retry')
    expect(retry).toBeDefined()
    await retry!.trigger('click')
    await flushPromises()
    expect(fetchCommunicationFields).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="crm-fields-table"]').findAll('tbody tr')).toHaveLength(6)
  })

  it('speaks Russian when the portal does', async () => {
    fetchCommunicationFields.mockResolvedValue([field('ACTIVITY_ID', 'Дело', { isReadOnly: true })])
    const { wrapper } = await mountApp(CrmFieldsView, { lang: 'ru' })
    expect(wrapper.get('h1').text()).toBe('Поля коммуникаций CRM')
    const table = wrapper.get('[data-testid="crm-fields-table"]')
    expect(table.findAll('th').map(th => th.text())).toEqual(['Поле', 'Название', 'Тип', 'Обязательное', 'Только чтение', 'Неизменяемое', 'Множественное', 'Динамическое'])
    expect(table.findAll('tbody td').map(td => td.text())).toEqual(['ACTIVITY_ID', 'Дело', 'integer', 'Нет', 'Да', 'Нет', 'Нет', 'Нет'])
  })
})
