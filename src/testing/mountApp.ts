/**
 * Mounts a component the way the app runs it: pinia, the app's router (memory history), i18n and the
 * b24ui plugin. Test-only. Feed stores through `pinia` or mock at the src/api level.
 */
import { mount } from '@vue/test-utils'
import type { ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Pinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import b24UiPlugin from '@bitrix24/b24ui-nuxt/vue-plugin'
import type { Component } from 'vue'
import { createAppRouter } from '@/router'
import { i18n, setLanguage } from '@/i18n'

export interface MountAppOptions {
  lang?: string
  path?: string
  pinia?: Pinia
}

export async function mountApp<C extends Component>(component: C, options: MountAppOptions & { props?: ComponentMountingOptions<C>['props'] } = {}) {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  await setLanguage(options.lang ?? 'en')
  await router.push(options.path ?? '/crm-fields')
  await router.isReady()
  const wrapper = mount(component as Component, {
    attachTo: document.body,
    props: options.props as Record<string, unknown> | undefined,
    global: { plugins: [pinia, router, i18n, b24UiPlugin] }
  })
  return { wrapper, router, pinia }
}
