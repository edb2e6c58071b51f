/**
 * The chat screens' words for a portal error (for describeError), and the form field an error belongs to.
 */
import type { PortalError } from '@/b24'
import { describeError } from '@/components/common/describeError'
import type { ErrorWords } from '@/components/common/describeError'
import type { ChatFormField } from './chatForm'

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

/** What a chat screen says about a portal error, and the form field it goes on when it names one. */
export function describeChatError(error: PortalError, t: Parameters<typeof describeError>[1]): { text: string, field?: ChatFormField } {
  const field = chatErrorField(error)
  return { text: describeError(error, t, CHAT_ERROR_WORDS), ...(field ? { field } : {}) }
}
