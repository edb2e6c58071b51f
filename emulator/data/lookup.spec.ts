import { describe, expect, it } from 'vitest'
import { entriesOfNode, findBy, findById, forgetLookups, ofTypeById } from './lookup.ts'
import { generatePortal } from './generate.ts'

describe('indexed lookups answer what a linear scan does', () => {
  it('finds every chat, node and workgroup by id, and misses what is not there', () => {
    const data = generatePortal({ seed: 3, size: 300, hostile: false })
    for (const chat of data.chats) expect(findById(data.chats, chat.id)).toBe(chat)
    for (const node of data.nodes) expect(findById(data.nodes, node.id)).toBe(node)
    for (const chat of data.chats) expect(findBy(data.workgroups, 'chatId', chat.id)).toBe(data.workgroups.find((g) => g.chatId === chat.id))
    expect(findById(data.chats, 987_654)).toBeUndefined()
  })

  it('sees a pushed entry and a list replaced by a filtered copy', () => {
    const data = generatePortal({ seed: 3, size: 300, hostile: false })
    const node = data.nodes[5]!
    expect(entriesOfNode(data.bindings, node.id)).toEqual(data.bindings.filter((b) => b.nodeId === node.id))
    const added = { nodeId: node.id, chatId: data.chats[0]!.id, type: 'CHAT' as const, originalNodeId: null }
    data.bindings.push(added)
    expect(entriesOfNode(data.bindings, node.id)).toContain(added)
    data.bindings = data.bindings.filter((b) => b.nodeId !== node.id)
    expect(entriesOfNode(data.bindings, node.id)).toEqual([])

    const chat = { ...data.chats[0]!, id: 999_001 }
    expect(findById(data.chats, chat.id)).toBeUndefined()
    data.chats.push(chat)
    expect(findById(data.chats, chat.id)).toBe(chat)
  })

  it('answers the first of two entries with one id, as find does', () => {
    const list = [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, { id: 1, name: 'c' }]
    expect(findById(list, 1)?.name).toBe('a')
    list.shift()
    expect(findById(list, 1)?.name).toBe('c')
  })

  it('lists the nodes of a type by id, and sees a node added', () => {
    const data = generatePortal({ seed: 3, size: 300, hostile: false })
    const byId = (type: string) => data.nodes.filter((n) => n.type === type).sort((a, b) => a.id - b.id)
    expect(ofTypeById(data.nodes, 'TEAM')).toEqual(byId('TEAM'))
    data.nodes.push({ ...data.nodes[0]!, id: 0, type: 'TEAM' })
    expect(ofTypeById(data.nodes, 'TEAM')[0]!.id).toBe(0)
    expect(ofTypeById(data.nodes, 'DEPARTMENT')).toEqual(byId('DEPARTMENT'))
  })

  it('sees a record edited in place once the control API says so', () => {
    const data = generatePortal({ seed: 3, size: 300, hostile: false })
    const team = ofTypeById(data.nodes, 'TEAM')[0]!
    expect(ofTypeById(data.nodes, 'DEPARTMENT')).not.toContain(team)
    team.type = 'DEPARTMENT'
    forgetLookups()
    expect(ofTypeById(data.nodes, 'DEPARTMENT')).toContain(team)
    expect(ofTypeById(data.nodes, 'TEAM')).not.toContain(team)
  })
})
