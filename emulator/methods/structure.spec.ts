// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PortalData } from '../data/types.ts'
import { structureMethods } from './structure.ts'
import { callAs, structurePortal, v3Failure } from './structure-fixture.ts'

const ADMIN = 1
const EMPLOYEE = 2
const HEAD = 3
const EXTRANET = 4
/** Holds "Edit Departments" and "Edit Teams" (structure-fixture.ts). */
const HR_EDITOR = 7

function spec(method: string): { resultExample: { result: Record<string, unknown> }, entityFields?: string[] } {
  return JSON.parse(readFileSync(new URL(`../docs-spec/methods/${method}.json`, import.meta.url), 'utf8'))
}

function run(data: PortalData, method: string, params: Record<string, unknown>, userId = ADMIN, lang: 'en' | 'ru' = 'en'): Record<string, unknown> {
  return structureMethods[method]!.handler(params, callAs(data, userId, lang)) as Record<string, unknown>
}

const failure = v3Failure

type Item = Record<string, unknown>

describe('humanresources.node.list', () => {
  it('answers the documented node keys, ordered by id, one type at a time', () => {
    const data = structurePortal()
    const { items } = run(data, 'humanresources.node.list', { type: 'DEPARTMENT' }) as { items: Item[] }
    expect(items.map((n) => n.id)).toEqual([1, 2, 3, 5, 6])
    expect(Object.keys(items[0]!).sort()).toEqual([...spec('humanresources.node.list').entityFields!].sort())
    expect(items[1]).toMatchObject({ name: 'Sales', parentId: 1, userCount: 2, accessCode: 'DR2', structureId: 1 })
    const teams = run(data, 'humanresources.node.list', { type: 'TEAM' }) as { items: Item[] }
    expect(teams.items.map((n) => n.id)).toEqual([4])
  })

  it('pages with limit/offset and page, and rejects unreadable pagination', () => {
    const data = structurePortal()
    const page = (pagination: unknown) => (run(data, 'humanresources.node.list', { type: 'DEPARTMENT', pagination }) as { items: Item[] }).items.map((n) => n.id)
    expect(page({ limit: 2 })).toEqual([1, 2])
    expect(page({ limit: 2, offset: 2 })).toEqual([3, 5])
    expect(page({ limit: 2, page: 3 })).toEqual([6])
    expect(page({ limit: '2', page: 0 })).toEqual([1, 2])
    for (const bad of [{ limit: 0 }, { limit: 'abc' }, { offset: 'x' }, 'abc']) {
      const error = failure(() => page(bad))
      expect(error.code).toBe('INVALIDPAGINATIONEXCEPTION')
      expect(error.status).toBe(400)
    }
  })

  it('caps limit at 200', () => {
    const data = structurePortal()
    for (let id = 100; id < 400; id++) data.nodes.push({ ...data.nodes[2]!, id, parentId: 2 })
    const { items } = run(data, 'humanresources.node.list', { type: 'DEPARTMENT', pagination: { limit: 500 } }) as { items: Item[] }
    expect(items).toHaveLength(200)
  })

  it('validates type and select', () => {
    const data = structurePortal()
    const noType = failure(() => run(data, 'humanresources.node.list', {}, ADMIN, 'ru'))
    expect(noType.code).toBe('VALIDATION_REQUESTVALIDATIONEXCEPTION')
    expect(noType.validation).toEqual([{ field: 'type', message: 'Обязательное поле `type` не указано' }])
    expect(failure(() => run(data, 'humanresources.node.list', { type: 'GROUP' })).validation?.[0]?.field).toBe('type')
    expect(failure(() => run(data, 'humanresources.node.list', { type: 'TEAM', select: ['id', 'nope'] })).code).toBe('UNKNOWNDTOPROPERTYEXCEPTION')
    expect(failure(() => run(data, 'humanresources.node.list', { type: 'TEAM', select: 'id' })).code).toBe('INVALIDSELECTEXCEPTION')
    const { items } = run(data, 'humanresources.node.list', { type: 'TEAM', select: ['id', 'name'] }) as { items: Item[] }
    expect(items).toEqual([{ id: 4, name: 'Team Alpha' }])
  })

  it('refuses extranet users with ACCESSDENIEDEXCEPTION 403 and lets employees read', () => {
    const data = structurePortal()
    const error = failure(() => run(data, 'humanresources.node.list', { type: 'DEPARTMENT' }, EXTRANET))
    expect([error.status, error.code]).toEqual([403, 'ACCESSDENIEDEXCEPTION'])
    expect((run(data, 'humanresources.node.list', { type: 'DEPARTMENT' }, EMPLOYEE).items as Item[]).length).toBe(5)
  })
})

