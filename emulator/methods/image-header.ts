/**
 * Reads what a portal reads from an uploaded avatar: is it an image, and how large. Only the header is parsed
 * (magic bytes + the dimension fields), which is all the portal's checks need: im.chat.updateAvatar answers
 * AVATAR_ERROR "Avatar incorrect type" for anything that is not an image and "Avatar incorrect size (max
 * 5000x5000)" above that size
 * (https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-avatar.html).
 */

export interface ImageInfo {
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/bmp'
  width: number
  height: number
}

export const MAX_AVATAR_SIDE = 5000

/**
 * Strict Base64 (the standard alphabet, optional padding, whitespace tolerated as PHP's decoder does).
 * A `data:image/png;base64,` prefix is NOT Base64: the docs ask for the bare string, and a prefixed
 * value decodes to garbage on the portal, so it must fail here too.
 */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '')
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) return null
  return Buffer.from(compact, 'base64')
}

function png(bytes: Buffer): ImageInfo | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length < 24 || !signature.every((b, i) => bytes[i] === b)) return null
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { mime: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function gif(bytes: Buffer): ImageInfo | null {
  const head = bytes.toString('latin1', 0, 6)
  if (bytes.length < 10 || (head !== 'GIF87a' && head !== 'GIF89a')) return null
  return { mime: 'image/gif', width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) }
}

function bmp(bytes: Buffer): ImageInfo | null {
  if (bytes.length < 26 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return null
  // BITMAPINFOHEADER: signed width/height; a negative height means top-down rows
  return { mime: 'image/bmp', width: Math.abs(bytes.readInt32LE(18)), height: Math.abs(bytes.readInt32LE(22)) }
}

function jpeg(bytes: Buffer): ImageInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1] ?? 0
    // padding bytes between segments
    if (marker === 0xff) {
      offset += 1
      continue
    }
    // standalone markers carry no length
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2
      continue
    }
    const length = bytes.readUInt16BE(offset + 2)
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { mime: 'image/jpeg', height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) }
    }
    if (length < 2) return null
    offset += 2 + length
  }
  return null
}

function webp(bytes: Buffer): ImageInfo | null {
  if (bytes.length < 30 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') return null
  const chunk = bytes.toString('latin1', 12, 16)
  if (chunk === 'VP8 ') {
    return { mime: 'image/webp', width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff }
  }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { mime: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X') {
    return { mime: 'image/webp', width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 }
  }
  return null
}

/** null when the bytes are not one of the image formats a portal accepts as an avatar. */
export function readImageHeader(bytes: Buffer): ImageInfo | null {
  const info = png(bytes) ?? jpeg(bytes) ?? gif(bytes) ?? webp(bytes) ?? bmp(bytes)
  if (!info || info.width <= 0 || info.height <= 0) return null
  return info
}

export type AvatarCheck =
  | { ok: true, info: ImageInfo, base64: string }
  | { ok: false, reason: 'type' | 'size' }

/** Decodes a Base64 avatar as im.chat.add / im.chat.updateAvatar receive it. */
export function checkAvatar(value: unknown): AvatarCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'type' }
  const bytes = decodeBase64(value)
  const info = bytes ? readImageHeader(bytes) : null
  if (!bytes || !info) return { ok: false, reason: 'type' }
  if (info.width > MAX_AVATAR_SIDE || info.height > MAX_AVATAR_SIDE) return { ok: false, reason: 'size' }
  return { ok: true, info, base64: bytes.toString('base64') }
}
