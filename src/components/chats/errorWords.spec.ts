import { describe, expect, it } from 'vitest'
import { PortalError } from '@/b24'
import { i18n } from '@/i18n'
import { CHAT_ERROR_WORDS, chatErrorField, describeChatError } from './errorWords'
import { describeError } from '@/components/common/describeError'

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

  it('describeChatError gives the words and the field together, and no field for a refusal that names none', () => {
    expect(describeChatError(error('WRONG_COLOR'), t)).toEqual({ text: t('chats.errors.WRONG_COLOR'), field: 'color' })
    expect(describeChatError(error('ACCESS_DENIED_KICK', '', 403), t)).toEqual({ text: words(error('ACCESS_DENIED_KICK', '', 403)) })
  })
})
