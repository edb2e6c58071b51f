/**
 * OAuth-like tokens of the emulated portal. Opaque random strings, so nothing can be guessed or decoded
 * from them; refresh retires the old pair, as a real portal does after `refreshAuth`.
 */
import { randomBytes } from 'node:crypto'
import type { PortalLang } from '../data/types.ts'
import type { TokenCheck, TokenInfo, TokenStore } from '../context.ts'

interface Session {
  accessToken: string
  refreshToken: string
  userId: number
  lang: PortalLang
  expiresAt: number
}

export const DEFAULT_TOKEN_LIFETIME = 3600

function opaque(): string {
  return randomBytes(24).toString('hex')
}

export function createTokenStore(lifetime = DEFAULT_TOKEN_LIFETIME, now: () => number = Date.now): TokenStore {
  const byAccess = new Map<string, Session>()
  const byRefresh = new Map<string, Session>()
  const history: TokenInfo[] = []

  const store: TokenStore = {
    lifetime,
    mint(userId: number, lang: PortalLang): TokenInfo {
      const session: Session = {
        accessToken: opaque(),
        refreshToken: opaque(),
        userId,
        lang,
        expiresAt: now() + store.lifetime * 1000
      }
      byAccess.set(session.accessToken, session)
      byRefresh.set(session.refreshToken, session)
      const info = {
        accessToken: session.accessToken,
        refreshToken: session.refreshToken,
        expiresIn: store.lifetime,
        userId
      }
      history.push(info)
      return { ...info }
    },
    refresh(refreshToken: string): TokenInfo | null {
      const old = byRefresh.get(refreshToken)
      if (!old) return null
      byRefresh.delete(old.refreshToken)
      byAccess.delete(old.accessToken)
      return store.mint(old.userId, old.lang)
    },
    check(accessToken: string): TokenCheck {
      const session = byAccess.get(accessToken)
      if (!session) return { ok: false, reason: 'invalid' }
      if (session.expiresAt <= now()) return { ok: false, reason: 'expired' }
      return { ok: true, userId: session.userId, lang: session.lang }
    },
    expireAll(): void {
      const past = now() - 1
      for (const session of byAccess.values()) session.expiresAt = Math.min(session.expiresAt, past)
    },
    issued(): TokenInfo[] {
      return history.map(info => ({ ...info }))
    },
    clear(): void {
      byAccess.clear()
      byRefresh.clear()
      history.length = 0
    }
  }
  return store
}
