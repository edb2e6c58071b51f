import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { mountApp } from '@/testing/mountApp'
import { chooseFile, fieldText, pngBytes } from '@/testing/files'
import ChatsCreateForm from './ChatsCreateForm.vue'
import { MAX_AVATAR_BYTES } from './chatForm'
import { signedIn } from '@/testing/chats'

/**
 * Bad input, field by field, for the create form (issue 7). Each row either gets its message on its field
 * and sends nothing, or is sent — verbatim, apart from the documented trim — as the REST call im.chat.add.
 * The REST door itself is replaced, so what is asserted is exactly what would go to the portal.
 */
const door = vi.hoisted(() => ({ callV2: vi.fn(), selectUsers: vi.fn() }))
vi.mock(import('@/b24'), async importOriginal => ({ ...await importOriginal(), ...door }))

type Field = 'title' | 'description' | 'message' | 'entityType' | 'entityId'

const INPUT: Record<Field, string> = {
  title: 'chats-create-title',
  description: 'chats-create-description',
  message: 'chats-create-message',
  entityType: 'chats-create-entity-type',
  entityId: 'chats-create-entity-id'
}

const LONG = 'x'.repeat(100_000)
const HTML = '<img src=x onerror=alert(1)>'
const SCRIPT = '<script>alert(1)</script>'
const UNICODE = 'Café e\u0301 ñ 中文 日本語 😀👩‍👩‍👧'
const RTL = 'مرحبا بالعالم שלום'
const OVERRIDE = 'invoice\u202Efdp.exe'

interface Row {
  name: string
  fields: Partial<Record<Field, string>>
  /** the message on a field: nothing may be sent */
  refused?: { field: Field, message: string }
  /** the im.chat.add parameters that must be sent (a subset) */
  sent?: Record<string, unknown>
  /** parameters that must not be sent at all */
  absent?: string[]
}

