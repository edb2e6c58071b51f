import { writeFileSync } from 'node:fs'
import { test, expect } from './fixtures.ts'
import type { PortalData } from '../emulator/data/types.ts'

/** A PNG whose header claims the given size: the browser-side and portal-side checks read the header. */
function png(path: string, width: number, height: number): string {
  const bytes = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  writeFileSync(path, bytes)
  return path
}

const fullName = (data: PortalData, id: number) => {
  const u = data.users.find(x => x.id === id)!
  return `${u.name} ${u.lastName}`
}

/** Active intranet employees other than the signed-in one, who can be added to a chat. */
function colleagues(data: PortalData, me: number, count: number): number[] {
  return data.users.filter(u => u.id !== me && u.active && u.userType === 'employee' && u.hasAppAccess).slice(0, count).map(u => u.id)
}

test.describe('Chats', () => {
  test('creates a chat with participants, a colour and an avatar, and finds it in the list', async ({ portal, chats, emulator }, info) => {
    const data = await emulator.state()
    const people = colleagues(data, 2, 2)
    await portal.open({ user: 2 })
    await chats.open()
    await chats.createButton.click()
    await chats.title.fill('Quarterly planning')
    await chats.color('LIME').click()
    await chats.avatarFile.setInputFiles(png(info.outputPath('ok.png'), 64, 64))
    await expect(chats.id('chats-create-avatar-preview')).toBeVisible()
    await chats.pickInPortal('chats-create-users-pick', people.map(id => fullName(data, id)))
    for (const id of people) await expect(chats.id(`chats-create-users-chosen-${id}`)).toBeVisible()
    await chats.submit.click()
    await expect(chats.pageTitle).toHaveText('Quarterly planning')

    const created = (await emulator.state()).chats.filter(c => c.title === 'Quarterly planning')
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({ color: 'LIME', ownerId: 2 })
    expect(created[0]!.avatar).toMatch(/^data:image\/png;base64,/)
    expect([...created[0]!.memberIds].sort()).toEqual([2, ...people].sort())

    await chats.open()
    await expect(chats.chatInList(created[0]!.id)).toContainText('Quarterly planning')
  })

  test('an empty title and an invalid avatar are refused on their fields, and nothing is sent', async ({ portal, chats, emulator }, info) => {
    await portal.open({ user: 2 })
    await chats.open()
    await chats.createButton.click()
    await chats.title.fill('   ')
    await chats.submit.click()
    await expect(portal.app.getByText('Enter a title for the chat.')).toBeVisible()
    const fake = info.outputPath('fake.png')
    writeFileSync(fake, 'not an image')
    await chats.avatarFile.setInputFiles(fake)
    await expect(portal.app.getByText(/not an image the portal accepts/)).toBeVisible()
    await chats.avatarFile.setInputFiles(png(info.outputPath('huge.png'), 6000, 10))
    await expect(portal.app.getByText(/The image is too large/)).toBeVisible()
    expect((await emulator.log()).some(e => e.method === 'im.chat.add')).toBe(false)
  })

  test('renames, recolours, adds and removes a participant', async ({ portal, chats, emulator }) => {
    const data = await emulator.state()
    const chat = data.chats.find(c => c.ownerId === 2 && c.type === 'CHAT')!
    const newcomer = colleagues(data, 2, 40).find(id => !chat.memberIds.includes(id))!
    const leaving = chat.memberIds.find(id => id !== 2)!
    await portal.open({ user: 2 })
    await chats.open()
    await chats.chatInList(chat.id).click()
    await expect(chats.pageTitle).toHaveText(chat.title)

    await chats.id('chats-rename-input').fill('Renamed by the owner')
    await chats.id('chats-rename-submit').click()
    await expect(chats.pageTitle).toHaveText('Renamed by the owner')
    const colour = chat.color === 'PINK' ? 'AZURE' : 'PINK'
    await chats.id(`chats-recolor-${colour}`).click()
    await chats.id('chats-recolor-submit').click()
    await expect(chats.id('chats-recolor-submit')).toBeDisabled()

    await chats.pickInPortal('chats-add-users-pick', [fullName(data, newcomer)])
    await chats.id('chats-add-submit').click()
    await expect(chats.id(`chats-person-${newcomer}`)).toBeVisible()
    await chats.id(`chats-remove-${leaving}`).click()
    await chats.id('chats-confirm-ok').click()
    await expect(chats.id(`chats-person-${leaving}`)).toHaveCount(0)

    const after = (await emulator.state()).chats.find(c => c.id === chat.id)!
    expect(after).toMatchObject({ title: 'Renamed by the owner', color: colour })
    expect(after.memberIds).toContain(newcomer)
    expect(after.memberIds).not.toContain(leaving)
  })

  test('hands over ownership and loses the owner\'s controls, then leaves', async ({ portal, chats, emulator }) => {
    const data = await emulator.state()
    const chat = data.chats.find(c => c.ownerId === 2 && c.type === 'CHAT')!
    const heir = chat.memberIds.find(id => id !== 2)!
    await portal.open({ user: 2 })
    await chats.open()
    await chats.chatInList(chat.id).click()
    await chats.id(`chats-make-owner-${heir}`).click()
    await chats.id('chats-confirm-ok').click()
    await expect(chats.pageRole).toHaveText('Member')
    await expect(chats.id(`chats-make-owner-${heir}`)).toHaveCount(0)
    expect((await emulator.state()).chats.find(c => c.id === chat.id)!.ownerId).toBe(heir)

    await chats.id('chats-leave').click()
    await chats.id('chats-confirm-ok').click()
    await expect(chats.list).toBeVisible()
    expect((await emulator.state()).chats.find(c => c.id === chat.id)!.memberIds).not.toContain(2)
    await expect(chats.chatInList(chat.id)).toHaveCount(0)
  })

  test('a member who is not the owner sees no owner actions', async ({ portal, chats, emulator }) => {
    const data = await emulator.state()
    const chat = data.chats.find(c => c.ownerId !== 2 && c.memberIds.includes(2) && (c.type === 'CHAT' || c.type === 'OPEN')
      && !(c.managerIds ?? []).includes(2))!
    await portal.open({ user: 2 })
    await chats.open()
    await chats.chatInList(chat.id).click()
    await expect(chats.pageTitle).toHaveText(chat.title)
    await expect(chats.pageRole).toHaveText('Member')
    for (const id of chat.memberIds) await expect(chats.id(`chats-make-owner-${id}`)).toHaveCount(0)
    await expect(chats.id(`chats-remove-${chat.ownerId}`)).toHaveCount(0)
    await expect(chats.id('chats-leave')).toBeVisible()
  })

  test('a dropped response to a create leaves exactly one chat', async ({ portal, chats, emulator }) => {
    await portal.open({ user: 2 })
    await chats.open()
    await emulator.faults({ drop: { count: 1, methods: ['im.chat.add'] } })
    await chats.createButton.click()
    await chats.title.fill('Lost answer')
    await chats.submit.click()
    // The answer never arrived: the app asks the portal what it holds instead of sending the create again.
    await expect(chats.pageTitle).toHaveText('Lost answer', { timeout: 30_000 })
    expect((await emulator.state()).chats.filter(c => c.title === 'Lost answer')).toHaveLength(1)
    const adds = (await emulator.log()).filter(e => e.method === 'im.chat.add')
    expect(adds).toHaveLength(1)
    expect(adds[0]!.fault).toBe('drop')
  })
})
