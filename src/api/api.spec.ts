import { describe, expect, it } from 'vitest'
import { toCommunicationFields } from './crm'
import { toCurrentUser } from './users'

describe('crm.activity.communication.fields', () => {
  it('turns the field map into typed rows in the portal order', () => {
    expect(toCommunicationFields({
      ID: { type: 'integer', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false, title: 'ID' },
      VALUE: { type: 'string', isRequired: 'Y', isReadOnly: 'N', isImmutable: false, isMultiple: true, isDynamic: false, title: '' }
    })).toEqual([
      { code: 'ID', title: 'ID', type: 'integer', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false },
      { code: 'VALUE', title: 'VALUE', type: 'string', isRequired: true, isReadOnly: false, isImmutable: false, isMultiple: true, isDynamic: false }
    ])
  })

  it('reads an empty answer as no fields', () => {
    expect(toCommunicationFields([])).toEqual([])
    expect(toCommunicationFields(null)).toEqual([])
  })
})

describe('user.current', () => {
  it('names the user by first and last name, else e-mail, else id', () => {
    expect(toCurrentUser({ ID: '3', NAME: 'Anna', LAST_NAME: 'Smirnova', WORK_POSITION: 'HR' }))
      .toEqual({ id: '3', firstName: 'Anna', lastName: 'Smirnova', displayName: 'Anna Smirnova', position: 'HR' })
    expect(toCurrentUser({ ID: 4, NAME: '', LAST_NAME: null, EMAIL: 'a@b.c' }).displayName).toBe('a@b.c')
    expect(toCurrentUser({ ID: 5 }).displayName).toBe('#5')
  })
})
