/** What the app reads from a file's bytes itself: an image's type and size, and the Base64 the portal takes. */

export interface ImageHeader {
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/bmp'
  width: number
  height: number
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
}

function u16le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
}

function u24le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)
}

function u32(b: Uint8Array, i: number, little: boolean): number {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(i, little)
}

function jpegSize(b: Uint8Array): { width: number, height: number } | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1] ?? 0
    if (marker === 0xff) {
      i += 1
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) }
    }
    const length = u16be(b, i + 2)
    if (length < 2) return null
    i += 2 + length
  }
  return null
}

/**
 * Reads the type and size from the first bytes of a file. The file's own `type` only repeats its name's
 * extension, so a renamed text file would pass; the magic bytes are what the portal checks too.
 */
export function readImageHeader(b: Uint8Array): ImageHeader | null {
  let found: ImageHeader | null = null
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' && ascii(b, 12, 16) === 'IHDR') {
    found = { mime: 'image/png', width: u32(b, 16, false), height: u32(b, 20, false) }
  } else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    const size = jpegSize(b)
    found = size ? { mime: 'image/jpeg', ...size } : null
  } else if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) {
    found = { mime: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) }
  } else if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') {
    const chunk = ascii(b, 12, 16)
    if (chunk === 'VP8 ') found = { mime: 'image/webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
    if (chunk === 'VP8L') {
      const bits = u32(b, 21, true)
      found = { mime: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
    }
    if (chunk === 'VP8X') found = { mime: 'image/webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  } else if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
    found = { mime: 'image/bmp', width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) }
  }
  return found && found.width > 0 && found.height > 0 ? found : null
}

/** Base64 of the bytes, without any `data:` prefix — the form the portal wants. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // in slices: String.fromCharCode(...bigArray) overflows the call stack
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
