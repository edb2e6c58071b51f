/**
 * A small hand-made portal for the structure and messenger-list handler tests: every rights case the
 * handlers distinguish is one user here (admin, plain employee, department head without an edit
 * permission, extranet, HR editor of departments and teams, editor of teams only).
 * Test-only (imported by *.spec.ts).
 */
import { V3Error } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import { textLang } from '../data/types.ts'
import type { EmuChat, EmuNode, EmuUser, PortalData, PortalLang } from '../data/types.ts'
import type { EmulatorContext } from '../context.ts'
import { DEFAULT_QUESTIONS } from '../questions.ts'
import type { Questions } from '../questions.ts'
import { defaultStructureRights } from '../data/rights.ts'

function user(id: number, name: string, extra: Partial<EmuUser> = {}): EmuUser {
  return {
    id, active: true, name, lastName: 'Test', secondName: '', email: `u${id}@example.test`, gender: 'M',
    workPosition: 'Engineer', isAdmin: false, userType: 'employee', departmentIds: [], photo: '',
    isOnline: false, dateRegister: '2026-01-01T00:00:00+00:00', lastLogin: '2026-01-01T00:00:00+00:00',
    hasAppAccess: true, ...extra,
    structureRights: extra.structureRights ?? defaultStructureRights({ isAdmin: extra.isAdmin ?? false, userType: extra.userType ?? 'employee' })
  }
}

function node(id: number, name: string, parentId: number | null, headIds: number[], memberIds: number[], type: EmuNode['type'] = 'DEPARTMENT'): EmuNode {
  return {
    id, name, type, parentId, description: null, colorName: type === 'TEAM' ? 'blue' : null, xmlId: null,
    createdAt: '2026-01-01T00:00:00+00:00', updatedAt: '2026-01-01T00:00:00+00:00', headIds, memberIds
  }
}

function chat(id: number, type: EmuChat['type'], title: string, ownerId: number, memberIds: number[], minutesAgo: number, extra: Partial<EmuChat> = {}): EmuChat {
  const at = new Date(Date.parse('2026-06-01T12:00:00Z') - minutesAgo * 60000).toISOString().slice(0, 19) + '+00:00'
  return {
    id, type, title, description: '', color: 'MINT', avatar: '', ownerId, memberIds, mutedBy: [],
    entityType: '', entityId: '', isExtranet: false, createdAt: at, lastActivityAt: at, workgroupId: null, ...extra
  }
}

/**
 * Users: 1 admin (edits both), 2 employee (Sales, Team Alpha), 3 head of Sales (views only), 4 extranet
 * (none), 5 Sales B2B, 6 Marketing, 7 HR editor (edits departments and teams, in no node), 8 edits teams
 * only (in no node). Everyone not named views both.
 */
export function structurePortal(): PortalData {
  return {
    seed: 1, size: 10, portalName: 'test.bitrix24.test', memberId: 'm', scopes: [], installed: true,
    users: [
      user(1, 'Ada', { isAdmin: true }),
      user(2, 'Boris', { departmentIds: [2] }),
      user(3, 'Clara', { departmentIds: [2], workPosition: 'Head of sales' }),
      user(4, 'Dmitri', { userType: 'extranet' }),
      user(5, 'Elena', { departmentIds: [3] }),
      user(6, 'Fedor', { departmentIds: [5] }),
      user(7, 'Galina', { workPosition: 'HR manager', structureRights: { departments: 'edit', teams: 'edit' } }),
      user(8, 'Hugo', { workPosition: 'Team coach', structureRights: { departments: 'view', teams: 'edit' } })
    ],
    nodes: [
      node(1, 'Company', null, [1], [1]),
      node(2, 'Sales', 1, [3], [3, 2]),
      node(3, 'Sales B2B', 2, [], [5]),
      node(4, 'Team Alpha', 2, [], [2, 5], 'TEAM'),
      node(5, 'Marketing', 1, [], [6]),
      node(6, 'Sales B2B East', 3, [], [])
    ],
    chats: [
      chat(10, 'CHAT', 'Sales chat', 3, [1, 2, 3], 1),
      chat(11, 'CHANNEL', 'Sales news', 3, [1, 3], 2),
      chat(12, 'OPEN', 'Open sales talk', 3, [3], 3),
      chat(13, 'CHAT', 'Heads only', 3, [3], 4),
      chat(14, 'COLLAB', 'Partner collab', 1, [1, 2], 5, { workgroupId: 20 }),
      chat(15, 'CHAT', 'Admin notes', 1, [1], 6),
      chat(16, 'OPEN_CHANNEL', 'Company news', 1, [1, 2, 3, 5, 6], 7)
    ],
    workgroups: [
      { id: 20, name: 'Partner collab', type: 'collab', chatId: 14, ownerId: 1, memberIds: [1, 2], avatar: '' },
      { id: 21, name: 'Book club', type: 'group', chatId: null, ownerId: 2, memberIds: [2], avatar: '' },
      { id: 22, name: 'Website project', type: 'project', chatId: null, ownerId: 1, memberIds: [1], avatar: '' }
    ],
    bindings: [
      { nodeId: 2, chatId: 10, type: 'CHAT', originalNodeId: null },
      { nodeId: 2, chatId: 13, type: 'CHAT', originalNodeId: null },
      { nodeId: 2, chatId: 11, type: 'CHANNEL', originalNodeId: null },
      { nodeId: 2, chatId: 14, type: 'COLLAB', originalNodeId: null }
    ],
    openLines: [], connectors: [], connectorLines: [], placements: [], appOptions: {}, userOptions: {}
  }
}

/** `questions`: answers to the open questions (questions.ts) the handlers read from `call.emulator`. */
export function callAs(data: PortalData, userId: number, lang: PortalLang = 'en', api: 'v2' | 'v3' = 'v3', questions: Partial<Questions> = {}): CallContext {
  const found = data.users.find((u) => u.id === userId)
  if (!found) throw new Error(`no user ${userId}`)
  const emulator = { questions: { ...DEFAULT_QUESTIONS, ...questions } } as EmulatorContext
  return { data, user: found, lang: textLang(lang), sessionLang: lang, api, emulator, headers: {} }
}

/** The V3Error a handler throws (tests of refusals); fails the test when it throws nothing or something else. */
export function v3Failure(fn: () => unknown): V3Error {
  try {
    fn()
  } catch (error) {
    if (error instanceof V3Error) return error
    throw error
  }
  throw new Error('expected a V3Error')
}
