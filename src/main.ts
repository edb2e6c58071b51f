import './assets/main.css'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import b24UiPlugin from '@bitrix24/b24ui-nuxt/vue-plugin'
import App from './App.vue'
import { createAppRouter, hasExplicitRoute, landingPath } from './router'
import { i18n } from './i18n'
import { useSessionStore } from './stores/session'

// Read before the router normalises the hash: a deep link wins over the placement's landing section.
const openedAtSection = hasExplicitRoute(window.location.hash)

const pinia = createPinia()
const router = createAppRouter()

createApp(App).use(pinia).use(router).use(i18n).use(b24UiPlugin).mount('#app')

const session = useSessionStore(pinia)
void session.boot().then(() => {
  const landing = landingPath(session.placement)
  if (session.status === 'ready' && landing && !openedAtSection) void router.replace(landing)
})
