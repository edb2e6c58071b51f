import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import type { PortalContext } from '@/b24'
import { useSessionStore } from '@/stores/session'
import { mountApp } from '@/testing/mountApp'
import ShellHeader from './ShellHeader.vue'

const ANNA = { id: '1', firstName: 'Anna', lastName: 'Smirnova', displayName: 'Anna Smirnova' }

let wrapper: VueWrapper | null = null

beforeEach(() => {
  localStorage.clear()
  document.documentElement.className = ''
  vi.stubGlobal('matchMedia', (media: string) => Object.assign(new EventTarget(), { matches: false, media }))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
})

function menuItems(): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]')]
}

describe('the header\'s colour mode menu', () => {
  it('offers system, light and dark from the keyboard, says which is on, and keeps the choice for this user', async () => {
    const mounted = await mountApp(ShellHeader, { props: { user: ANNA, isAdmin: false } })
    wrapper = mounted.wrapper
    const session = useSessionStore(mounted.pinia)
    session.context = { memberId: 'm1', isAdmin: false } as PortalContext
    session.user = ANNA
    await flushPromises()

    // the first screen draws the button alone; pressing it fetches the menu and opens it
    const button = wrapper.get('[data-testid="color-mode"]')
    expect(button.attributes('aria-label')).toBe('Colour mode: System')
    await button.trigger('keydown', { key: 'Enter' })
    await vi.waitFor(() => expect(menuItems()).toHaveLength(3), { timeout: 15_000 })
    expect(menuItems().map(item => [item.textContent?.trim(), item.getAttribute('aria-checked')]))
      .toEqual([['System', 'true'], ['Light', 'false'], ['Dark', 'false']])
    const trigger = wrapper.get('[data-testid="color-mode"]')
    expect(trigger.attributes('aria-expanded')).toBe('true')

    menuItems()[2]!.click()
    await flushPromises()
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    expect(trigger.attributes('aria-label')).toBe('Colour mode: Dark')
    expect(localStorage.getItem('comm-hub:color-mode:m1:1')).toBe('dark')
  })
})
