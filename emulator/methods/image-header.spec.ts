// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkAvatar, decodeBase64, readImageHeader } from './image-header.ts'
import { gifHeader, jpegHeader, pngHeader, webpHeader } from './chats-fixture.ts'


describe('readImageHeader', () => {
  it.each([
    ['png', pngHeader(640, 480), 'image/png'],
    ['jpeg', jpegHeader(640, 480), 'image/jpeg'],
    ['gif', gifHeader(640, 480), 'image/gif'],
    ['webp', webpHeader(640, 480), 'image/webp']
  ])('reads the type and size of a %s', (_name, bytes, mime) => {
    expect(readImageHeader(bytes)).toEqual({ mime, width: 640, height: 480 })
  })

  it('refuses text, a PDF and a truncated PNG', () => {
    expect(readImageHeader(Buffer.from('hello world, not an image'))).toBeNull()
    expect(readImageHeader(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull()
    expect(readImageHeader(pngHeader(10, 10).subarray(0, 20))).toBeNull()
  })

  it('refuses a zero-sized image', () => {
    expect(readImageHeader(pngHeader(0, 10))).toBeNull()
  })
})

describe('decodeBase64', () => {
  it('decodes plain Base64, also wrapped over lines', () => {
    expect(decodeBase64('aGVs\nbG8=')?.toString()).toBe('hello')
  })

  it('refuses a data: URL — the portal wants the bare Base64', () => {
    expect(decodeBase64('data:image/png;base64,' + pngHeader(1, 1).toString('base64'))).toBeNull()
  })

  it('refuses empty and non-Base64 text', () => {
    expect(decodeBase64('')).toBeNull()
    expect(decodeBase64('not base64!')).toBeNull()
  })
})

describe('checkAvatar', () => {
  it('accepts 5000×5000 and refuses 5001 on either side as size', () => {
    expect(checkAvatar(pngHeader(5000, 5000).toString('base64')).ok).toBe(true)
    expect(checkAvatar(pngHeader(5001, 10).toString('base64'))).toEqual({ ok: false, reason: 'size' })
    expect(checkAvatar(jpegHeader(10, 5001).toString('base64'))).toEqual({ ok: false, reason: 'size' })
  })

  it('refuses a non-image and a non-string as type', () => {
    expect(checkAvatar(Buffer.from('plain text').toString('base64'))).toEqual({ ok: false, reason: 'type' })
    expect(checkAvatar(42)).toEqual({ ok: false, reason: 'type' })
  })
})