describe('humanresources.node.get / children / search', () => {
  it('get adds members with their roles, heads first', () => {
    const data = structurePortal()
    const { item } = run(data, 'humanresources.node.get', { id: '2' }) as { item: Item }
    expect(item.members).toEqual([
      { userId: 3, name: 'Clara Test', workPosition: 'Head of sales', role: 'MEMBER_HEAD', avatar: '', url: '/company/personal/user/3/' },
      { userId: 2, name: 'Boris Test', workPosition: 'Engineer', role: 'MEMBER_EMPLOYEE', avatar: '', url: '/company/personal/user/2/' }
    ])
    const team = run(data, 'humanresources.node.get', { id: 4, select: ['id', 'members'] }) as { item: Item }
    expect(Object.keys(team.item)).toEqual(['id', 'members'])
    expect((team.item.members as Item[])[0]!.role).toBe('MEMBER_TEAM_EMPLOYEE')
  })

  it('get: unknown id is ENTITYNOTFOUNDEXCEPTION with HTTP 400, missing id a validation error', () => {
    const data = structurePortal()
    const error = failure(() => run(data, 'humanresources.node.get', { id: 999 }, ADMIN, 'ru'))
    expect([error.status, error.code, error.message]).toEqual([400, 'ENTITYNOTFOUNDEXCEPTION', 'Запись с ID = `999` не найдена'])
    expect(failure(() => run(data, 'humanresources.node.get', {})).validation?.[0]?.field).toBe('id')
  })

  it('children returns direct children only and types the id', () => {
    const data = structurePortal()
    expect((run(data, 'humanresources.node.children', { id: 2 }).items as Item[]).map((n) => n.id)).toEqual([3, 4])
    const error = failure(() => run(data, 'humanresources.node.children', { id: 'two' }, ADMIN, 'ru'))
    expect(error.validation).toEqual([{ field: 'id', message: 'В поле `id` требуется тип данных `int` для такого запроса' }])
    expect(failure(() => run(data, 'humanresources.node.children', { id: 2, select: ['bad'] })).code).toBe('VALIDATION_REQUESTVALIDATIONEXCEPTION')
  })

  it('search matches a substring case-insensitively, within a subtree when parentId is given', () => {
    const data = structurePortal()
    const ids = (params: Item) => (run(data, 'humanresources.node.search', params).items as Item[]).map((n) => n.id)
    expect(ids({ type: 'DEPARTMENT', name: 'sales' })).toEqual([2, 3, 6])
    expect(ids({ type: 'DEPARTMENT', name: 'sales', parentId: 3 })).toEqual([6])
    expect(ids({ type: 'DEPARTMENT', name: 'sales', pagination: { limit: 1 } })).toEqual([2])
    expect(ids({ type: 'TEAM', name: 'alpha' })).toEqual([4])
    expect(failure(() => run(data, 'humanresources.node.search', { type: 'TEAM' })).validation?.[0]?.field).toBe('name')
  })
})