const ROWS: Row[] = [
  // title: required, at most 255 characters (code points), otherwise any text, verbatim
  { name: 'empty title', fields: { title: '' }, refused: { field: 'title', message: 'Enter a title for the chat.' } },
  { name: 'title of spaces, tabs and line breaks', fields: { title: '  \t\n ' }, refused: { field: 'title', message: 'Enter a title for the chat.' } },
  { name: 'title of no-break and ideographic spaces', fields: { title: '\u00A0\u3000' }, refused: { field: 'title', message: 'Enter a title for the chat.' } },
  { name: 'title of invisible characters only (zero-width, bidi marks)', fields: { title: '\u200B\u200E\u202E\u2060\uFEFF' }, refused: { field: 'title', message: 'Enter a title for the chat.' } },
  { name: 'title of 256 characters', fields: { title: 'x'.repeat(256) }, refused: { field: 'title', message: 'The title can be at most 255 characters long.' } },
  { name: 'title of 256 emoji', fields: { title: '😀'.repeat(256) }, refused: { field: 'title', message: 'The title can be at most 255 characters long.' } },
  { name: 'title of 255 characters', fields: { title: 'x'.repeat(255) }, sent: { TITLE: 'x'.repeat(255) } },
  { name: 'title of 255 emoji (510 UTF-16 units)', fields: { title: '😀'.repeat(255) }, sent: { TITLE: '😀'.repeat(255) } },
  { name: 'title with HTML', fields: { title: HTML }, sent: { TITLE: HTML } },
  { name: 'title with a script', fields: { title: SCRIPT }, sent: { TITLE: SCRIPT } },
  { name: 'title in Unicode (combining marks, CJK, emoji, ZWJ)', fields: { title: UNICODE }, sent: { TITLE: UNICODE } },
  { name: 'title right-to-left', fields: { title: RTL }, sent: { TITLE: RTL } },
  { name: 'title with U+202E', fields: { title: OVERRIDE }, sent: { TITLE: OVERRIDE } },
  { name: 'title with surrounding spaces', fields: { title: '  Launch  ' }, sent: { TITLE: 'Launch' } },
  // description and first message: optional TEXT, no limit of ours, verbatim
  { name: 'description of spaces', fields: { title: 'T', description: '   ' }, sent: { TITLE: 'T' }, absent: ['DESCRIPTION'] },
  { name: 'description of 100,000 characters', fields: { title: 'T', description: LONG }, sent: { DESCRIPTION: LONG } },
  { name: 'description with HTML and a script', fields: { title: 'T', description: `${HTML}${SCRIPT}` }, sent: { DESCRIPTION: `${HTML}${SCRIPT}` } },
  { name: 'description in Unicode and RTL', fields: { title: 'T', description: `${UNICODE} ${RTL} ${OVERRIDE}` }, sent: { DESCRIPTION: `${UNICODE} ${RTL} ${OVERRIDE}` } },
  { name: 'message of spaces', fields: { title: 'T', message: ' \n ' }, sent: { TITLE: 'T' }, absent: ['MESSAGE'] },
  { name: 'message of 100,000 characters', fields: { title: 'T', message: LONG }, sent: { MESSAGE: LONG } },
  { name: 'message with a script', fields: { title: 'T', message: SCRIPT }, sent: { MESSAGE: SCRIPT } },
  { name: 'message right-to-left', fields: { title: 'T', message: RTL }, sent: { MESSAGE: RTL } },
  // entity: both or neither; ENTITY_TYPE at most 50, ENTITY_ID at most 255; an id is text (DEAL|5, L-1)
  { name: 'entity type without an id', fields: { title: 'T', entityType: 'APP' }, refused: { field: 'entityId', message: 'Enter the entity ID too, or clear the entity type.' } },
  { name: 'entity id without a type', fields: { title: 'T', entityId: '5' }, refused: { field: 'entityType', message: 'Enter the entity type too, or clear the entity ID.' } },
  { name: 'entity of spaces', fields: { title: 'T', entityType: '   ', entityId: '  ' }, sent: { TITLE: 'T' }, absent: ['ENTITY_TYPE', 'ENTITY_ID'] },
  { name: 'entity type of 51 characters', fields: { title: 'T', entityType: 'T'.repeat(51), entityId: '1' }, refused: { field: 'entityType', message: 'The entity type can be at most 50 characters long.' } },
  { name: 'entity id of 256 characters', fields: { title: 'T', entityType: 'APP', entityId: '1'.repeat(256) }, refused: { field: 'entityId', message: 'The entity ID can be at most 255 characters long.' } },
  { name: 'entity id with letters (ids are text)', fields: { title: 'T', entityType: 'CRM', entityId: 'DEAL|5' }, sent: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|5' } },
  { name: 'entity with HTML', fields: { title: 'T', entityType: 'APP', entityId: HTML }, sent: { ENTITY_TYPE: 'APP', ENTITY_ID: HTML } },
  { name: 'entity in Unicode and RTL', fields: { title: 'T', entityType: 'APP', entityId: `${UNICODE}${RTL}` }, sent: { ENTITY_ID: `${UNICODE}${RTL}` } },
  { name: 'SONET_GROUP entity', fields: { title: 'T', entityType: 'sonet_group', entityId: '5' }, refused: { field: 'entityType', message: 'Workgroup chats are made by their workgroup' } }
]

function restCalls(method: string): Record<string, unknown>[] {
  return door.callV2.mock.calls.filter(([m]) => m === method).map(([, params]) => params as Record<string, unknown>)
}

async function mountForm(): Promise<VueWrapper> {
  return (await mountApp(ChatsCreateForm, { pinia: signedIn(2), path: '/chats' })).wrapper
}

const chooseAvatar = (form: VueWrapper, file: File) => chooseFile(form, 'chats-create-avatar-file', file)

beforeEach(() => {
  door.callV2.mockReset()
  door.callV2.mockImplementation(async (method: string) => {
    if (method === 'im.chat.add') return 77
    if (method === 'im.recent.list') return { items: [], hasMore: false }
    return null
  })
})

describe('chat create form: bad input', () => {
  it.each(ROWS)('$name', async (row) => {
    const form = await mountForm()
    for (const [field, value] of Object.entries(row.fields) as [Field, string][]) {
      await form.get(`[data-testid="${INPUT[field]}"]`).setValue(value)
    }
    await form.get('form').trigger('submit')
    await flushPromises()
    const adds = restCalls('im.chat.add')
    if (row.refused) {
      expect(fieldText(form, INPUT[row.refused.field])).toContain(row.refused.message)
      expect(door.callV2).not.toHaveBeenCalled()
    } else {
      expect(adds).toHaveLength(1)
      expect(adds[0]).toMatchObject(row.sent!)
      for (const key of row.absent ?? []) expect(adds[0]).not.toHaveProperty(key)
      expect(form.emitted('created')).toEqual([[77]])
    }
  })

  it.each([
    ['a text file named .png', () => new File(['not an image at all'], 'fake.png', { type: 'image/png' }), 'This file is not an image the portal accepts'],
    ['an SVG (markup, not an image the portal accepts)', () => new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], 'a.svg', { type: 'image/svg+xml' }), 'This file is not an image the portal accepts'],
    ['an image larger than 5000×5000', () => new File([pngBytes(5001, 10)], 'wide.png', { type: 'image/png' }), 'at most 5000×5000 pixels'],
    ['a file larger than 20 MB', () => new File([new Uint8Array(MAX_AVATAR_BYTES + 1)], 'huge.png', { type: 'image/png' }), '20 MB']
  ])('refuses an avatar that is %s on its field and sends nothing', async (_name, file, message) => {
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('Launch')
    await chooseAvatar(form, file())
    expect(fieldText(form, 'chats-create-avatar-file')).toContain(message)
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(door.callV2).not.toHaveBeenCalled()
  })

  it('sends a 5000×5000 image as bare Base64', async () => {
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('Launch')
    await chooseAvatar(form, new File([pngBytes(5000, 5000)], 'max.png', { type: 'image/png' }))
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(restCalls('im.chat.add')[0]!.AVATAR).toMatch(/^iVBORw0KGgo/)
  })
})
