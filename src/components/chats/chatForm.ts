/**
 * What the chat forms check in the browser before anything is sent (docs/decisions.md D14: bad input gets a
 * message on its field before any call). Messages are i18n keys under `chats.`; the components translate
 * them. How a portal error finds its field and its words: errorWords.ts.
 */
import { isChatColorName } from '@/api/chats'
import type { ChatColorName } from '@/api/chats'
import { readImageHeader, toBase64 } from '@/utils/image'
import { charCount, isBlank } from '@/utils/text'

// region avatar

/** The portal's limit for a chat avatar (im.chat.add / im.chat.updateAvatar: max 5000×5000). */
export const MAX_AVATAR_SIDE = 5000
/** Not a portal limit: a guard so a huge file is refused before it is read into memory. */
export const MAX_AVATAR_BYTES = 20 * 1024 * 1024

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
