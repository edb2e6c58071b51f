// @vitest-environment node
/**
 * Structure permissions as the docs put them
 * (https://apidocs.bitrix24.com/api-reference/departments/index.html, the method pages; docs/decisions.md
 * D10): communication.edit needs "Edit Departments" on a department and "Edit Teams" on a team, the reads
 * need "View Departments" / "View Teams", heading a node grants nothing, and no method tells an app which
 * permissions a user holds (§6: only the portal's answer to an edit does).
 */
import { describe, expect, it } from 'vitest'
import type { MethodDef } from '../rest/registry.ts'
import type { PortalData } from '../data/types.ts'
import { generatePortal, HR_EDITOR_USER_ID } from '../data/generate.ts'
import { structureMethods } from './structure.ts'
import { methods } from './index.ts'
import { callAs, structurePortal, v3Failure } from './structure-fixture.ts'

const ADMIN = 1
const EMPLOYEE = 2
const HEAD = 3
const EXTRANET = 4
const HR_EDITOR = 7
const TEAMS_EDITOR = 8
const SALES = 2
const TEAM_ALPHA = 4
const MARKETING = 5

type Item = Record<string, unknown>

function run(data: PortalData, method: string, params: Item, userId: number): Item {
  return structureMethods[method]!.handler(params, callAs(data, userId)) as Item
}

const failure = v3Failure

const edit = (data: PortalData, nodeId: number, userId: number, chatId = 15) =>
  run(data, 'humanresources.node.communication.edit', { nodeId, communicationType: 'CHAT', ids: [chatId] }, userId)
const boundTo = (data: PortalData, nodeId: number) => data.bindings.filter((b) => b.nodeId === nodeId).map((b) => b.chatId).sort()

function expectDenied(data: PortalData, fn: () => unknown): void {
  const snapshot = JSON.stringify(data)
  const error = failure(fn)
  expect([error.status, error.code, error.message]).toEqual([403, 'ACCESSDENIEDEXCEPTION', 'Access denied'])
  expect(JSON.stringify(data)).toBe(snapshot)
}

