import './assets/main.css'
import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import b24UiPlugin from '@bitrix24/b24ui-nuxt/vue-plugin'
import App from './App.vue'
import { DEFAULT_PATH, createAppRouter, hasExplicitRoute, landingPath } from './router'
import { i18n } from './i18n'
import { useSessionStore } from './stores/session'
import type * as StructureModule from './stores/structure'

// Read before the router normalises the hash: a deep link wins over the placement's landing section.
const openedAtSection = hasExplicitRoute(window.location.hash)

const pinia = createPinia()
const router = createAppRouter()

const app = createApp(App).use(pinia).use(router).use(i18n).use(b24UiPlugin)

const session = useSessionStore(pinia)

/** The section the first screen shows: a deep link's, else the placement's landing, else the default. */
function firstPath(): string {
  if (openedAtSection) return router.resolve(window.location.hash.replace(/^#/, '')).path
  return landingPath(session.placement) ?? DEFAULT_PATH
}

/**
 * The Departments view's data is asked for with the boot's own calls instead of after the shell has
 * rendered and the view has mounted (issue 11: the first screen with data). The structure store needs the
 * signed-in user for its cache's key, so the load starts the moment user.current has answered — a sync
 * watcher runs before the shell's render is even queued — and the view's own call then finds it under way.
 * The node list itself needs no user: it is read as soon as the portal is connected (prefetchNodes), beside
 * user.current, and the load takes that answer.
 * The store's module is the view's, fetched with it; the feature probe it starts with goes out with the
 * boot's calls (api/features.ts shares one probe between callers).
 */
function startFirstScreenData(): void {
  let structure: Promise<typeof StructureModule> | null = null
  watch(() => session.context, (context) => {
    if (!context || context.installMode || structure || firstPath() !== DEFAULT_PATH) return
    structure = import('./stores/structure')
    // the node list needs no user: it goes out beside user.current with the feature probe it starts, and
    // the load below takes its answer
    void structure.then(({ useStructureStore }) => useStructureStore(pinia).prefetchNodes()).catch(() => undefined)
  }, { flush: 'sync' })
  watch(() => session.user, (user) => {
    if (!user || !structure) return
    void structure.then(({ useStructureStore }) => useStructureStore(pinia).ensureNodes()).catch(() => undefined)
  }, { flush: 'sync' })
}
startFirstScreenData()

/**
 * A page's first Intl.NumberFormat costs 50–100 ms on the bench's machine (the browser loads its number
 * data once), and the Departments view's progress ("n of N", vue-i18n's n()) is the first screen's first
 * number. Made the first time the page is idle — the boot waiting for the portal's answers — it is paid
 * there instead of between node.count's answer and the first rows (issue 11: the first screen).
 */
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(() => { void new Intl.NumberFormat(i18n.global.locale.value).format(0) })
}

// The handshake's message leaves before the shell's first render, which then runs while the portal answers
// (a portal page on another site answers from its own process).
const booted = session.boot()
app.mount('#app')

void booted.then(() => {
  const landing = landingPath(session.placement)
  if (session.status === 'ready' && landing && !openedAtSection) void router.replace(landing)
})
