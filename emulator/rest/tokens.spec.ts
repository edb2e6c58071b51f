// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createTokenStore } from './tokens.ts'

function clock() {
  let now = 5_000_000
  return { now: () => now, advance: (ms: number) => { now += ms } }
}

describe('token store', () => {
  it('mints distinct opaque tokens that identify the user and language', () => {
    const store = createTokenStore(3600)
    const a = store.mint(1, 'ru')
    const b = store.mint(1, 'ru')
    expect(a.accessToken).not.toBe(b.accessToken)
    expect(a.accessToken).toMatch(/^[0-9a-f]{48}$/)
    expect(a.expiresIn).toBe(3600)
    expect(store.check(a.accessToken)).toEqual({ ok: true, userId: 1, lang: 'ru' })
    expect(store.check('nope')).toEqual({ ok: false, reason: 'invalid' })
  })

  it('expires tokens after their lifetime', () => {
    const time = clock()
    const store = createTokenStore(10, time.now)
    const t = store.mint(2, 'en')
    time.advance(9_999)
    expect(store.check(t.accessToken).ok).toBe(true)
    time.advance(1)
    expect(store.check(t.accessToken)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refresh retires the old pair and keeps the session user and language', () => {
    const store = createTokenStore()
    const old = store.mint(7, 'ru')
    const fresh = store.refresh(old.refreshToken)
    expect(fresh).not.toBeNull()
    expect(store.check(fresh!.accessToken)).toEqual({ ok: true, userId: 7, lang: 'ru' })
    expect(store.check(old.accessToken)).toEqual({ ok: false, reason: 'invalid' })
    expect(store.refresh(old.refreshToken)).toBeNull()
  })

  it('expireAll expires live tokens but refresh still works; lifetime changes apply to new tokens', () => {
    const store = createTokenStore()
    const t = store.mint(1, 'en')
    store.expireAll()
    expect(store.check(t.accessToken)).toEqual({ ok: false, reason: 'expired' })
    store.lifetime = 60
    const fresh = store.refresh(t.refreshToken)!
    expect(fresh.expiresIn).toBe(60)
    expect(store.check(fresh.accessToken).ok).toBe(true)
    store.clear()
    expect(store.check(fresh.accessToken).ok).toBe(false)
  })
  it('remembers every pair it minted, refreshed and retired ones too, until cleared', () => {
    const store = createTokenStore()
    const first = store.mint(1, 'en')
    const second = store.refresh(first.refreshToken)!
    expect(store.issued().map(t => [t.accessToken, t.refreshToken]))
      .toEqual([[first.accessToken, first.refreshToken], [second.accessToken, second.refreshToken]])
    store.clear()
    expect(store.issued()).toEqual([])
  })
})
