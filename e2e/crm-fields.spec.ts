import { test, expect } from './fixtures.ts'

const ENGLISH = { ID: 'ID', ACTIVITY_ID: 'Activity', ENTITY_ID: 'Entity ID', ENTITY_TYPE_ID: 'Entity Type', TYPE: 'Type', VALUE: 'Value' }
const RUSSIAN = { ID: 'ID', ACTIVITY_ID: 'Дело', ENTITY_ID: 'ID элемента сущности', ENTITY_TYPE_ID: 'Тип сущности', TYPE: 'Тип', VALUE: 'Значение' }

test.describe('CRM communication fields', () => {
  test('shows the six fields with their titles and flags in English', async ({ portal, crmFields }) => {
    await portal.open({ user: 1, lang: 'en' })
    await crmFields.open('CRM fields')
    await expect(crmFields.table).toBeVisible()
    for (const [code, title] of Object.entries(ENGLISH)) {
      const row = crmFields.row(code)
      await expect(row).toHaveCount(1)
      await expect(row).toContainText(title)
    }
    // The flags are the portal's: ID and ACTIVITY_ID are read-only, nothing is required.
    expect(await crmFields.flag('ACTIVITY_ID', 'Read-only')).toBe('Yes')
    expect(await crmFields.flag('ID', 'Read-only')).toBe('Yes')
    expect(await crmFields.flag('VALUE', 'Read-only')).toBe('No')
    for (const code of Object.keys(ENGLISH)) expect(await crmFields.flag(code, 'Required')).toBe('No')
  })

  test('follows the portal language: switching to Russian shows Russian titles', async ({ portal, crmFields }) => {
    await portal.open({ user: 1, lang: 'en' })
    await crmFields.open('CRM fields')
    await expect(crmFields.row('ACTIVITY_ID')).toContainText('Activity')
    await portal.switchLanguage('ru')
    await crmFields.open('Поля CRM')
    for (const [code, title] of Object.entries(RUSSIAN)) {
      await expect(crmFields.row(code)).toContainText(title)
    }
    await expect(portal.nav('Подразделения')).toBeVisible()
  })
})
