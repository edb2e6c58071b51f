/**
 * A tiny hand-made portal for the imconnector / imopenlines handler tests: the cases need exact lines and
 * connectors to assert on, which a generated company does not promise.
 */
import { textLang } from '../data/types.ts'
import type { EmuUser, PortalData, PortalLang } from '../data/types.ts'
import type { CallContext } from '../rest/registry.ts'
import type { EmulatorContext } from '../context.ts'

function user(id: number, isAdmin: boolean, isOnline: boolean): EmuUser {
  return {
    id,
    active: true,
    name: `Name${id}`,
    lastName: `Last${id}`,
    secondName: '',
    email: `u${id}@example.com`,
    gender: 'M',
    workPosition: id === 1 ? 'Administrator' : 'Operator',
    isAdmin,
    userType: 'employee',
    departmentIds: [10 + id],
    photo: '',
    isOnline,
    dateRegister: '2024-01-01T00:00:00+00:00',
    lastLogin: '2024-01-01T00:00:00+00:00',
    hasAppAccess: true,
    structureRights: isAdmin ? { departments: 'edit', teams: 'edit' } : { departments: 'view', teams: 'view' }
  }
}

export function openlinesPortal(): PortalData {
  const data: PortalData = {
    seed: 1,
    size: 1,
    portalName: 'test.bitrix24.com',
    memberId: 'm',
    scopes: ['imopenlines', 'imconnector'],
    installed: true,
    users: [user(1, true, true), user(2, false, false), user(3, false, true)],
    nodes: [],
    chats: [],
    workgroups: [],
    bindings: [],
    openLines: [
      { id: 1, name: 'Support', active: true, queueUserIds: [1, 2] },
      { id: 2, name: 'Sales', active: true, queueUserIds: [3] },
      { id: 3, name: 'Archive', active: false, queueUserIds: [] }
    ],
    connectors: [
      { id: 'livechat', name: 'Live chat', custom: false, icon: null, placementHandler: '' },
      { id: 'telegrambot', name: 'Telegram', custom: false, icon: null, placementHandler: '' }
    ],
    connectorLines: [
      { connectorId: 'livechat', lineId: 1, active: true, data: { ID: 'lc1' }, error: false },
      { connectorId: 'telegrambot', lineId: 2, active: true, data: { ID: 'tg2' }, error: true }
    ],
    placements: [],
    appOptions: {},
    userOptions: {}
  }
  return data
}

/** A CallContext for calling a handler directly, as the router would after auth and scope checks. */
export function callAs(data: PortalData, userId: number, lang: PortalLang = 'en'): CallContext {
  const found = data.users.find(u => u.id === userId)
  if (!found) throw new Error(`no user ${userId}`)
  return { data, user: found, lang: textLang(lang), sessionLang: lang, api: 'v2', emulator: {} as EmulatorContext, headers: {} }
}