describe('humanresources.node.communication.edit: who may edit', () => {
  it('the administrator edits departments and teams', () => {
    const data = structurePortal()
    expect(edit(data, MARKETING, ADMIN)).toEqual({ success: true })
    expect(edit(data, TEAM_ALPHA, ADMIN)).toEqual({ success: true })
    expect(boundTo(data, MARKETING)).toEqual([15])
    expect(boundTo(data, TEAM_ALPHA)).toEqual([15])
  })

  it('the HR editor (Edit Departments and Edit Teams) edits both kinds without heading or belonging to any node', () => {
    const data = structurePortal()
    expect(data.nodes.some((n) => n.headIds.includes(HR_EDITOR) || n.memberIds.includes(HR_EDITOR))).toBe(false)
    expect(edit(data, SALES, HR_EDITOR)).toEqual({ success: true })
    expect(edit(data, TEAM_ALPHA, HR_EDITOR)).toEqual({ success: true })
    expect(boundTo(data, SALES)).toContain(15)
    expect(boundTo(data, TEAM_ALPHA)).toEqual([15])
  })

  it('the teams-only editor edits a team and gets 403 on a department, which stays as it was', () => {
    const data = structurePortal()
    expect(edit(data, TEAM_ALPHA, TEAMS_EDITOR)).toEqual({ success: true })
    expect(boundTo(data, TEAM_ALPHA)).toEqual([15])
    expectDenied(data, () => edit(data, SALES, TEAMS_EDITOR))
    expectDenied(data, () => edit(data, MARKETING, TEAMS_EDITOR))
  })

  it('withChildren needs the edit permission on every node it reaches, teams in a department included', () => {
    const data = structurePortal()
    const withChildren = (nodeId: number, userId: number) => run(data, 'humanresources.node.communication.edit',
      { nodeId, communicationType: 'CHAT', ids: [15], withChildren: true }, userId)
    expectDenied(data, () => withChildren(SALES, TEAMS_EDITOR))
    // Sales' subtree holds Team Alpha: edit on departments alone is not enough
    data.users.find((u) => u.id === HEAD)!.structureRights = { departments: 'edit', teams: 'view' }
    expectDenied(data, () => withChildren(SALES, HEAD))
    expect(withChildren(3, HEAD)).toEqual({ success: true })
    expect(withChildren(SALES, HR_EDITOR)).toEqual({ success: true })
    expect(boundTo(data, TEAM_ALPHA)).toEqual([15])
  })

  it('a head without an edit permission gets 403 on their own node and nothing changes', () => {
    const data = structurePortal()
    expect(data.nodes.find((n) => n.id === SALES)!.headIds).toContain(HEAD)
    expectDenied(data, () => edit(data, SALES, HEAD))
    expectDenied(data, () => run(data, 'humanresources.node.communication.edit',
      { nodeId: SALES, communicationType: 'CHANNEL', createDefault: true }, HEAD))
    expectDenied(data, () => run(data, 'humanresources.node.communication.edit',
      { nodeId: SALES, communicationType: 'CHAT', removeIds: [10] }, HEAD))
  })

  it('a plain employee and an extranet user get 403', () => {
    const data = structurePortal()
    expectDenied(data, () => edit(data, SALES, EMPLOYEE))
    expectDenied(data, () => edit(data, TEAM_ALPHA, EMPLOYEE))
    expectDenied(data, () => edit(data, TEAM_ALPHA, EXTRANET))
  })

  it('follows a permission changed on the fly (as POST /_emulator/update does)', () => {
    const data = structurePortal()
    data.users.find((u) => u.id === HEAD)!.structureRights = { departments: 'edit', teams: 'view' }
    expect(edit(data, MARKETING, HEAD)).toEqual({ success: true })
    expectDenied(data, () => edit(data, TEAM_ALPHA, HEAD))
    data.users.find((u) => u.id === ADMIN)!.structureRights = { departments: 'view', teams: 'view' }
    expectDenied(data, () => edit(data, SALES, ADMIN))
  })

  it('an extranet user stays refused whatever permissions they are given', () => {
    const data = structurePortal()
    data.users.find((u) => u.id === EXTRANET)!.structureRights = { departments: 'edit', teams: 'edit' }
    expectDenied(data, () => edit(data, SALES, EXTRANET))
    expectDenied(data, () => run(data, 'humanresources.node.list', { type: 'DEPARTMENT' }, EXTRANET))
  })
})

describe('humanresources.node.communication.list: hasAccess:false follows the edit permission', () => {
  it('lists a private chat the caller is not in with hasAccess:false to an editor of that kind only', () => {
    const data = structurePortal()
    // chat 13 "Heads only" on Sales: only user 3 is a member
    const sales = (userId: number) => run(data, 'humanresources.node.communication.list', { id: SALES }, userId)
    expect((sales(HR_EDITOR).chats as Item[]).find((c) => c.id === 13)).toMatchObject({ hasAccess: false })
    expect(sales(HR_EDITOR).chatsNoAccess).toBe(0)
    expect((sales(TEAMS_EDITOR).chats as Item[]).map((c) => c.id)).not.toContain(13)
    expect(sales(TEAMS_EDITOR).chatsNoAccess).toBe(2) // chats 10 and 13
    // the head sees it because they are a member, not because they head Sales
    expect((sales(HEAD).chats as Item[]).find((c) => c.id === 13)).toMatchObject({ hasAccess: true })

    run(data, 'humanresources.node.communication.edit', { nodeId: TEAM_ALPHA, communicationType: 'CHAT', ids: [13] }, ADMIN)
    const alpha = (userId: number) => run(data, 'humanresources.node.communication.list', { id: TEAM_ALPHA }, userId)
    expect((alpha(TEAMS_EDITOR).chats as Item[]).find((c) => c.id === 13)).toMatchObject({ hasAccess: false })
    // binding added the team's members; user 6 (Marketing, views only) is not one of them
    expect(alpha(6).chats).toEqual([])
    expect(alpha(6).chatsNoAccess).toBe(1)
  })
})

