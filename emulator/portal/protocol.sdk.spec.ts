/**
 * The pure protocol pieces against the real SDK (happy-dom): a fake parent window that answers with
 * parseMessage / formatReply / buildInitData, as portal.js does, must let initializeB24Frame() finish.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FrameMessage, PortalSession } from './protocol.js'
import { buildInitData, formatReply, parseMessage } from './protocol.js'

const ORIGIN = 'http://127.0.0.1:18080'
const SID = 'sid42'

const session: PortalSession = {
  user: { id: 1, name: 'Emma Clarke', isAdmin: true, hasAppAccess: true, userType: 'employee' },
  domain: '127.0.0.1:18080', protocol: 0, lang: 'ru', memberId: 'member-1', placement: 'SETTING_CONNECTOR',
  placementOptions: { LINE: '3' }, authId: 'AUTH-1', refreshId: 'REFRESH-1', expiresIn: 3600,
  expiresAt: Date.now() + 3_600_000, serverEndpoint: `${ORIGIN}/rest/`, status: 'L'
}

function fakeParent(installed: boolean, received: FrameMessage[]) {
  return {
    postMessage(data: unknown, targetOrigin: string) {
      expect(targetOrigin).toBe(ORIGIN)
      const msg = parseMessage(data)
      if (!msg || msg.appSid !== SID) throw new Error(`unparsed message ${String(data)}`)
      received.push(msg)
      const payload = msg.command === 'getInitData'
        ? buildInitData(session, { installed, appOptions: { theme: 'dark' }, userOptions: {} }, Date.now())
        : msg.command === 'selectUser' ? { id: '2', name: 'Иван Петров', photo: '', position: '', url: '/company/personal/user/2/', sub: false, sup: false }
          : {}
      setTimeout(() => window.dispatchEvent(new MessageEvent('message', { origin: ORIGIN, data: formatReply(msg.callback, payload) })))
    }
  }
}

describe('protocol.js with the real SDK', () => {
  beforeEach(() => {
    vi.resetModules()
    window.name = `127.0.0.1:18080|0|${SID}`
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('completes the handshake and carries auth, language, placement and options', async () => {
    const received: FrameMessage[] = []
    vi.stubGlobal('parent', fakeParent(true, received))
    const { initializeB24Frame } = await import('@bitrix24/b24jssdk')
    const $b24 = await initializeB24Frame()
    expect($b24.getLang()).toBe('ru')
    expect($b24.auth.isAdmin).toBe(true)
    expect($b24.auth.getAuthData()).toMatchObject({ access_token: 'AUTH-1', refresh_token: 'REFRESH-1', member_id: 'member-1' })
    expect($b24.placement.title).toBe('SETTING_CONNECTOR')
    expect($b24.placement.options).toEqual({ LINE: '3' })
    expect($b24.options.appGet('theme')).toBe('dark')
    expect(received.map((m) => m.command)).toEqual(['getInitData'])

    await $b24.parent.setTitle('Привет: мир')
    expect(received.at(-1)).toMatchObject({ command: 'setTitle', params: { title: 'Привет: мир' } })
    const picked = await $b24.dialog.selectUser()
    expect(picked?.name).toBe('Иван Петров')
    expect(received.at(-1)).toMatchObject({ command: 'selectUser', params: { mult: false } })
    $b24.destroy()
  })

  it('answers setInstall on the first run of an app that is not installed', async () => {
    const received: FrameMessage[] = []
    vi.stubGlobal('parent', fakeParent(false, received))
    const { initializeB24Frame } = await import('@bitrix24/b24jssdk')
    const $b24 = await initializeB24Frame()
    expect(received.map((m) => m.command)).toEqual(['getInitData', 'setInstall'])
    expect(received[1]!.params).toEqual({ install: true })
    $b24.destroy()
  })
})
