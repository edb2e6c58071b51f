import { describe, expect, it } from 'vitest'
import { pngBytes } from '@/testing/files'
import { toBase64 } from '@/utils/image'
import { readAvatarFile, validateChatForm, validateTitle } from './chatForm'
import type { ChatFormState } from './chatForm'

const FORM: ChatFormState = { type: 'CHAT', title: 'Launch', description: '', color: null, message: '', entityType: '', entityId: '' }

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
