// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { PortalData } from './types.ts'
import {
  ADMIN_USER_ID, EMPLOYEE_USER_ID, EXTRANET_USER_ID, HOSTILE_PAYLOADS, HR_EDITOR_USER_ID, NO_ACCESS_USER_ID, PORTAL_SCOPES,
  TEAMS_EDITOR_USER_ID, chatTypesFor, generatePortal, headWithoutEditRight
} from './generate.ts'

const COLORS = ['RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK', 'LIME', 'BROWN', 'AZURE',
  'KHAKI', 'SAND', 'MARENGO', 'GRAY', 'GRAPHITE']

/** Every structural rule the REST methods rely on; returns the broken ones so a failure says what broke. */
function problems(data: PortalData, markupAllowed = false): string[] {
  const out: string[] = []
  const nodes = new Map(data.nodes.map((n) => [n.id, n]))
  const users = new Map(data.users.map((u) => [u.id, u]))
  const chats = new Map(data.chats.map((c) => [c.id, c]))
  const children = new Map<number, number[]>()
  for (const n of data.nodes) if (n.parentId !== null) children.set(n.parentId, [...children.get(n.parentId) ?? [], n.id])

  const roots = data.nodes.filter((n) => n.parentId === null)
  if (roots.length !== 1 || roots[0]!.type !== 'DEPARTMENT') out.push('exactly one DEPARTMENT root')
  const reached = new Set<number>()
  const stack = roots.map((r) => r.id)
  while (stack.length > 0) {
    const id = stack.pop()!
    if (reached.has(id)) { out.push(`cycle at ${id}`); break }
    reached.add(id)
    stack.push(...children.get(id) ?? [])
  }
  if (reached.size !== data.nodes.length) out.push(`tree not connected: ${reached.size} of ${data.nodes.length}`)

  for (const n of data.nodes) {
    if (n.parentId !== null && nodes.get(n.parentId)?.type !== 'DEPARTMENT') out.push(`node ${n.id}: parent is not a department`)
    if (n.type === 'TEAM' && children.has(n.id)) out.push(`team ${n.id} has children`)
    if (n.headIds.length === 0) out.push(`node ${n.id}: no head`)
    if (n.memberIds.length === 0) out.push(`node ${n.id}: no members`)
    if (!n.headIds.every((h) => n.memberIds.includes(h))) out.push(`node ${n.id}: head not a member`)
    if (!n.memberIds.every((m) => users.has(m))) out.push(`node ${n.id}: unknown member`)
    if ((n.type === 'TEAM') !== (n.colorName !== null)) out.push(`node ${n.id}: colorName only for teams`)
  }
  for (const u of data.users) {
    for (const d of u.departmentIds) {
      const node = nodes.get(d)
      if (node?.type !== 'DEPARTMENT' || !node.memberIds.includes(u.id)) out.push(`user ${u.id}: department ${d} does not list them`)
    }
    if (u.userType === 'extranet' && u.departmentIds.length > 0) out.push(`extranet user ${u.id} in a department`)
  }
  for (const n of data.nodes) {
    if (n.type !== 'DEPARTMENT') continue
    for (const m of n.memberIds) if (!users.get(m)!.departmentIds.includes(n.id)) out.push(`node ${n.id}: member ${m} lacks it`)
  }

  for (const c of data.chats) {
    if (!COLORS.includes(c.color)) out.push(`chat ${c.id}: colour ${c.color}`)
    if (!c.memberIds.includes(c.ownerId)) out.push(`chat ${c.id}: owner not a member`)
    if (c.isExtranet !== c.memberIds.some((m) => users.get(m)!.userType === 'extranet')) out.push(`chat ${c.id}: isExtranet`)
    if (c.type === 'COLLAB') {
      const group = data.workgroups.find((g) => g.id === c.workgroupId)
      if (group?.type !== 'collab' || group.chatId !== c.id || c.entityType !== 'SONET_GROUP') out.push(`collab chat ${c.id}: workgroup link`)
    }
  }
  for (const g of data.workgroups) {
    if (g.type === 'collab' && (g.chatId === null || chats.get(g.chatId)?.type !== 'COLLAB')) out.push(`collab ${g.id}: no COLLAB chat`)
  }

  const keys = new Set<string>()
  const bound = new Map<string, number | null>()
  for (const b of data.bindings) {
    const chat = chats.get(b.chatId)
    if (!nodes.has(b.nodeId) || !chat) { out.push(`binding ${b.nodeId}/${b.chatId}: dangling`); continue }
    if (!chatTypesFor(b.type).includes(chat.type)) out.push(`binding ${b.nodeId}/${b.chatId}: ${b.type} to ${chat.type}`)
    const key = `${b.nodeId}/${b.chatId}`
    if (keys.has(key)) out.push(`binding ${key}: duplicate`)
    keys.add(key)
    bound.set(key, b.originalNodeId)
  }
  for (const b of data.bindings) {
    if (b.originalNodeId === null) continue
    let up = nodes.get(b.nodeId)!.parentId
    while (up !== null && up !== b.originalNodeId) up = nodes.get(up)!.parentId
    if (up === null) out.push(`binding ${b.nodeId}/${b.chatId}: origin ${b.originalNodeId} is not an ancestor`)
    if (bound.get(`${b.originalNodeId}/${b.chatId}`) !== null) out.push(`binding ${b.nodeId}/${b.chatId}: origin lacks a direct binding`)
  }
  // An inherited binding reaches the whole subtree of its origin.
  const origins = new Set(data.bindings.filter((b) => b.originalNodeId !== null).map((b) => `${b.originalNodeId}/${b.chatId}`))
  for (const key of origins) {
    const [origin, chatId] = key.split('/').map(Number) as [number, number]
    const sub = [...children.get(origin) ?? []]
    while (sub.length > 0) {
      const id = sub.pop()!
      if (bound.get(`${id}/${chatId}`) !== origin) out.push(`node ${id}: missing inherited ${chatId} from ${origin}`)
      sub.push(...children.get(id) ?? [])
    }
  }

  const text = [...data.users.flatMap((u) => [u.name, u.lastName, u.secondName, u.workPosition]), ...data.nodes.map((n) => n.name),
    ...data.chats.map((c) => c.title + c.description), ...data.workgroups.map((g) => g.name), ...data.openLines.map((l) => l.name)]
  const marked = text.filter((t) => /[<>&"]/.test(t))
  if (marked.length > 0 && !markupAllowed) out.push(`markup characters in ${marked.slice(0, 3).join(', ')}`)
  return out
}

describe('generatePortal', () => {
  const data = generatePortal({ seed: 1, size: 25 })

  it('is deterministic for a seed and size, and differs for another seed', () => {
    expect(JSON.stringify(generatePortal({ seed: 1, size: 25 }))).toBe(JSON.stringify(data))
    const other = generatePortal({ seed: 2, size: 25 })
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(data))
    expect(other.memberId).not.toBe(data.memberId)
    expect(data.memberId).toMatch(/^[0-9a-f]{32}$/)
  })

  it.each([3, 4, 7, 25, 60, 333])('keeps every invariant at size %i', (size) => {
    const portal = generatePortal({ seed: 7, size })
    expect(portal.nodes).toHaveLength(size)
    expect(portal.users).toHaveLength(Math.max(60, Math.round(2.4 * size)))
    expect(problems(portal)).toEqual([])
  })

  it('has a realistic default company', () => {
    expect(problems(data)).toEqual([])
    expect(data.nodes[0]).toMatchObject({ id: 1, parentId: null, type: 'DEPARTMENT', headIds: [ADMIN_USER_ID] })
    expect(data.nodes.some((n) => n.type === 'TEAM')).toBe(true)
    const depth = (id: number): number => {
      const parent = data.nodes[id - 1]!.parentId
      return parent === null ? 0 : 1 + depth(parent)
    }
    expect(Math.max(...data.nodes.map((n) => depth(n.id)))).toBeGreaterThanOrEqual(3)
    expect(data.users.some((u) => /^[A-Za-z]+$/.test(u.name))).toBe(true)
    expect(data.users.some((u) => /^[А-Яа-яЁё]+$/.test(u.name))).toBe(true)
    expect(data.nodes.some((n) => /[А-Яа-я]/.test(n.name))).toBe(true)
    expect(data).toMatchObject({ installed: true, portalName: 'acme.bitrix24.com', appOptions: {}, userOptions: {} })
    expect(data.scopes).toEqual(PORTAL_SCOPES)
  })

  it('has the fixed users tests rely on', () => {
    const [admin, employee, noAccess, extranet] = data.users
    expect(admin).toMatchObject({ id: ADMIN_USER_ID, isAdmin: true, hasAppAccess: true, departmentIds: [1] })
    expect(employee).toMatchObject({ id: EMPLOYEE_USER_ID, isAdmin: false, hasAppAccess: true, userType: 'employee' })
    expect(employee!.departmentIds.length).toBeGreaterThan(0)
    expect(data.nodes.some((n) => n.type === 'TEAM' && n.memberIds.includes(EMPLOYEE_USER_ID))).toBe(true)
    expect(noAccess).toMatchObject({ id: NO_ACCESS_USER_ID, hasAppAccess: false, isAdmin: false })
    expect(data.users.filter((u) => !u.hasAppAccess).map((u) => u.id)).toEqual([NO_ACCESS_USER_ID])
    expect(extranet).toMatchObject({ id: EXTRANET_USER_ID, userType: 'extranet' })
    expect(data.users.filter((u) => u.userType === 'extranet').length).toBeGreaterThanOrEqual(3)
    expect(data.users.filter((u) => u.isAdmin).map((u) => u.id)).toEqual([ADMIN_USER_ID])
  })

  it('has a user of each kind of structure permission, by a fixed rule', () => {
    const rights = (id: number) => data.users[id - 1]!.structureRights
    expect(rights(ADMIN_USER_ID)).toEqual({ departments: 'edit', teams: 'edit' })
    expect(rights(HR_EDITOR_USER_ID)).toEqual({ departments: 'edit', teams: 'edit' })
    expect(rights(TEAMS_EDITOR_USER_ID)).toEqual({ departments: 'view', teams: 'edit' })
    expect(rights(EMPLOYEE_USER_ID)).toEqual({ departments: 'view', teams: 'view' })
    expect(rights(EXTRANET_USER_ID)).toEqual({ departments: 'none', teams: 'none' })
    for (const id of [HR_EDITOR_USER_ID, TEAMS_EDITOR_USER_ID]) {
      expect(data.users[id - 1]).toMatchObject({ active: true, isAdmin: false, userType: 'employee', hasAppAccess: true })
    }
    const editors = data.users.filter((u) => u.structureRights.departments === 'edit' || u.structureRights.teams === 'edit')
    expect(editors.map((u) => u.id)).toEqual([ADMIN_USER_ID, HR_EDITOR_USER_ID, TEAMS_EDITOR_USER_ID])
    for (const u of data.users) {
      if (u.userType === 'extranet') expect(u.structureRights).toEqual({ departments: 'none', teams: 'none' })
      else if (!editors.includes(u)) expect(u.structureRights).toEqual({ departments: 'view', teams: 'view' })
    }
    // heading a node grants nothing: the head of Sales (user 7) views only
    const head = headWithoutEditRight(data)!
    expect(head.id).toBe(7)
    expect(data.nodes[1]).toMatchObject({ id: 2, name: 'Sales', headIds: [7] })
    expect(head.structureRights).toEqual({ departments: 'view', teams: 'view' })
  })

  it.each([[2, 25], [7, 3], [7, 333], [3, 2000]])('keeps the permission kinds for seed %i, size %i', (seed, size) => {
    const portal = generatePortal({ seed, size })
    expect(portal.users[HR_EDITOR_USER_ID - 1]).toMatchObject({ active: true, userType: 'employee', structureRights: { departments: 'edit', teams: 'edit' } })
    expect(portal.users[TEAMS_EDITOR_USER_ID - 1]).toMatchObject({ active: true, userType: 'employee', structureRights: { departments: 'view', teams: 'edit' } })
    const head = headWithoutEditRight(portal)
    expect(head).toBeDefined()
    expect(portal.nodes.some((n) => n.type === 'DEPARTMENT' && n.headIds.includes(head!.id))).toBe(true)
  })

  it('has chats, channels and collabs the admin and the employee take part in', () => {
    const types = new Set(data.chats.map((c) => c.type))
    expect([...types].sort()).toEqual(['CHANNEL', 'CHAT', 'COLLAB', 'OPEN', 'OPEN_CHANNEL'])
    for (const id of [ADMIN_USER_ID, EMPLOYEE_USER_ID]) {
      expect(data.chats.filter((c) => c.memberIds.includes(id)).length).toBeGreaterThanOrEqual(3)
    }
    expect(data.chats.some((c) => c.ownerId === EMPLOYEE_USER_ID && (c.type === 'CHAT' || c.type === 'OPEN'))).toBe(true)
    expect(data.workgroups.filter((g) => g.type === 'collab').length).toBeGreaterThanOrEqual(3)
    expect(data.workgroups.some((g) => g.type !== 'collab')).toBe(true)
  })

  it('binds directly, by inheritance, and leaves some nodes bare', () => {
    const bound = new Set(data.bindings.map((b) => b.nodeId))
    expect(data.nodes.some((n) => !bound.has(n.id))).toBe(true)
    expect(data.bindings.some((b) => b.originalNodeId !== null)).toBe(true)
    expect(new Set(data.bindings.map((b) => b.type))).toEqual(new Set(['CHAT', 'CHANNEL', 'COLLAB']))
  })

  it('has open lines and built-in connectors', () => {
    expect(data.openLines.length).toBeGreaterThanOrEqual(3)
    expect(data.openLines.length).toBeLessThanOrEqual(5)
    expect(data.openLines.map((l) => l.name)).toContain('Партнёры')
    expect(data.connectors.map((c) => c.id)).toEqual(expect.arrayContaining(['livechat', 'telegrambot', 'whatsappbyedna', 'vkgroup', 'avito']))
    for (const c of data.connectors) expect(c).toMatchObject({ id: c.id.toLowerCase(), custom: false })
    expect(data.connectors.find((c) => c.id === 'livechat')?.name).toBe('Online chat')
    for (const cl of data.connectorLines) {
      expect(data.connectors.some((c) => c.id === cl.connectorId)).toBe(true)
      expect(data.openLines.some((l) => l.id === cl.lineId)).toBe(true)
    }
  })

  it('scales to 10,000 nodes with every invariant', () => {
    const big = generatePortal({ seed: 3, size: 10_000 })
    expect(big.nodes).toHaveLength(10_000)
    expect(big.users).toHaveLength(24_000)
    expect(problems(big)).toEqual([])
  })

  it('rejects sizes it cannot build', () => {
    expect(() => generatePortal({ seed: 1, size: 2 })).toThrow(RangeError)
    expect(() => generatePortal({ seed: 1, size: 2.5 })).toThrow(RangeError)
    expect(() => generatePortal({ seed: 1.5, size: 25 })).toThrow(RangeError)
  })

  describe('hostile', () => {
    const hostile = generatePortal({ seed: 1, size: 25, hostile: true })
    const hasPayload = (text: string) => HOSTILE_PAYLOADS.some((p) => text.endsWith(p))

    it('puts a payload into every name and text a client shows, and stays valid', () => {
      expect(hostile.hostile).toBe(true)
      expect(problems(hostile, true)).toEqual([])
      const texts = [
        ...hostile.nodes.map((n) => n.name),
        ...hostile.users.flatMap((u) => [u.name, u.lastName, u.workPosition]),
        ...hostile.chats.flatMap((c) => [c.title, c.description]),
        ...hostile.workgroups.map((g) => g.name),
        ...hostile.openLines.map((l) => l.name),
        ...hostile.connectors.map((c) => c.name),
        ...hostile.connectorLines.flatMap((p) => (p.data ? [String(p.data.NAME)] : []))
      ]
      expect(texts.filter((t) => !hasPayload(t))).toEqual([])
      // every payload is used, so a client is tried against each
      for (const payload of HOSTILE_PAYLOADS) expect(texts.some((t) => t.endsWith(payload))).toBe(true)
      expect(Math.max(...hostile.chats.map((c) => c.title.length))).toBeLessThanOrEqual(255)
      expect(new Set(hostile.nodes.map((n) => n.name)).size).toBe(hostile.nodes.length)
    })

    it('keeps the ids, the structure and the ordinary words of the same seed', () => {
      const strip = (text: string) => HOSTILE_PAYLOADS.reduce((t, p) => (t.endsWith(p) ? t.slice(0, -p.length).trimEnd() : t), text)
      expect(hostile.nodes.map((n) => ({ ...n, name: strip(n.name) }))).toEqual(data.nodes)
      expect(hostile.bindings).toEqual(data.bindings)
      expect(hostile.chats.map((c) => ({ ...c, title: strip(c.title), description: strip(c.description) }))).toEqual(data.chats)
      expect(hostile.users.map((u) => ({ ...u, name: strip(u.name), lastName: strip(u.lastName), workPosition: strip(u.workPosition) }))).toEqual(data.users)
      // a collab's chat is named after its workgroup, as on a portal
      for (const g of hostile.workgroups) if (g.chatId !== null) expect(hostile.chats.find((c) => c.id === g.chatId)?.title).toBe(g.name)
      expect(data.hostile).toBeUndefined()
    })
  })
})
