// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { PortalSession } from './protocol.js'
import {
  PORTAL_LANGS, buildInitData, buildLaunch, formatReply, frameName, noticeFor, pageQuery, parseMessage, parseOptionsText,
  parsePageQuery, redactTokens
} from './protocol.js'
import { PORTAL_LANGS as HOME_PORTAL_LANGS } from '../data/types.ts'

const session: PortalSession = {
  user: { id: 2, name: 'Иван Петров', isAdmin: false, hasAppAccess: true, userType: 'employee' },
  domain: '127.0.0.1:18080',
  protocol: 0,
  lang: 'ru',
  memberId: 'abc123',
  placement: 'SETTING_CONNECTOR',
  placementOptions: { LINE: '3' },
  authId: 'AUTH-1',
  refreshId: 'REFRESH-1',
  expiresIn: 3600,
  expiresAt: 1_000_000 + 3_600_000,
  serverEndpoint: 'http://127.0.0.1:18080/rest/',
  status: 'L'
}

describe('parseMessage', () => {
  it('reads plain commands from both ends, params containing colons included', () => {
    expect(parseMessage('getInitData:cb1:SID')).toEqual({ command: 'getInitData', params: null, callback: 'cb1', appSid: 'SID' })
    expect(parseMessage('setTitle:{"title":"a:b:c"}:cb2:SID')).toEqual({ command: 'setTitle', params: { title: 'a:b:c' }, callback: 'cb2', appSid: 'SID' })
    expect(parseMessage('setValue:"x":cb3:SID')?.params).toBe('x')
    expect(parseMessage('setValue:raw text:cb3:SID')?.params).toBe('raw text')
  })

  it('reads namespaced object commands', () => {
    expect(parseMessage({ method: 'im:setTextareaContent', params: { text: 'hi' }, callback: 'cb4', appSid: 'SID', requestId: 'r' }))
      .toEqual({ command: 'im:setTextareaContent', params: { text: 'hi' }, callback: 'cb4', appSid: 'SID' })
    expect(parseMessage({ method: 'x:y', params: '', callback: 'cb5', appSid: 'SID' })?.params).toBeNull()
  })

  it('rejects what is not a command', () => {
    for (const bad of ['', 'getInitData', 'cmd:SID', ':cb:SID', 'bad cmd:cb:SID', 42, null, [], { method: 'x' }, { callback: 'c' }]) {
      expect(parseMessage(bad)).toBeNull()
    }
  })
})

describe('replies and names', () => {
  it('formats a reply as the SDK splits it', () => {
    expect(formatReply('cb1', { a: 'x:y' })).toBe('cb1:{"a":"x:y"}')
    expect(formatReply('cb1', null)).toBe('cb1:null')
    expect(formatReply('cb1', undefined)).toBe('cb1')
  })

  it('names the frame DOMAIN|PROTOCOL|APP_SID', () => {
    expect(frameName('127.0.0.1:18080', 0, 'sid')).toBe('127.0.0.1:18080|0|sid')
  })
})

describe('buildInitData', () => {
  it('answers the full getInitData object with relative expiry and object options', () => {
    const data = buildInitData(session, { installed: true, appOptions: { a: 1 }, userOptions: { b: 2 } }, 1_000_000 + 600_000)
    expect(data).toEqual({
      DOMAIN: '127.0.0.1:18080', PROTOCOL: 0, PATH: '/rest/', LANG: 'ru', AUTH_ID: 'AUTH-1', REFRESH_ID: 'REFRESH-1',
      AUTH_EXPIRES: 3000, MEMBER_ID: 'abc123', IS_ADMIN: false, APP_OPTIONS: { a: 1 }, USER_OPTIONS: { b: 2 },
      PLACEMENT: 'SETTING_CONNECTOR', PLACEMENT_OPTIONS: { LINE: '3' }, INSTALL: false, FIRST_RUN: false
    })
  })

  it('asks for installation when the app is not installed, and never sends null options', () => {
    const state = { installed: false, appOptions: null, userOptions: [] } as unknown as Parameters<typeof buildInitData>[1]
    const data = buildInitData(session, state, session.expiresAt + 5000)
    expect(data).toMatchObject({ INSTALL: true, FIRST_RUN: true, APP_OPTIONS: {}, USER_OPTIONS: {}, AUTH_EXPIRES: 0 })
  })
})

describe('buildLaunch', () => {
  it('puts frame data in the query and tokens only in the body', () => {
    const launch = buildLaunch(session, 'http://127.0.0.1:5173/?from=portal', 'sid1')
    const action = new URL(launch.action)
    expect(Object.fromEntries(action.searchParams)).toEqual({ from: 'portal', DOMAIN: '127.0.0.1:18080', PROTOCOL: '0', LANG: 'ru', APP_SID: 'sid1' })
    expect(launch.action).not.toContain('AUTH-1')
    expect(launch.action).not.toContain('REFRESH-1')
    expect(Object.fromEntries(launch.fields)).toEqual({
      AUTH_ID: 'AUTH-1', AUTH_EXPIRES: '3600', REFRESH_ID: 'REFRESH-1', SERVER_ENDPOINT: 'http://127.0.0.1:18080/rest/',
      member_id: 'abc123', status: 'L', PLACEMENT: 'SETTING_CONNECTOR', PLACEMENT_OPTIONS: '{"LINE":"3"}'
    })
  })
})