describe('humanresources.node.communication.list', () => {
  it('answers the documented shape for a member', () => {
    const data = structurePortal()
    const result = run(data, 'humanresources.node.communication.list', { id: 2 }, HEAD)
    expect(Object.keys(result).sort()).toEqual(Object.keys(spec('humanresources.node.communication.list').resultExample.result).sort())
    const chat = (result.chats as Item[]).find((c) => c.id === 10)!
    expect(Object.keys(chat).sort()).toEqual(Object.keys((spec('humanresources.node.communication.list').resultExample.result.chats as Item[])[0]!).sort())
    expect(chat).toMatchObject({ dialogId: 'chat10', hasAccess: true, title: 'Sales chat', type: 'CHAT', color: '#4ba984', originalNodeId: null, subtitle: 'Private chat' })
    expect(result.channels).toEqual([expect.objectContaining({ id: 11, type: 'CHANNEL', subtitle: 'Private channel' })])
  })

  it('counts private communications an employee is not in as *NoAccess and does not list them', () => {
    const data = structurePortal()
    const result = run(data, 'humanresources.node.communication.list', { id: 2 }, EMPLOYEE, 'ru')
    expect((result.chats as Item[]).map((c) => c.id)).toEqual([10])
    expect(result.chatsNoAccess).toBe(1)
    expect(result.channels).toEqual([])
    expect(result.channelsNoAccess).toBe(1)
    expect(result.collabs).toEqual([{ avatar: null, dialogId: 'chat14', hasAccess: true, id: 20, originalNodeId: null, subtitle: 'Коллаба', title: 'Partner collab', type: 'COLLAB' }])
    expect(result.collabsNoAccess).toBe(0)
  })

  it('lists them with hasAccess:false to someone who may edit the node, so it can be unbound', () => {
    const data = structurePortal()
    const result = run(data, 'humanresources.node.communication.list', { id: 2 }, ADMIN)
    expect((result.chats as Item[]).find((c) => c.id === 13)).toMatchObject({ hasAccess: false })
    expect(result.chatsNoAccess).toBe(0)
  })

  it('validates id and reports an unknown node', () => {
    const data = structurePortal()
    expect(failure(() => run(data, 'humanresources.node.communication.list', {}, ADMIN, 'ru')).validation)
      .toEqual([{ field: 'id', message: 'Обязательное поле `id` не указано' }])
    const error = failure(() => run(data, 'humanresources.node.communication.list', { id: 77 }))
    expect([error.status, error.code]).toEqual([400, 'ENTITYNOTFOUNDEXCEPTION'])
  })
})

