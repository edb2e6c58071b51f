import { describe, expect, it } from 'vitest'
import { PortalError } from '@/b24'
import { i18n } from '@/i18n'
import { describeError } from '@/components/common/describeError'
import { CHAT_ERROR_WORDS, chatErrorField, readAvatarFile, readImageHeader, toBase64, validateChatForm, validateTitle } from './chatForm'
import type { ChatFormState } from './chatForm'

/** A PNG header of the given size: all the checks read. */
function pngBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const view = new DataView(bytes.buffer)
  view.setUint32(16, width)
  view.setUint32(20, height)
  return bytes
}

function jpegBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 0])
}

const FORM: ChatFormState = { type: 'CHAT', title: 'Launch', description: '', color: null, message: '', entityType: '', entityId: '' }

describe('readImageHeader', () => {
  it('reads PNG, JPEG and GIF sizes from the bytes', () => {
    expect(readImageHeader(pngBytes(300, 200))).toEqual({ mime: 'image/png', width: 300, height: 200 })
    expect(readImageHeader(jpegBytes(640, 480))).toEqual({ mime: 'image/jpeg', width: 640, height: 480 })
    expect(readImageHeader(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 20, 0, 0, 0]))).toEqual({ mime: 'image/gif', width: 10, height: 20 })
  })

  it('refuses text that merely has an image name', () => {
    expect(readImageHeader(new TextEncoder().encode('this is a text file, not a png'))).toBeNull()
  })
})

describe('toBase64', () => {
  it('gives bare Base64, without a data: prefix', () => {
    expect(toBase64(new TextEncoder().encode('hello'))).toBe('aGVsbG8=')
  })
})

describe('readAvatarFile', () => {
  it('accepts an image up to 5000×5000 and gives its Base64 and size', async () => {
    const bytes = pngBytes(5000, 5000)
    const checked = await readAvatarFile(new File([bytes], 'a.png', { type: 'image/png' }))
    expect(checked).toMatchObject({ ok: true, width: 5000, height: 5000, base64: toBase64(bytes) })
    expect(checked.ok && checked.base64.startsWith('data:')).toBe(false)
  })

  it('refuses a larger image, and a text file named .png', async () => {
    await expect(readAvatarFile(new File([pngBytes(5001, 100)], 'big.png'))).resolves.toEqual({ ok: false, error: 'errors.avatarSize' })
    await expect(readAvatarFile(new File(['plain text'], 'fake.png', { type: 'image/png' }))).resolves.toEqual({ ok: false, error: 'errors.avatarType' })
  })
})

describe('validateChatForm', () => {
  it('passes a titled form', () => {
    expect(validateChatForm(FORM)).toEqual({})
  })

  it('wants a title, at most 255 characters', () => {
    expect(validateChatForm({ ...FORM, title: '   ' })).toEqual({ title: 'errors.titleRequired' })
    expect(validateChatForm({ ...FORM, title: 'x'.repeat(256) })).toEqual({ title: 'errors.titleTooLong' })
  })

  it('wants both entity fields or neither, and refuses SONET_GROUP', () => {
    expect(validateChatForm({ ...FORM, entityType: 'APP' })).toEqual({ entityId: 'errors.entityIdRequired' })
    expect(validateChatForm({ ...FORM, entityId: '5' })).toEqual({ entityType: 'errors.entityTypeRequired' })
    expect(validateChatForm({ ...FORM, entityType: 'sonet_group', entityId: '5' })).toEqual({ entityType: 'errors.entityTypeSonetGroup' })
  })

  it('refuses a colour that is not one of the 16 names', () => {
    expect(validateChatForm({ ...FORM, color: 'ORANGE' as never })).toEqual({ color: 'errors.WRONG_COLOR' })
  })
})

describe('validateTitle', () => {
  it('refuses a blank title the way the portal would (TITLE_EMPTY)', () => {
    expect(validateTitle(' \n')).toBe('errors.TITLE_EMPTY')
    expect(validateTitle('ok')).toBeNull()
  })
})

describe('chat errors: their words (CHAT_ERROR_WORDS) and their field', () => {
  const error = (code: string, message = '', status = 400) => new PortalError({ code, message, status })
  const t = i18n.global.t as (key: string, named?: Record<string, unknown>) => string
  const words = (e: PortalError) => describeError(e, t, CHAT_ERROR_WORDS)

  it('puts field errors on their field', () => {
    expect([words(error('TITLE_EMPTY')), chatErrorField(error('TITLE_EMPTY'))]).toEqual([t('chats.errors.TITLE_EMPTY'), 'title'])
    expect(chatErrorField(error('WRONG_COLOR'))).toBe('color')
    expect(chatErrorField(error('USER_ID_EMPTY'))).toBe('users')
    expect(chatErrorField(error('ACCESS_DENIED_KICK', '', 403))).toBeUndefined()
  })

  it('tells the two AVATAR_ERROR cases apart by the portal\'s description', () => {
    expect(words(error('AVATAR_ERROR', 'Avatar incorrect size (max 5000x5000)'))).toBe(t('chats.errors.avatarSize'))
    expect(words(error('AVATAR_ERROR', 'Avatar incorrect type'))).toBe(t('chats.errors.avatarType'))
    expect(chatErrorField(error('AVATAR_ERROR', 'Avatar incorrect type'))).toBe('avatar')
  })

  it('has words for the access errors, and keeps the portal\'s text for an unknown code', () => {
    expect(words(error('ACCESS_DENIED_KICK', '', 403))).toBe('You may not remove this participant (the owner cannot be removed).')
    expect(words(error('SOMETHING_NEW', 'Strange'))).toBe('The portal answered: Strange')
    expect(words(error('INTERNAL_SERVER_ERROR', 'x', 500))).toBe('The portal is not available right now. Try again in a moment.')
  })

  it('says the limits and the network trouble in the chat screens\' own words', () => {
    expect(words(error('QUERY_LIMIT_EXCEEDED', '', 503))).toBe('The portal is busy. Wait a moment and try again.')
    expect(words(error('OPERATION_TIME_LIMIT', '', 429))).toBe('The portal has limited this operation for a few minutes. Try again later.')
    expect(words(error('NETWORK_ERROR', 'Network Error', 0))).toBe('The portal could not be reached. Check the connection.')
    expect(words(error('REQUEST_TIMEOUT', '', 408))).toBe('The portal did not answer in time.')
  })
})