describe('the portal language', () => {
  it('reaches the app unchanged, in the launch URL and the init data', () => {
    for (const lang of ['de', 'ar', 'vn'] as const) {
      const localized = { ...session, lang }
      expect(new URL(buildLaunch(localized, 'http://127.0.0.1:5173/', 'sid1').action).searchParams.get('LANG')).toBe(lang)
      expect(buildInitData(localized, { installed: true, appOptions: {}, userOptions: {} }, 1_000_000).LANG).toBe(lang)
    }
  })
})

describe('page state', () => {
  it('reads the query with defaults and reports what it could not use', () => {
    const options = encodeURIComponent('{"LINE":"7"}')
    expect(parsePageQuery(`?user=2&lang=ru&placement=SETTING_CONNECTOR&options=${options}`, { userId: 1, lang: 'en' }))
      .toEqual({ state: { userId: 2, lang: 'ru', placement: 'SETTING_CONNECTOR', options: { LINE: '7' } }, problems: [] })
    const bad = parsePageQuery('?user=x&lang=xx&placement=lower&options=%5B1%5D', { userId: 1, lang: 'en' })
    expect(bad.state).toEqual({ userId: 1, lang: 'en', placement: 'DEFAULT', options: {} })
    expect(bad.problems).toHaveLength(4)
    expect(bad.problems[1]).toBe(`lang "xx" is not one of ${PORTAL_LANGS.join(', ')}`)
  })

  it('accepts every portal language of Bitrix24 and refuses anything else, naming the allowed codes', () => {
    for (const lang of ['de', 'ar', 'vn']) {
      expect(parsePageQuery(`?lang=${lang}`, { userId: 1, lang: 'en' })).toEqual({
        state: { userId: 1, lang, placement: 'DEFAULT', options: {} }, problems: []
      })
    }
    for (const lang of PORTAL_LANGS) expect(parsePageQuery(`?lang=${lang}`, { userId: 1, lang: 'en' }).state.lang).toBe(lang)
    for (const bad of ['xx', 'RU', 'pt-BR', '']) {
      const { state, problems } = parsePageQuery(`?lang=${encodeURIComponent(bad)}`, { userId: 1, lang: 'de' })
      expect(state.lang).toBe('de')
      expect(problems).toEqual([`lang "${bad}" is not one of ar, br, de, en, fr, id, in, it, ja, kz, la, ms, pl, ru, sc, tc, th, tr, ua, vn`])
    }
    // the problems are written in the page's language: Russian for ru, English for every other one
    expect(parsePageQuery('?lang=ru&user=x', { userId: 1, lang: 'en' }).problems).toEqual(['user "x" — не идентификатор пользователя'])
    expect(parsePageQuery('?lang=kz&user=x', { userId: 1, lang: 'en' }).problems).toEqual(['user "x" is not a user id'])
  })

  it('keeps the same 20 codes as emulator/data/types.ts', () => {
    expect([...PORTAL_LANGS]).toEqual([...HOME_PORTAL_LANGS])
    expect(PORTAL_LANGS).toHaveLength(20)
  })

  it('round-trips the state through the page URL', () => {
    const state = { userId: 3, lang: 'ru' as const, placement: 'SETTING_CONNECTOR', options: { LINE: '2' } }
    expect(parsePageQuery(pageQuery(state), { userId: 1, lang: 'en' }).state).toEqual(state)
    const thai = { ...state, lang: 'th' as const }
    expect(parsePageQuery(pageQuery(thai), { userId: 1, lang: 'en' }).state).toEqual(thai)
    expect(pageQuery({ userId: 1, lang: 'en', placement: 'DEFAULT', options: {} })).toBe('?user=1&lang=en')
  })

  it('accepts only JSON objects as placement options', () => {
    expect(parseOptionsText('  ')).toEqual({ ok: true, value: {} })
    expect(parseOptionsText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseOptionsText('{a:1}').ok).toBe(false)
    expect(parseOptionsText('"text"').ok).toBe(false)
  })
})

describe('redactTokens and notices', () => {
  it('removes token-looking keys at any depth', () => {
    const input = { AUTH_ID: 'a', nested: [{ refresh_token: 'r', keep: 1 }], auth: 'x', title: 'ok' }
    expect(redactTokens(input)).toEqual({ AUTH_ID: '[redacted]', nested: [{ refresh_token: '[redacted]', keep: 1 }], auth: '[redacted]', title: 'ok' })
    expect(input.AUTH_ID).toBe('a')
  })

  it('says what a messenger command did', () => {
    expect(noticeFor('imOpenMessenger', { dialogId: 'chat12' })).toBe('Messenger opened: chat12')
    expect(noticeFor('imCallTo', { userId: 5, video: true })).toBe('Video call started: 5')
    expect(noticeFor('setTitle', { title: 'x' })).toBeNull()
    expect(noticeFor('imOpenMessenger', { dialogId: 'chat12' }, 'ru')).toBe('Открыт мессенджер: chat12')
    expect(noticeFor('imOpenMessenger', { dialogId: 'chat12' }, 'de')).toBe('Messenger opened: chat12')
  })
})
