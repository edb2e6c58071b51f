import { describe, expect, it } from 'vitest'
import { pngBytes } from '@/testing/files'
import { readImageHeader, toBase64 } from './image'

function jpegBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 0])
}

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
