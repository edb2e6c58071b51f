/**
 * A tiny hand-made portal for the im.chat.* handler tests: the cases need exact owners, members and
 * chat kinds to assert on, which a generated company does not promise.
 *
 * Users: 1 admin (owner of chat 10), 2 employee (member of 10, owner of 11), 3 employee (member of 10),
 * 4 employee (in no chat), 5 extranet, 6 inactive. Chats: 10 private CHAT, 11 OPEN, 12 a workgroup's
 * chat (SONET_GROUP, group 7), 13 CHANNEL owned by 1, 14 CRM-bound chat of DEAL|5.
 */
import { textLang } from '../data/types.ts'
import type { EmuChat, EmuUser, PortalData, PortalLang } from '../data/types.ts'
import type { CallContext } from '../rest/registry.ts'
import type { EmulatorContext } from '../context.ts'

function user(id: number, extra: Partial<EmuUser> = {}): EmuUser {
  return {
    id,
    active: true,
    name: `Name${id}`,
    lastName: `Last${id}`,
    secondName: '',
    email: `u${id}@example.com`,
    gender: 'F',
    workPosition: 'Engineer',
    isAdmin: id === 1,
    userType: 'employee',
    departmentIds: [1],
    photo: '',
    isOnline: true,
    dateRegister: '2024-01-01T00:00:00+00:00',
    lastLogin: '2024-01-02T00:00:00+00:00',
    hasAppAccess: true,
    structureRights: { departments: 'view', teams: 'view' },
    ...extra
  }
}

function chat(id: number, extra: Partial<EmuChat>): EmuChat {
  return {
    id,
    type: 'CHAT',
    title: `Chat ${id}`,
    description: '',
    color: 'MINT',
    avatar: '',
    ownerId: 1,
    memberIds: [1],
    mutedBy: [],
    entityType: '',
    entityId: '',
    isExtranet: false,
    createdAt: '2024-02-01T00:00:00+00:00',
    lastActivityAt: '2024-02-01T00:00:00+00:00',
    workgroupId: null,
    ...extra
  }
}

export function chatPortal(): PortalData {
  return {
    seed: 1,
    size: 1,
    portalName: 'test.bitrix24.com',
    memberId: 'm',
    scopes: ['im', 'user'],
    installed: true,
    users: [user(1), user(2, { isAdmin: false }), user(3), user(4), user(5, { userType: 'extranet' }), user(6, { active: false })],
    nodes: [],
    chats: [
      chat(10, { title: 'Team', ownerId: 1, memberIds: [1, 2, 3] }),
      chat(11, { type: 'OPEN', title: 'Lunch club', color: 'RED', ownerId: 2, memberIds: [2, 3] }),
      chat(12, { type: 'COLLAB', title: 'Collab', ownerId: 1, memberIds: [1, 2], entityType: 'SONET_GROUP', entityId: '7', workgroupId: 7 }),
      chat(13, { type: 'CHANNEL', title: 'News', ownerId: 1, memberIds: [1, 2] }),
      chat(14, { title: 'Deal', ownerId: 2, memberIds: [1, 2], entityType: 'CRM', entityId: 'DEAL|5' })
    ],
    workgroups: [{ id: 7, name: 'Collab', type: 'collab', chatId: 12, ownerId: 1, memberIds: [1, 2], avatar: '' }],
    bindings: [],
    openLines: [],
    connectors: [],
    connectorLines: [],
    placements: [],
    appOptions: {},
    userOptions: {}
  }
}

export function callAs(data: PortalData, userId: number, lang: PortalLang = 'en'): CallContext {
  const found = data.users.find(u => u.id === userId)
  if (!found) throw new Error(`no user ${userId}`)
  return { data, user: found, lang: textLang(lang), sessionLang: lang, api: 'v2', emulator: {} as EmulatorContext, headers: {} }
}

/** Only the header matters to the checks, so the fixtures are headers of the given size. */
export function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0)
  bytes.writeUInt32BE(13, 8)
  bytes.write('IHDR', 12, 'latin1')
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  return bytes
}

export function jpegHeader(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
  return Buffer.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9])
}

export function gifHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(13)
  bytes.write('GIF89a', 0, 'latin1')
  bytes.writeUInt16LE(width, 6)
  bytes.writeUInt16LE(height, 8)
  return bytes
}

export function webpHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(30)
  bytes.write('RIFF', 0, 'latin1')
  bytes.writeUInt32LE(22, 4)
  bytes.write('WEBPVP8X', 8, 'latin1')
  bytes.writeUIntLE(width - 1, 24, 3)
  bytes.writeUIntLE(height - 1, 27, 3)
  return bytes
}

