// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { CHAT_COLOR_HEX, CHAT_COLOR_NAMES, imChatMethods } from './chats.ts'
import { callAs, chatPortal, jpegHeader, pngHeader } from './chats-fixture.ts'
import { RestError } from '../rest/registry.ts'
import type { ListResult } from '../rest/registry.ts'
import type { EmuChat, PortalData } from '../data/types.ts'

let data: PortalData

function call(method: string, params: Record<string, unknown>, userId = 1, lang: 'en' | 'ru' = 'en'): unknown {
  const def = imChatMethods[method]
  if (!def) throw new Error(`no method ${method}`)
  return def.handler(params, callAs(data, userId, lang))
}

function failure(method: string, params: Record<string, unknown>, userId = 1): RestError {
  try {
    call(method, params, userId)
  } catch (error) {
    if (error instanceof RestError) return error
    throw error
  }
  throw new Error(`${method} did not fail`)
}

function chat(id: number): EmuChat {
  const found = data.chats.find(c => c.id === id)
  if (!found) throw new Error(`no chat ${id}`)
  return found
}

const PNG = pngHeader(64, 64).toString('base64')

beforeEach(() => {
  data = chatPortal()
})

describe('im.chat.add', () => {
  it('creates a private chat owned by the caller with every documented option', () => {
    const id = call('im.chat.add', {
      TYPE: 'CHAT', TITLE: '  Launch  ', DESCRIPTION: 'About the launch', COLOR: 'PURPLE', MESSAGE: 'Hello',
      USERS: [2, 3], AVATAR: PNG, ENTITY_TYPE: 'APP_LAUNCH', ENTITY_ID: 'L-1'
    }, 1)
    expect(id).toBe(15)
    expect(chat(15)).toMatchObject({
      type: 'CHAT', title: 'Launch', description: 'About the launch', color: 'PURPLE', ownerId: 1,
      memberIds: [1, 2, 3], entityType: 'APP_LAUNCH', entityId: 'L-1'
    })
    expect(chat(15).avatar).toBe(`data:image/png;base64,${PNG}`)
    expect(chat(15).messages?.at(-1)).toMatchObject({ authorId: 1, text: 'Hello' })
  })

  it('needs no parameters: a private chat whose only member is the caller, with a title and a colour', () => {
    const id = call('im.chat.add', {}, 2) as number
    expect(chat(id)).toMatchObject({ type: 'CHAT', ownerId: 2, memberIds: [2] })
    expect(CHAT_COLOR_NAMES).toContain(chat(id).color)
    expect(chat(id).title).toMatch(/ chat #\d+$/)
  })

  it('names an untitled chat after its participants, in the portal language', () => {
    const id = call('im.chat.add', { USERS: [3] }, 2, 'ru') as number
    expect(chat(id).title).toBe('Чат с Name3 Last3')
  })

  it('takes OPEN, and reads any other TYPE as a private chat', () => {
    expect(chat(call('im.chat.add', { TYPE: 'OPEN' }) as number).type).toBe('OPEN')
    expect(chat(call('im.chat.add', { TYPE: 'CHANNEL' }) as number).type).toBe('CHAT')
  })

  it('accepts form-style values (USERS as a map of strings) and drops unknown and inactive users', () => {
    const id = call('im.chat.add', { USERS: { 0: '3', 1: '999', 2: '6', 3: 'x' } }, 2) as number
    expect(chat(id).memberIds).toEqual([2, 3])
  })

  it('creates the chat without the avatar when AVATAR is not an image', () => {
    const id = call('im.chat.add', { TITLE: 'T', AVATAR: 'data:image/png;base64,' + PNG }) as number
    expect(chat(id).avatar).toBe('')
  })

  it('marks a chat with an extranet participant as extranet', () => {
    expect(chat(call('im.chat.add', { USERS: [5] }) as number).isExtranet).toBe(true)
  })
})

describe('im.chat.get', () => {
  it('keeps what the columns hold: TITLE and ENTITY_ID 255 characters, ENTITY_TYPE 50 — an emoji is one', () => {
    const title = '😀'.repeat(300)
    const id = call('im.chat.add', { TITLE: title, ENTITY_TYPE: 'T'.repeat(60), ENTITY_ID: 'i'.repeat(300) }) as number
    expect(chat(id)).toMatchObject({ title: '😀'.repeat(255), entityType: 'T'.repeat(50), entityId: 'i'.repeat(255) })
    const markup = '<b>Ünïcödé</b> 中文 עברית \u202Eabc'
    call('im.chat.updateTitle', { CHAT_ID: id, TITLE: markup })
    expect(chat(id).title).toBe(markup)
    call('im.chat.updateTitle', { CHAT_ID: id, TITLE: 'x'.repeat(256) })
    expect(chat(id).title).toBe('x'.repeat(255))
  })

  it('finds a chat by ENTITY_TYPE and ENTITY_ID', () => {
    expect(call('im.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|5' })).toEqual({ ID: 14 })
  })

  it('finds a chat the app created with an entity', () => {
    const id = call('im.chat.add', { ENTITY_TYPE: 'APP', ENTITY_ID: '42' }, 2)
    expect(call('im.chat.get', { ENTITY_TYPE: 'APP', ENTITY_ID: '42' }, 2)).toEqual({ ID: id })
  })

  it.each([
    [{ ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|6' }],
    [{ ENTITY_TYPE: 'CRM' }],
    [{ ENTITY_ID: 'DEAL|5' }],
    [{}]
  ])('answers null, not an error, for %o', (params) => {
    expect(call('im.chat.get', params)).toBeNull()
  })
})

describe('im.chat.user.list', () => {
  it('lists the participant ids to a member', () => {
    expect(call('im.chat.user.list', { CHAT_ID: 10 }, 2)).toEqual([1, 2, 3])
  })

  it('lists an open chat to any employee, but answers [] to an outsider of a private chat', () => {
    expect(call('im.chat.user.list', { CHAT_ID: 11 }, 4)).toEqual([2, 3])
    expect(call('im.chat.user.list', { CHAT_ID: 10 }, 4)).toEqual([])
    expect(call('im.chat.user.list', { CHAT_ID: 11 }, 5)).toEqual([])
    expect(call('im.chat.user.list', { CHAT_ID: 999 }, 1)).toEqual([])
  })

  it.each([[{}], [{ CHAT_ID: 'chat10' }], [{ CHAT_ID: 0 }]])('answers CHAT_ID_EMPTY for %o', (params) => {
    expect(failure('im.chat.user.list', params)).toMatchObject({ status: 400, code: 'CHAT_ID_EMPTY' })
  })
})

describe('im.chat.user.add', () => {
  it('adds participants and posts a notice', () => {
    expect(call('im.chat.user.add', { CHAT_ID: 10, USERS: [4, 5], HIDE_HISTORY: 'N' }, 2)).toBe(true)
    expect(chat(10).memberIds).toEqual([1, 2, 3, 4, 5])
    expect(chat(10).messages?.at(-1)?.authorId).toBe(0)
  })

  it('refuses a non-member, a member without the right, and a workgroup chat', () => {
    expect(failure('im.chat.user.add', { CHAT_ID: 10, USERS: [5] }, 4)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
    expect(failure('im.chat.user.add', { CHAT_ID: 13, USERS: [4] }, 2)).toMatchObject({ status: 403, code: 'ACCESS_DENIED_EXTEND' })
    expect(failure('im.chat.user.add', { CHAT_ID: 12, USERS: [4] }, 1)).toMatchObject({
      status: 403, code: 'ACCESS_ERROR', description: 'It is forbidden to add users to this chat'
    })
    expect(chat(10).memberIds).toEqual([1, 2, 3])
  })

  it('answers WRONG_REQUEST when USERS names no active user', () => {
    expect(failure('im.chat.user.add', { CHAT_ID: 10, USERS: [6, 999] }, 1)).toMatchObject({ status: 400, code: 'WRONG_REQUEST' })
    expect(failure('im.chat.user.add', { CHAT_ID: 10 }, 1)).toMatchObject({ code: 'WRONG_REQUEST' })
  })

  it('accepts participants who are already in the chat without a change or a notice (a re-sent add)', () => {
    const before = chat(10).messages?.length ?? 0
    expect(call('im.chat.user.add', { CHAT_ID: 10, USERS: [2, 3] }, 1)).toBe(true)
    expect(chat(10).memberIds).toEqual([1, 2, 3])
    expect(chat(10).messages?.length ?? 0).toBe(before)
  })

  it('answers CHAT_ID_EMPTY for a prefixed id', () => {
    expect(failure('im.chat.user.add', { CHAT_ID: 'chat10', USERS: [4] })).toMatchObject({ code: 'CHAT_ID_EMPTY' })
  })
})

describe('im.chat.user.delete', () => {
  it('lets the owner remove a participant', () => {
    expect(call('im.chat.user.delete', { CHAT_ID: 10, USER_ID: 3 }, 1)).toBe(true)
    expect(chat(10).memberIds).toEqual([1, 2])
  })

  it('refuses a plain member (removing needs manager) and never removes the owner', () => {
    expect(failure('im.chat.user.delete', { CHAT_ID: 10, USER_ID: 3 }, 2)).toMatchObject({ status: 403, code: 'ACCESS_DENIED_KICK' })
    chat(10).managerIds = [2]
    expect(failure('im.chat.user.delete', { CHAT_ID: 10, USER_ID: 1 }, 2)).toMatchObject({ code: 'ACCESS_DENIED_KICK' })
    expect(call('im.chat.user.delete', { CHAT_ID: 10, USER_ID: 3 }, 2)).toBe(true)
  })

  it('answers USER_ID_EMPTY, USER_NOT_FOUND and the workgroup refusal', () => {
    expect(failure('im.chat.user.delete', { CHAT_ID: 10 })).toMatchObject({ status: 400, code: 'USER_ID_EMPTY' })
    expect(failure('im.chat.user.delete', { CHAT_ID: 10, USER_ID: 4 })).toMatchObject({ code: 'USER_NOT_FOUND' })
    expect(failure('im.chat.user.delete', { CHAT_ID: 12, USER_ID: 2 })).toMatchObject({ code: 'ACCESS_ERROR' })
  })

  it('describes ACCESS_DENIED_KICK in Russian as the docs quote it', () => {
    try {
      call('im.chat.user.delete', { CHAT_ID: 10, USER_ID: 3 }, 2, 'ru')
    } catch (error) {
      expect((error as RestError).description).toBe('Недостаточно прав на исключение участников из чата')
      return
    }
    throw new Error('did not fail')
  })
})

describe('im.chat.leave', () => {
  it('removes the caller', () => {
    expect(call('im.chat.leave', { CHAT_ID: 10 }, 3)).toBe(true)
    expect(chat(10).memberIds).toEqual([1, 2])
  })

  it('hands the chat over when its owner leaves', () => {
    call('im.chat.leave', { CHAT_ID: 10 }, 1)
    expect(chat(10)).toMatchObject({ ownerId: 2, memberIds: [2, 3] })
  })

  it('refuses a non-member, a workgroup chat and a CRM chat owner', () => {
    expect(failure('im.chat.leave', { CHAT_ID: 10 }, 4)).toMatchObject({ status: 403, code: 'ACCESS_DENIED_KICK' })
    expect(failure('im.chat.leave', { CHAT_ID: 12 }, 2)).toMatchObject({ code: 'ACCESS_ERROR' })
    expect(failure('im.chat.leave', { CHAT_ID: 14 }, 2)).toMatchObject({ code: 'ACCESS_DENIED_KICK' })
    expect(failure('im.chat.leave', { CHAT_ID: 'chat10' }, 2)).toMatchObject({ code: 'CHAT_ID_EMPTY' })
    expect(chat(12).memberIds).toEqual([1, 2])
  })
})

describe('im.chat.updateTitle', () => {
  it('renames by CHAT_ID or DIALOG_ID, trimming spaces and line breaks', () => {
    expect(call('im.chat.updateTitle', { CHAT_ID: 10, TITLE: '  New name\n' }, 2)).toBe(true)
    expect(chat(10).title).toBe('New name')
    call('im.chat.updateTitle', { DIALOG_ID: 'chat10', TITLE: 'Again' }, 3)
    expect(chat(10).title).toBe('Again')
  })

  it.each([
    [{ TITLE: 'x' }, 'CHAT_ID_EMPTY'],
    [{ CHAT_ID: 'chat10', TITLE: 'x' }, 'CHAT_ID_EMPTY'],
    [{ DIALOG_ID: '2', TITLE: 'x' }, 'DIALOG_ID_EMPTY'],
    [{ DIALOG_ID: 'room10', TITLE: 'x' }, 'DIALOG_ID_EMPTY'],
    [{ CHAT_ID: 10, TITLE: ' \n ' }, 'TITLE_EMPTY'],
    [{ CHAT_ID: 10 }, 'TITLE_EMPTY']
  ])('refuses %o with %s (400)', (params, code) => {
    expect(failure('im.chat.updateTitle', params)).toMatchObject({ status: 400, code })
  })

  it('refuses a workgroup chat, a CRM chat and a member without manage_ui', () => {
    expect(failure('im.chat.updateTitle', { CHAT_ID: 12, TITLE: 'x' })).toMatchObject({ code: 'ACCESS_ERROR', description: 'This chat cannot be renamed' })
    expect(failure('im.chat.updateTitle', { DIALOG_ID: 'sg7', TITLE: 'x' })).toMatchObject({ description: 'This chat cannot be renamed' })
    expect(failure('im.chat.updateTitle', { CHAT_ID: 14, TITLE: 'x' }, 2)).toMatchObject({ code: 'ACCESS_ERROR' })
    expect(failure('im.chat.updateTitle', { CHAT_ID: 13, TITLE: 'x' }, 2)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
    expect(failure('im.chat.updateTitle', { CHAT_ID: 10, TITLE: 'x' }, 4)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
    chat(10).permissions = { manage_ui: 'owner' }
    expect(failure('im.chat.updateTitle', { CHAT_ID: 10, TITLE: 'x' }, 2)).toMatchObject({ code: 'ACCESS_ERROR' })
    expect(chat(10).title).toBe('Team')
  })
})

describe('im.chat.updateColor', () => {
  it('takes a colour name and reads back as HEX', () => {
    expect(call('im.chat.updateColor', { CHAT_ID: 10, COLOR: 'PINK' }, 2)).toBe(true)
    expect(chat(10).color).toBe('PINK')
    expect((call('im.dialog.get', { DIALOG_ID: 'chat10' }) as { color: string }).color).toBe(CHAT_COLOR_HEX.PINK)
  })

  it('answers WRONG_REQUEST when the colour is already set, and WRONG_COLOR for an unknown name', () => {
    expect(failure('im.chat.updateColor', { CHAT_ID: 10, COLOR: 'MINT' })).toMatchObject({ status: 400, code: 'WRONG_REQUEST' })
    expect(failure('im.chat.updateColor', { CHAT_ID: 10, COLOR: 'ORANGE' })).toMatchObject({ status: 400, code: 'WRONG_COLOR' })
    expect(failure('im.chat.updateColor', { CHAT_ID: 10, COLOR: '#ff0000' })).toMatchObject({ code: 'WRONG_COLOR' })
    expect(failure('im.chat.updateColor', { CHAT_ID: 999, COLOR: 'RED' })).toMatchObject({ code: 'WRONG_REQUEST' })
  })

  it('refuses a member without manage_ui', () => {
    expect(failure('im.chat.updateColor', { CHAT_ID: 13, COLOR: 'RED' }, 2)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
  })
})

describe('im.chat.updateAvatar', () => {
  it('stores a Base64 image', () => {
    const jpeg = jpegHeader(100, 80).toString('base64')
    expect(call('im.chat.updateAvatar', { DIALOG_ID: 'chat10', AVATAR: jpeg }, 3)).toBe(true)
    expect(chat(10).avatar).toBe(`data:image/jpeg;base64,${jpeg}`)
  })

  it.each([
    ['text', Buffer.from('not an image').toString('base64'), 'Avatar incorrect type'],
    ['a data: URL', `data:image/png;base64,${PNG}`, 'Avatar incorrect type'],
    ['nothing', undefined, 'Avatar incorrect type'],
    ['5001×10', pngHeader(5001, 10).toString('base64'), 'Avatar incorrect size (max 5000x5000)']
  ])('refuses %s with AVATAR_ERROR', (_name, avatar, description) => {
    expect(failure('im.chat.updateAvatar', { CHAT_ID: 10, AVATAR: avatar })).toMatchObject({ status: 400, code: 'AVATAR_ERROR', description })
    expect(chat(10).avatar).toBe('')
  })

  it('answers WRONG_REQUEST for a missing chat, ACCESS_DENIED to a non-member, ACCESS_ERROR for a workgroup chat', () => {
    expect(failure('im.chat.updateAvatar', { CHAT_ID: 999, AVATAR: PNG })).toMatchObject({ code: 'WRONG_REQUEST' })
    expect(failure('im.chat.updateAvatar', { CHAT_ID: 10, AVATAR: PNG }, 4)).toMatchObject({ code: 'ACCESS_DENIED' })
    expect(failure('im.chat.updateAvatar', { CHAT_ID: 12, AVATAR: PNG })).toMatchObject({
      code: 'ACCESS_ERROR', description: 'The avatar of this chat cannot be changed'
    })
  })
})

describe('im.chat.setOwner', () => {
  it('lets the owner hand the chat to a member', () => {
    expect(call('im.chat.setOwner', { CHAT_ID: 10, USER_ID: 2 }, 1)).toBe(true)
    expect(chat(10).ownerId).toBe(2)
    expect((call('im.dialog.get', { DIALOG_ID: 'chat10' }, 1) as { role: string }).role).toBe('member')
  })

  it('refuses anyone but the owner, and a user outside the chat', () => {
    expect(failure('im.chat.setOwner', { CHAT_ID: 10, USER_ID: 3 }, 2)).toMatchObject({ status: 400, code: 'WRONG_REQUEST' })
    expect(failure('im.chat.setOwner', { CHAT_ID: 10, USER_ID: 4 }, 1)).toMatchObject({ code: 'WRONG_REQUEST' })
    expect(failure('im.chat.setOwner', { CHAT_ID: 10 }, 1)).toMatchObject({ code: 'USER_ID_EMPTY' })
    expect(failure('im.chat.setOwner', { DIALOG_ID: '3', USER_ID: 3 }, 1)).toMatchObject({ code: 'DIALOG_ID_EMPTY' })
    expect(chat(10).ownerId).toBe(1)
  })
})

describe('im.chat.mute', () => {
  it('mutes by default and unmutes with MUTE=N', () => {
    expect(call('im.chat.mute', { CHAT_ID: 10 }, 2)).toBe(true)
    expect(chat(10).mutedBy).toEqual([2])
    expect((call('im.dialog.get', { DIALOG_ID: 'chat10' }, 2) as { mute_list: unknown }).mute_list).toEqual({ 2: true })
    call('im.chat.mute', { DIALOG_ID: 'chat10', MUTE: 'N' }, 2)
    expect(chat(10).mutedBy).toEqual([])
  })

  it.each([['n'], [false], [0], ['0']])('reads MUTE %o as the default (mute): only the letter N unmutes', (value) => {
    call('im.chat.mute', { CHAT_ID: 10, MUTE: value }, 2)
    expect(chat(10).mutedBy).toEqual([2])
  })

  it('reads CHAT_ID with intval, as the portal does: "10abc" is chat 10', () => {
    expect(call('im.chat.mute', { CHAT_ID: '10abc' }, 2)).toBe(true)
    expect(chat(10).mutedBy).toEqual([2])
  })

  it('answers CHAT_ID_EMPTY, DIALOG_ID_EMPTY and ACCESS_ERROR (403)', () => {
    expect(failure('im.chat.mute', {})).toMatchObject({ status: 400, code: 'CHAT_ID_EMPTY' })
    expect(failure('im.chat.mute', { CHAT_ID: 'chat10' })).toMatchObject({ code: 'CHAT_ID_EMPTY' })
    expect(failure('im.chat.mute', { DIALOG_ID: 'x' })).toMatchObject({ status: 400, code: 'DIALOG_ID_EMPTY' })
    expect(failure('im.chat.mute', { CHAT_ID: 10 }, 4)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
  })
})

describe('im.dialog.get', () => {
  it('describes the chat as the caller sees it: role, rights and restrictions', () => {
    const owner = call('im.dialog.get', { DIALOG_ID: 'chat10' }, 1) as Record<string, unknown>
    expect(owner).toMatchObject({
      id: 10, name: 'Team', owner: 1, color: CHAT_COLOR_HEX.MINT, type: 'chat', user_counter: 3, role: 'owner',
      dialog_id: 'chat10', manager_list: [1], mute_list: [],
      permissions: { manage_users_add: 'member', manage_users_delete: 'manager', manage_ui: 'member', manage_settings: 'owner' },
      restrictions: { rename: true, leave: true, avatar: true }
    })
    expect((call('im.dialog.get', { DIALOG_ID: 'chat10' }, 2) as { role: string }).role).toBe('member')
    expect((call('im.dialog.get', { DIALOG_ID: 'chat11' }, 4) as { role: string }).role).toBe('guest')
  })

  it('reaches a workgroup chat by sg and says it cannot be renamed or left', () => {
    expect(call('im.dialog.get', { DIALOG_ID: 'sg7' }, 2)).toMatchObject({
      id: 12, type: 'collab', entity_type: 'SONET_GROUP', restrictions: { rename: false, leave: false, avatar: false },
      entity_link: { type: 'SONET_GROUP', url: '/workgroups/group/7/' }
    })
  })

  it('answers DIALOG_ID_EMPTY (400) and ACCESS_ERROR (403)', () => {
    expect(failure('im.dialog.get', {})).toMatchObject({ status: 400, code: 'DIALOG_ID_EMPTY' })
    expect(failure('im.dialog.get', { DIALOG_ID: 'chat10' }, 4)).toMatchObject({
      status: 403, code: 'ACCESS_ERROR', description: 'You do not have access to the specified dialog'
    })
    expect(failure('im.dialog.get', { DIALOG_ID: 'chat999' })).toMatchObject({ code: 'ACCESS_ERROR' })
  })

  it('answers a 1:1 dialog by user id', () => {
    expect(call('im.dialog.get', { DIALOG_ID: '3' }, 1)).toMatchObject({ type: 'private', dialog_id: '3', name: 'Name3 Last3' })
  })
})

describe('im.dialog.users.list', () => {
  it('answers participant cards with a total, paged by LIMIT/OFFSET and LAST_ID', () => {
    const all = call('im.dialog.users.list', { DIALOG_ID: 'chat10' }, 2) as ListResult
    expect(all.total).toBe(3)
    expect((all.result as { id: number }[]).map(u => u.id)).toEqual([1, 2, 3])
    expect((all.result as Record<string, unknown>[])[1]).toMatchObject({ id: 2, name: 'Name2 Last2', first_name: 'Name2', type: 'user', bot: false })
    const page = call('im.dialog.users.list', { DIALOG_ID: 'chat10', LIMIT: 1, OFFSET: 1 }, 2) as ListResult
    expect((page.result as { id: number }[]).map(u => u.id)).toEqual([2])
    const after = call('im.dialog.users.list', { DIALOG_ID: 'chat10', LAST_ID: 1 }, 2) as ListResult
    expect((after.result as { id: number }[]).map(u => u.id)).toEqual([2, 3])
  })

  it('answers DIALOG_ID_EMPTY and ACCESS_ERROR', () => {
    expect(failure('im.dialog.users.list', { DIALOG_ID: '' })).toMatchObject({ code: 'DIALOG_ID_EMPTY' })
    expect(failure('im.dialog.users.list', { DIALOG_ID: 'chat10' }, 4)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
  })
})

describe('im.dialog.writing', () => {
  it('accepts a member and refuses an outsider', () => {
    expect(call('im.dialog.writing', { DIALOG_ID: 'chat10' }, 3)).toBe(true)
    expect(failure('im.dialog.writing', { DIALOG_ID: 'chat10' }, 4)).toMatchObject({ status: 403, code: 'ACCESS_ERROR' })
    expect(failure('im.dialog.writing', {})).toMatchObject({ status: 400, code: 'DIALOG_ID_EMPTY' })
  })
})
