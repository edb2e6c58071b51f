import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { PortalError } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import { chooseFile, fieldText, pngFile } from '@/testing/files'
import ChatsChatPage from './ChatsChatPage.vue'
import { dialog, signedIn } from '@/testing/chats'

/**
 * Bad input on a chat's page (issue 7): the rename field and the avatar. A refused row shows its message on
 * the field and calls nothing; an accepted row is sent as typed (api/chats trims it, chats.spec covers that).
 */
const api = await vi.hoisted(async () => (await import('@/testing/chatsApi')).chatsApiMocks())

vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))
vi.mock(import('@/api/users'), async importOriginal => ({ ...await importOriginal(), fetchUsersByIds: (await import('@/testing/chatsApi')).peopleNamedById() }))

const TOO_LONG = 'The title can be at most 255 characters long.'
const EMPTY = 'The title cannot be empty.'

const RENAMES: { name: string, title: string, refused?: string }[] = [
  { name: 'empty', title: '', refused: EMPTY },
  { name: 'only spaces and line breaks', title: ' \n\t ', refused: EMPTY },
  { name: 'only no-break spaces', title: '\u00A0\u00A0', refused: EMPTY },
  { name: 'only invisible marks (zero-width space, U+202E)', title: '\u200B\u202E', refused: EMPTY },
  { name: '256 characters', title: 'y'.repeat(256), refused: TOO_LONG },
  { name: '256 emoji', title: '🎉'.repeat(256), refused: TOO_LONG },
  { name: '255 emoji', title: '🎉'.repeat(255) },
  { name: 'HTML', title: '<img src=x onerror=alert(1)>' },
  { name: 'a script', title: '<script>alert(1)</script>' },
  { name: 'Unicode with combining marks and CJK', title: 'Cafe\u0301 中文チャット 👩‍💻' },
  { name: 'right-to-left', title: 'فريق المبيعات צוות' },
  { name: 'U+202E inside text', title: 'report\u202Efdp.exe' }
]

async function mountPage(): Promise<VueWrapper> {
  api.fetchChat.mockResolvedValue(dialog())
  api.fetchChatUserIds.mockResolvedValue([2, 3])
  return (await mountApp(ChatsChatPage, { pinia: signedIn(2), path: '/chats?chat=10', props: { chatId: 10 } })).wrapper
}

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset()
  api.fetchRecentChats.mockResolvedValue([])
  api.renameChat.mockResolvedValue(undefined)
})

describe('chat page: bad input', () => {
  it.each(RENAMES)('rename to $name', async ({ title, refused }) => {
    const page = await mountPage()
    await page.get('[data-testid="chats-rename-input"]').setValue(title)
    await page.get('[data-testid="chats-rename-input"]').element.closest('form')!.dispatchEvent(new Event('submit'))
    await flushPromises()
    if (refused) {
      expect(fieldText(page, 'chats-rename-input')).toContain(refused)
      expect(api.renameChat).not.toHaveBeenCalled()
    } else {
      expect(api.renameChat).toHaveBeenCalledWith(10, title)
    }
  })

  it('shows the portal\'s own refusal of a title on the title field', async () => {
    const page = await mountPage()
    api.renameChat.mockRejectedValue(new PortalError({ code: 'TITLE_EMPTY', message: 'Title can\'t be empty', status: 400 }))
    await page.get('[data-testid="chats-rename-input"]').setValue('\u2800')
    await page.get('[data-testid="chats-rename-input"]').element.closest('form')!.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(api.renameChat).toHaveBeenCalledTimes(1)
    expect(fieldText(page, 'chats-rename-input')).toContain(EMPTY)
  })

  it.each([
    ['a text file named .png', () => new File(['hello'], 'x.png', { type: 'image/png' }), 'This file is not an image the portal accepts'],
    ['an image of 5000×5001', () => pngFile(5000, 5001), 'at most 5000×5000 pixels']
  ])('refuses an avatar that is %s on its field and sends nothing', async (_name, file, message) => {
    const page = await mountPage()
    await chooseFile(page, 'chats-change-avatar-file', file())
    expect(fieldText(page, 'chats-change-avatar-file')).toContain(message)
    expect(page.get('[data-testid="chats-avatar-submit"]').attributes('disabled')).toBeDefined()
    expect(api.updateChatAvatar).not.toHaveBeenCalled()
  })
})
