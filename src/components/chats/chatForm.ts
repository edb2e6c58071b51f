/**
 * What the chat forms check in the browser before anything is sent (docs/decisions.md D14: bad input gets a
 * message on its field before any call), and how a portal error finds its field and its words.
 * Messages are i18n keys under `chats.`; the components translate them.
 */
import type { PortalError } from '@/b24'
import type { ErrorWords } from '@/components/common/describeError'
import { isChatColorName } from '@/api/chats'
import { charCount, isBlank } from '@/utils/text'
import type { ChatColorName } from '@/api/chats'

// region avatar

/** The portal's limit for a chat avatar (im.chat.add / im.chat.updateAvatar: max 5000×5000). */
export const MAX_AVATAR_SIDE = 5000
/** Not a portal limit: a guard so a huge file is refused before it is read into memory. */
export const MAX_AVATAR_BYTES = 20 * 1024 * 1024

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

export type AvatarFile =
  | { ok: true, base64: string, previewUrl: string, width: number, height: number, name: string }
  | { ok: false, error: 'errors.avatarType' | 'errors.avatarSize' | 'errors.avatarBytes' }

/** Checks a chosen file the way the portal will, and prepares what im.chat.* AVATAR takes. */
export async function readAvatarFile(file: File): Promise<AvatarFile> {
  if (file.size > MAX_AVATAR_BYTES) return { ok: false, error: 'errors.avatarBytes' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const header = readImageHeader(bytes)
  if (!header) return { ok: false, error: 'errors.avatarType' }
  if (header.width > MAX_AVATAR_SIDE || header.height > MAX_AVATAR_SIDE) return { ok: false, error: 'errors.avatarSize' }
  const base64 = toBase64(bytes)
  return { ok: true, base64, previewUrl: `data:${header.mime};base64,${base64}`, width: header.width, height: header.height, name: file.name }
}

// endregion

// region the create form

export interface ChatFormState {
  type: 'CHAT' | 'OPEN'
  title: string
  description: string
  color: ChatColorName | null
  message: string
  entityType: string
  entityId: string
}

export type ChatFormField = 'title' | 'description' | 'color' | 'message' | 'users' | 'avatar' | 'entityType' | 'entityId'

/**
 * The portal keeps titles in a 255-character column and silently keeps the first 255 (the docs name no
 * limit; the emulator does the same, emulator/README.md "Lengths"), so a longer title is refused here
 * rather than changed behind the user's back. ENTITY_TYPE (50) and ENTITY_ID (255) are columns too, and
 * a cut entity id would never be found again by im.chat.get. Description and first message are TEXT:
 * no limit of ours.
 */
export const MAX_TITLE = 255
export const MAX_ENTITY_TYPE = 50
export const MAX_ENTITY_ID = 255

/** Field → i18n key of the message; empty when the form may be sent. */
export function validateChatForm(state: ChatFormState): Partial<Record<ChatFormField, string>> {
  const errors: Partial<Record<ChatFormField, string>> = {}
  const title = state.title.trim()
  // im.chat.add would invent "Red chat #3"; a chat made here is meant to be found again, so it needs a name
  if (isBlank(title)) errors.title = 'errors.titleRequired'
  else if (charCount(title) > MAX_TITLE) errors.title = 'errors.titleTooLong'
  if (state.color !== null && !isChatColorName(state.color)) errors.color = 'errors.WRONG_COLOR'
  const entityType = state.entityType.trim()
  const entityId = state.entityId.trim()
  if (entityType && !entityId) errors.entityId = 'errors.entityIdRequired'
  if (entityId && !entityType) errors.entityType = 'errors.entityTypeRequired'
  if (charCount(entityType) > MAX_ENTITY_TYPE) errors.entityType = 'errors.entityTypeTooLong'
  if (charCount(entityId) > MAX_ENTITY_ID) errors.entityId = 'errors.entityIdTooLong'
  // the docs warn: SONET_GROUP + an existing group id creates a second system chat and breaks task chats
  if (entityType.toUpperCase() === 'SONET_GROUP') errors.entityType = 'errors.entityTypeSonetGroup'
  return errors
}

export function validateTitle(title: string): string | null {
  const trimmed = title.trim()
  if (isBlank(trimmed)) return 'errors.TITLE_EMPTY'
  if (charCount(trimmed) > MAX_TITLE) return 'errors.titleTooLong'
  return null
}

// endregion

// region portal errors

/**
 * Codes the chat methods' pages document (https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html
 * and the pages beside it), and the system ones a user can meet, that have their own words.
 */
const CHAT_CODES = [
  'CHAT_ID_EMPTY', 'DIALOG_ID_EMPTY', 'USER_ID_EMPTY', 'TITLE_EMPTY', 'WRONG_COLOR', 'WRONG_REQUEST', 'ACCESS_ERROR',
  'ACCESS_DENIED', 'ACCESS_DENIED_EXTEND', 'ACCESS_DENIED_KICK', 'USER_NOT_FOUND', 'USERS_EMPTY', 'FIND_SHORT', 'insufficient_scope'
]

/**
 * The chat screens' words for a portal error, for describeError (full message keys). AVATAR_ERROR is one
 * code for two problems; the portal's description says which ("incorrect size" / "incorrect type").
 * Unknown codes keep the portal's text.
 */
export const CHAT_ERROR_WORDS: ErrorWords = {
  codes: {
    ...Object.fromEntries(CHAT_CODES.map((code) => [code, `chats.errors.${code}`])),
    AVATAR_ERROR: (error) => (/size/i.test(error.message) ? 'chats.errors.avatarSize' : 'chats.errors.avatarType')
  },
  kinds: {
    network: 'chats.errors.NETWORK_ERROR',
    timeout: 'chats.errors.REQUEST_TIMEOUT',
    rateLimit: 'chats.errors.QUERY_LIMIT_EXCEEDED',
    operatingLimit: 'chats.errors.OPERATION_TIME_LIMIT',
    unavailable: 'chats.errors.unavailable',
    generic: 'chats.errors.generic'
  }
}

/** Which form field a portal error belongs to, when it has one. */
const FIELD_OF: Record<string, ChatFormField> = {
  TITLE_EMPTY: 'title',
  WRONG_COLOR: 'color',
  AVATAR_ERROR: 'avatar',
  USER_ID_EMPTY: 'users',
  USERS_EMPTY: 'users',
  ACCESS_DENIED_EXTEND: 'users'
}

export function chatErrorField(error: PortalError): ChatFormField | undefined {
  return Object.hasOwn(FIELD_OF, error.code) ? FIELD_OF[error.code] : undefined
}

// endregion