describe('humanresources.node.communication.edit', () => {
  const edit = (data: PortalData, params: Item, userId = ADMIN) => run(data, 'humanresources.node.communication.edit', params, userId)
  const bindingsOf = (data: PortalData, nodeId: number) => data.bindings.filter((b) => b.nodeId === nodeId).map((b) => `${b.type}:${b.chatId}:${b.originalNodeId}`).sort()

  it('binds a chat, answers {success:true}, adds the node members to the chat, and is idempotent', () => {
    const data = structurePortal()
    expect(edit(data, { nodeId: 5, communicationType: 'CHAT', ids: [15] })).toEqual({ success: true })
    expect(bindingsOf(data, 5)).toEqual(['CHAT:15:null'])
    expect(data.chats.find((c) => c.id === 15)!.memberIds).toEqual([1, 6])
    edit(data, { nodeId: 5, communicationType: 'CHAT', ids: [15] })
    expect(bindingsOf(data, 5)).toEqual(['CHAT:15:null'])
    expect(data.chats.find((c) => c.id === 15)!.memberIds).toEqual([1, 6])
  })

  it('withChildren reaches the whole subtree and each descendant records originalNodeId', () => {
    const data = structurePortal()
    edit(data, { nodeId: 2, communicationType: 'CHANNEL', ids: [16], withChildren: true })
    expect(bindingsOf(data, 2)).toContain('CHANNEL:16:null')
    expect(bindingsOf(data, 3)).toEqual(['CHANNEL:16:2'])
    expect(bindingsOf(data, 4)).toEqual(['CHANNEL:16:2'])
    expect(bindingsOf(data, 6)).toEqual(['CHANNEL:16:2'])
    expect(bindingsOf(data, 5)).toEqual([])
    const listed = run(data, 'humanresources.node.communication.list', { id: 6 }, ADMIN)
    expect(listed.channels).toEqual([expect.objectContaining({ id: 16, originalNodeId: 2, hasAccess: true })])
    // a direct bind on a child turns its inherited binding into its own
    edit(data, { nodeId: 3, communicationType: 'CHANNEL', ids: [16] })
    expect(bindingsOf(data, 3)).toEqual(['CHANNEL:16:null'])
  })

  it('unbinds idempotently, and withChildren unbinds from the whole subtree', () => {
    const data = structurePortal()
    edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [15], withChildren: true })
    edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: [13, 999] })
    expect(bindingsOf(data, 2)).toEqual(['CHANNEL:11:null', 'CHAT:10:null', 'CHAT:15:null', 'COLLAB:14:null'])
    edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: [13] })
    edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: [15], withChildren: true })
    expect(data.bindings.filter((b) => b.chatId === 15)).toEqual([])
  })

  it('removes only the given type: a CHAT call does not touch a channel with the same id', () => {
    const data = structurePortal()
    edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: [11] })
    expect(bindingsOf(data, 2)).toContain('CHANNEL:11:null')
  })

  it('binds and unbinds collabs by workgroup id', () => {
    const data = structurePortal()
    edit(data, { nodeId: 5, communicationType: 'COLLAB', ids: [20] })
    expect(bindingsOf(data, 5)).toEqual(['COLLAB:14:null'])
    expect(data.workgroups.find((g) => g.id === 20)!.memberIds).toContain(6)
    expect(run(data, 'humanresources.node.communication.list', { id: 5 }, 6).collabs).toEqual([expect.objectContaining({ id: 20, dialogId: 'chat14', hasAccess: true })])
    edit(data, { nodeId: 5, communicationType: 'COLLAB', removeIds: [20] })
    expect(bindingsOf(data, 5)).toEqual([])
  })

  it('createDefault makes a private chat named after the node, owned by its head, with its members — once', () => {
    const data = structurePortal()
    const before = data.chats.length
    // the HR editor asks; the chat is still the head's
    edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true }, HR_EDITOR)
    const created = data.chats[data.chats.length - 1]!
    expect(data.chats.length).toBe(before + 1)
    expect(created).toMatchObject({ type: 'CHAT', title: 'Sales', ownerId: 3, memberIds: [3, 2] })
    expect(bindingsOf(data, 2)).toContain(`CHAT:${created.id}:null`)
    edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: 'Y' }, HR_EDITOR)
    expect(data.chats.length).toBe(before + 1)
  })

  it('createDefault makes a private channel, or a collab with its workgroup and chat', () => {
    const data = structurePortal()
    edit(data, { nodeId: 5, communicationType: 'CHANNEL', createDefault: true })
    expect(data.chats[data.chats.length - 1]).toMatchObject({ type: 'CHANNEL', title: 'Marketing', ownerId: 1, memberIds: [1, 6] })
    edit(data, { nodeId: 3, communicationType: 'COLLAB', createDefault: true, withChildren: true })
    const group = data.workgroups[data.workgroups.length - 1]!
    expect(group).toMatchObject({ type: 'collab', name: 'Sales B2B', ownerId: 3, memberIds: [3, 5] })
    const listed = run(data, 'humanresources.node.communication.list', { id: 6 })
    expect(listed.collabs).toEqual([expect.objectContaining({ id: group.id, title: 'Sales B2B', originalNodeId: 3 })])
  })

  it('employees without edit rights get ACCESSDENIEDEXCEPTION 403 and nothing changes', () => {
    const data = structurePortal()
    const snapshot = JSON.stringify(data)
    const error = failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [15] }, EMPLOYEE))
    expect([error.status, error.code]).toEqual([403, 'ACCESSDENIEDEXCEPTION'])
    expect(JSON.stringify(data)).toBe(snapshot)
  })

  it('heading a node grants no edit right: the head of Sales gets 403 on Sales and its subtree, nothing changes', () => {
    const data = structurePortal()
    const snapshot = JSON.stringify(data)
    for (const nodeId of [2, 3, 4, 6]) {
      const error = failure(() => edit(data, { nodeId, communicationType: 'CHAT', ids: [10] }, HEAD))
      expect([error.status, error.code, error.message]).toEqual([403, 'ACCESSDENIEDEXCEPTION', 'Access denied'])
    }
    expect(failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true }, HEAD)).status).toBe(403)
    expect(JSON.stringify(data)).toBe(snapshot)
  })

  it('validates with the documented English messages, before changing anything', () => {
    const data = structurePortal()
    const snapshot = JSON.stringify(data)
    expect(failure(() => edit(data, { communicationType: 'CHAT', ids: [10] })).validation)
      .toEqual([{ field: 'nodeId', message: 'Parameter "nodeId" is required.' }])
    expect(failure(() => edit(data, { nodeId: 2, ids: [10] })).validation)
      .toEqual([{ field: 'communicationType', message: 'Parameter "communicationType" is required.' }])
    expect(failure(() => edit(data, { nodeId: 2, communicationType: 'GROUP', ids: [10] })).validation)
      .toEqual([{ field: 'communicationType', message: 'Invalid "communicationType" value. Allowed: CHAT, CHANNEL, COLLAB.' }])
    // a channel id sent as a CHAT, and an unknown id: the whole call fails
    const wrongKind = failure(() => edit(data, { nodeId: 5, communicationType: 'CHAT', ids: [15, 11, 404] }))
    expect(wrongKind.code).toBe('VALIDATION_REQUESTVALIDATIONEXCEPTION')
    expect(wrongKind.validation?.[0]).toMatchObject({ field: 'ids' })
    expect(wrongKind.validation?.[0]?.message).toContain('11, 404')
    expect(failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT' })).validation?.[0]?.field).toBe('ids')
    expect(failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', ids: ['x'] })).validation?.[0]?.field).toBe('ids')
    const missingNode = failure(() => edit(data, { nodeId: 404, communicationType: 'CHAT', ids: [10] }))
    expect([missingNode.status, missingNode.code]).toEqual([400, 'ENTITYNOTFOUNDEXCEPTION'])
    expect(JSON.stringify(data)).toBe(snapshot)
  })
})

