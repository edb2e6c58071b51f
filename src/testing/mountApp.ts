/**
 * Mounts a component the way the app runs it: pinia, the app's router (memory history), i18n and the
 * b24ui plugin, attached to the page (modals teleport to document.body). Test-only. Feed stores through
 * `pinia` / `session` or mock at the src/api level.
 *
 * Importing this file also cleans up after every test of the importing spec: each wrapper mountApp made is
 * unmounted and the page emptied (what teleported modals left), so a spec holds no `wrapper` of its own.
 * The hook registers at import time, during the spec's collection, the way @testing-library's auto-cleanup
 * does (https://testing-library.com/docs/vue-testing-library/api#cleanup); vitest isolates each spec file,
 * so every spec gets its own.
 */
import { afterEach } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { ComponentMountingOptions, VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Pinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import b24UiPlugin from '@bitrix24/b24ui-nuxt/vue-plugin'
import type { Component } from 'vue'
import type { PortalContext } from '@/b24'
import type { CurrentUser } from '@/api/users'
import { createAppRouter } from '@/router'
import { i18n, setLanguage } from '@/i18n'
import { useSessionStore } from '@/stores/session'

/** The portal's answer for the app's own page, as an admin, in English; `patch` says what differs. */
export function portalContext(patch: Partial<PortalContext> = {}): PortalContext {
  return {
    lang: 'en', isAdmin: true, installMode: false, placement: 'DEFAULT', placementOptions: {}, appOptions: {}, userOptions: {},
    memberId: 'm', domain: 'portal.test', ...patch
  }
}

/** A signed-in user; `patch` says who. */
export function currentUser(patch: Partial<CurrentUser> = {}): CurrentUser {
  return { id: '1', firstName: 'Ada', lastName: 'L', displayName: 'Ada L', ...patch }
}

export interface SessionSeed {
  /** merged over portalContext() */
  context?: Partial<PortalContext>
  /** merged over currentUser() */
  user?: Partial<CurrentUser>
}

/** Puts a portal context and a signed-in user into the pinia's session, as a finished boot would. */
export function seedSession(pinia: Pinia, seed: SessionSeed = {}): void {
  const session = useSessionStore(pinia)
  session.context = portalContext(seed.context)
  session.user = currentUser(seed.user)
}

export interface MountAppOptions {
  /** the language the texts are set to (the session's context keeps its own `lang`) */
  lang?: string
  path?: string
  pinia?: Pinia
  /** fill the session (into `pinia`, or a new one) before the mount */
  session?: SessionSeed
  /** let the mount's reads settle (flushPromises) before returning; false to see the state before them */
  settle?: boolean
}

const mounted: VueWrapper[] = []

afterEach(() => {
  // a spec may have unmounted one itself (to test what happens after the view is left)
  for (const wrapper of mounted.splice(0)) if (!wrapper.vm.$.isUnmounted) wrapper.unmount()
  document.body.replaceChildren()
})

export async function mountApp<C extends Component>(component: C, options: MountAppOptions & { props?: ComponentMountingOptions<C>['props'] } = {}) {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  if (options.session) seedSession(pinia, options.session)
  const router = createAppRouter(createMemoryHistory())
  await setLanguage(options.lang ?? 'en')
  await router.push(options.path ?? '/crm-fields')
  await router.isReady()
  const wrapper: VueWrapper = mount(component as Component, {
    attachTo: document.body,
    props: options.props as Record<string, unknown> | undefined,
    global: { plugins: [pinia, router, i18n, b24UiPlugin] }
  })
  mounted.push(wrapper)
  if (options.settle !== false) await flushPromises()
  return { wrapper, router, pinia }
}
