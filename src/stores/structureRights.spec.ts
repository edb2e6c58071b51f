import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { PortalError } from '@/b24'
import type { PortalContext } from '@/b24'
import { useSessionStore } from './session'
import { isEditRefusal, useStructureRightsStore } from './structureRights'

const denied = new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', status: 403, message: 'Access denied' })

function signIn(userId: string, memberId = 'member-1'): void {
  const session = useSessionStore()
  session.context = { memberId, isAdmin: false } as PortalContext
  session.user = { id: userId, firstName: 'A', lastName: 'B', displayName: 'A B' }
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('structure rights learned from the portal', () => {
  it('offers edits of both kinds until a refusal; departments and teams are separate permissions', () => {
    signIn('7')
    const rights = useStructureRightsStore()
    expect([rights.canEdit('DEPARTMENT'), rights.canEdit('TEAM')]).toEqual([true, true])
    expect(rights.noteFailure('DEPARTMENT', denied)).toBe(true)
    expect([rights.canEdit('DEPARTMENT'), rights.canEdit('TEAM'), rights.canEditAny()]).toEqual([false, true, true])
    rights.noteFailure('TEAM', denied)
    expect(rights.canEditAny()).toBe(false)
  })

  it('is not fooled by failures that are not refusals', () => {
    signIn('7')
    const rights = useStructureRightsStore()
    for (const error of [
      new PortalError({ code: 'NETWORK_ERROR', message: 'x' }),
      new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', status: 400, message: 'x' }),
      new PortalError({ code: 'OPERATION_TIME_LIMIT', status: 429, message: 'x' }),
      new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_INSUFFICIENTSCOPEEXCEPTION', status: 403, message: 'x' }),
      new PortalError({ code: 'user_access_error', status: 403, message: 'x' })
    ]) {
      expect(isEditRefusal(error)).toBe(false)
      expect(rights.noteFailure('DEPARTMENT', error)).toBe(false)
    }
    expect(rights.canEdit('DEPARTMENT')).toBe(true)
  })

  it('remembers a refusal for the same portal and user only, and forgets it on "check again"', () => {
    signIn('7')
    useStructureRightsStore().noteFailure('TEAM', denied)
    setActivePinia(createPinia())
    signIn('7')
    expect(useStructureRightsStore().canEdit('TEAM')).toBe(false)
    setActivePinia(createPinia())
    signIn('8')
    expect(useStructureRightsStore().canEdit('TEAM')).toBe(true)
    setActivePinia(createPinia())
    signIn('7', 'member-2')
    expect(useStructureRightsStore().canEdit('TEAM')).toBe(true)
    setActivePinia(createPinia())
    signIn('7')
    const rights = useStructureRightsStore()
    rights.forget('TEAM')
    expect(rights.canEdit('TEAM')).toBe(true)
    setActivePinia(createPinia())
    signIn('7')
    expect(useStructureRightsStore().canEdit('TEAM')).toBe(true)
  })
})
