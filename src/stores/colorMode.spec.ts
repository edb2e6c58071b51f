import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import type { PortalContext } from '@/b24'
import { useSessionStore } from './session'
import { useColorModeStore } from './colorMode'

/** The system's `prefers-color-scheme`, switchable while the page is open (as when the OS turns dark at dusk). */
class FakeDarkQuery extends EventTarget {
  constructor(public matches: boolean, public readonly media: string) {
    super()
  }

  change(matches: boolean): void {
    this.matches = matches
    this.dispatchEvent(Object.assign(new Event('change'), { matches }))
  }
}

let systemDark: FakeDarkQuery

function systemPrefers(mode: 'light' | 'dark'): void {
  systemDark = new FakeDarkQuery(mode === 'dark', '(prefers-color-scheme: dark)')
  vi.stubGlobal('matchMedia', (query: string) => query.includes('prefers-color-scheme: dark')
    ? systemDark
    : new FakeDarkQuery(false, query))
}

let openStores: { $dispose(): void }[] = []

/** One page load: a fresh Pinia, as the app gets on every open of the frame; the previous page is closed. */
function openApp(): void {
  for (const store of openStores) store.$dispose()
  openStores = []
  setActivePinia(createPinia())
}

function useColorMode(): ReturnType<typeof useColorModeStore> {
  const store = useColorModeStore()
  openStores.push(store)
  return store
}

function signIn(userId: string, memberId = 'member-1'): void {
  const session = useSessionStore()
  session.context = { memberId, isAdmin: false } as PortalContext
  session.user = { id: userId, firstName: 'A', lastName: 'B', displayName: 'A B' }
}

function htmlMode(): string[] {
  return ['light', 'dark'].filter(mode => document.documentElement.classList.contains(mode))
}

beforeEach(() => {
  localStorage.clear()
  document.documentElement.className = ''
  systemPrefers('light')
  openApp()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('colour mode', () => {
  it('follows the system by default, before and after the user is known, and when the system changes', async () => {
    systemPrefers('dark')
    const colorMode = useColorMode()
    expect(colorMode.preference).toBe('system')
    expect(htmlMode()).toEqual(['dark'])

    signIn('1')
    await nextTick()
    expect([colorMode.preference, colorMode.resolved]).toEqual(['system', 'dark'])

    systemDark.change(false)
    await nextTick()
    expect(colorMode.resolved).toBe('light')
    expect(htmlMode()).toEqual(['light'])
  })

  it('keeps a chosen mode whatever the system does', async () => {
    signIn('1')
    const colorMode = useColorMode()
    colorMode.preference = 'dark'
    await nextTick()
    expect(htmlMode()).toEqual(['dark'])
    systemDark.change(false)
    await nextTick()
    expect(htmlMode()).toEqual(['dark'])
    colorMode.preference = 'system'
    await nextTick()
    expect(htmlMode()).toEqual(['light'])
  })

  it('remembers each user\'s own choice: a second user on the same browser does not get the first one\'s', async () => {
    signIn('1')
    useColorMode().preference = 'dark'

    openApp()
    signIn('2')
    const second = useColorMode()
    await nextTick()
    expect([second.preference, second.resolved]).toEqual(['system', 'light'])
    expect(htmlMode()).toEqual(['light'])
    second.preference = 'light'

    openApp()
    signIn('1')
    const firstAgain = useColorMode()
    await nextTick()
    expect(firstAgain.preference).toBe('dark')
    expect(htmlMode()).toEqual(['dark'])
  })

  it('keys the choice by portal as well: user 1 of another portal is somebody else', async () => {
    signIn('1', 'member-a')
    useColorMode().preference = 'dark'
    openApp()
    signIn('1', 'member-b')
    expect(useColorMode().preference).toBe('system')
  })

  it('switches to the other user\'s choice within one page load, and ignores a value it did not write', async () => {
    localStorage.setItem('comm-hub:color-mode:member-1:2', 'sepia')
    signIn('1')
    const colorMode = useColorMode()
    colorMode.preference = 'dark'
    signIn('2')
    await nextTick()
    expect(colorMode.preference).toBe('system')
    signIn('1')
    await nextTick()
    expect(colorMode.preference).toBe('dark')
  })

  it('still switches when the browser refuses storage (a third-party frame)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError') })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError') })
    try {
      signIn('1')
      const colorMode = useColorMode()
      colorMode.preference = 'dark'
      await nextTick()
      expect(htmlMode()).toEqual(['dark'])
    } finally {
      vi.restoreAllMocks()
    }
  })
})