describe('view permissions', () => {
  it('"View Teams" none: teams are refused or left out, departments still read', () => {
    const data = structurePortal()
    data.users.find((u) => u.id === EMPLOYEE)!.structureRights = { departments: 'view', teams: 'none' }
    expectDenied(data, () => run(data, 'humanresources.node.list', { type: 'TEAM' }, EMPLOYEE))
    expectDenied(data, () => run(data, 'humanresources.node.search', { type: 'TEAM', name: 'alpha' }, EMPLOYEE))
    expectDenied(data, () => run(data, 'humanresources.node.get', { id: TEAM_ALPHA }, EMPLOYEE))
    expectDenied(data, () => run(data, 'humanresources.node.communication.list', { id: TEAM_ALPHA }, EMPLOYEE))
    const children = run(data, 'humanresources.node.children', { id: SALES }, EMPLOYEE).items as Item[]
    expect(children.map((n) => n.id)).toEqual([3])
    expect((run(data, 'humanresources.node.list', { type: 'DEPARTMENT' }, EMPLOYEE).items as Item[]).length).toBe(5)
    expect(run(data, 'humanresources.node.communication.list', { id: SALES }, EMPLOYEE).chats).toBeDefined()
  })

  it('no view permission at all: every humanresources method answers 403', () => {
    const data = structurePortal()
    data.users.find((u) => u.id === EMPLOYEE)!.structureRights = { departments: 'none', teams: 'none' }
    for (const [method, params] of [
      ['humanresources.node.list', { type: 'DEPARTMENT' }], ['humanresources.node.get', { id: SALES }],
      ['humanresources.node.children', { id: 1 }], ['humanresources.node.search', { type: 'DEPARTMENT', name: 'sa' }],
      ['humanresources.node.communication.list', { id: SALES }], ['humanresources.employee.search', { name: 'a' }]
    ] as const) {
      expectDenied(data, () => run(data, method, params, EMPLOYEE))
    }
  })

  it('an editor of teams only still views departments (edit implies view of its own kind only)', () => {
    const data = structurePortal()
    data.users.find((u) => u.id === TEAMS_EDITOR)!.structureRights = { departments: 'none', teams: 'edit' }
    expectDenied(data, () => run(data, 'humanresources.node.get', { id: SALES }, TEAMS_EDITOR))
    expect(run(data, 'humanresources.node.get', { id: TEAM_ALPHA }, TEAMS_EDITOR).item).toMatchObject({ id: TEAM_ALPHA })
  })
})

describe('no method tells an app which structure permissions a user holds', () => {
  const reads: [string, Item][] = [
    ['app.info', {}], ['scope', {}], ['profile', {}], ['user.current', {}], ['user.get', {}], ['user.get', { ID: HR_EDITOR_USER_ID }],
    ['user.search', { FIND: 'a' }], ['im.recent.list', {}], ['socialnetwork.api.workgroup.list', {}],
    ['humanresources.node.list', { type: 'DEPARTMENT' }], ['humanresources.node.get', { id: 2 }],
    ['humanresources.employee.search', { name: 'a' }]
  ]

  it('the HR editor gets the same answers as with view rights only, and no answer names the permission', async () => {
    const answers = async (rights: PortalData['users'][number]['structureRights']) => {
      const data = generatePortal({ seed: 1, size: 25 })
      data.users[HR_EDITOR_USER_ID - 1]!.structureRights = rights
      const out: unknown[] = []
      for (const [method, params] of reads) {
        const def = (methods as Record<string, MethodDef>)[method]
        if (!def) throw new Error(`no method ${method}`)
        out.push(await def.handler(params, callAs(data, HR_EDITOR_USER_ID, 'en', def.api)))
      }
      return JSON.stringify(out)
    }
    const asEditor = await answers({ departments: 'edit', teams: 'edit' })
    expect(asEditor).toBe(await answers({ departments: 'view', teams: 'view' }))
    expect(asEditor).not.toMatch(/structureRights|"edit"/i)
  })
})
