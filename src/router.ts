import { createRouter, createWebHashHistory } from 'vue-router'
import type { RouteRecordRaw, RouterHistory } from 'vue-router'

/**
 * The five sections of the top navigation (the Structure section's journal is a sixth route below). Each
 * view is loaded on demand, so the first screen carries only the shell; a section's view lives in
 * src/views/<Name>View.vue. `titleKey` is the i18n key of the tab label and of the portal page title.
 */
export interface Section {
  name: string
  path: string
  titleKey: string
  component: NonNullable<RouteRecordRaw['component']>
}

export const sections: Section[] = [
  { name: 'departments', path: '/departments', titleKey: 'common.nav.departments', component: () => import('./views/DepartmentsView.vue') },
  { name: 'chats', path: '/chats', titleKey: 'common.nav.chats', component: () => import('./views/ChatsView.vue') },
  { name: 'openlines', path: '/openlines', titleKey: 'common.nav.openlines', component: () => import('./views/OpenLinesView.vue') },
  { name: 'crm-fields', path: '/crm-fields', titleKey: 'common.nav.crmFields', component: () => import('./views/CrmFieldsView.vue') },
  { name: 'structure', path: '/coverage', titleKey: 'structure.nav.structure', component: () => import('./views/StructureView.vue') }
]

export const DEFAULT_PATH = '/departments'

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string
  }
}

/** Where the app starts when the portal opens it at a placement (the Contact Center's connector settings, a chat's sidebar). */
export function landingPath(placement: string): string | null {
  if (placement === 'SETTING_CONNECTOR') return '/openlines'
  if (placement === 'IM_SIDEBAR') return CHAT_SIDEBAR_PATH
  return null
}

/** The chat sidebar's view (IM_SIDEBAR): a narrow column of its own, outside the sections' navigation. */
export const CHAT_SIDEBAR_PATH = '/chat-sidebar'

/** True when the page was opened at a section of its own (a deep link), which then wins over the placement. */
export function hasExplicitRoute(hash: string): boolean {
  const path = hash.replace(/^#/, '')
  return path !== '' && path !== '/'
}

/**
 * Hash history: the portal opens the app's page with a POST at whatever URL it was registered with, so the
 * path belongs to the portal's registration and only the hash is ours.
 */
export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  return createRouter({
    history,
    routes: [
      { path: '/', redirect: DEFAULT_PATH },
      ...sections.map(section => ({
        path: section.path,
        name: section.name,
        component: section.component,
        meta: { titleKey: section.titleKey }
      })),
      // the Structure section's second view, reached from its own tabs (StructureTabs), not from the top nav
      { path: '/journal', name: 'journal', component: () => import('./views/JournalView.vue'), meta: { titleKey: 'journal.nav' } },
      { path: CHAT_SIDEBAR_PATH, name: 'chat-sidebar', component: () => import('./views/ChatSidebarView.vue'), meta: { titleKey: 'sidebar.title' } },
      { path: '/:pathMatch(.*)*', redirect: DEFAULT_PATH }
    ]
  })
}