describe('humanresources.employee.search', () => {
  it('finds employees with their departments and teams, within a subtree when nodeId is given', () => {
    const data = structurePortal()
    const { items } = run(data, 'humanresources.employee.search', { name: 'boris' }, EMPLOYEE) as { items: Item[] }
    expect(items).toEqual([{
      userId: 2, name: 'Boris Test', workPosition: 'Engineer', avatar: '', url: '/company/personal/user/2/',
      departments: [{ id: 2, name: 'Sales' }], teams: [{ id: 4, name: 'Team Alpha' }]
    }])
    const inB2b = run(data, 'humanresources.employee.search', { name: 'test', nodeId: 3, select: ['userId'] }) as { items: Item[] }
    expect(inB2b.items).toEqual([{ userId: 5 }])
    expect(failure(() => run(data, 'humanresources.employee.search', {}, EMPLOYEE)).validation?.[0]?.field).toBe('name')
    expect(failure(() => run(data, 'humanresources.employee.search', { name: 'a' }, EXTRANET)).status).toBe(403)
  })
})

describe('humanresources.node.count', () => {
  it('counts the departments and teams the caller may view', () => {
    const data = structurePortal()
    expect(run(data, 'humanresources.node.count', {})).toEqual({ departments: 5, teams: 1 })
    // a kind the caller may not view counts as 0 (emulator/README.md)
    data.users.find((u) => u.id === 8)!.structureRights = { departments: 'none', teams: 'view' }
    expect(run(data, 'humanresources.node.count', {}, 8)).toEqual({ departments: 0, teams: 1 })
  })
})
