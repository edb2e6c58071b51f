/**
 * The first-screen baseline of `npm run bench` (docs/decisions.md D19): what any app of this kind pays before
 * it can show data from the portal, and nothing of this app — Vue with the UI kit (@bitrix24/b24ui-nuxt,
 * built with the app's own vite.config.ts), b24jssdk's frame handshake, then one REST call (user.current)
 * whose answer is shown. The bench builds it into its own directory (scripts/bench/baseline.ts), serves it
 * from a second emulator as that portal's app, and times it exactly as the app's first screen.
 */
import { createApp, defineComponent, h, ref } from 'vue'
import b24UiPlugin from '@bitrix24/b24ui-nuxt/vue-plugin'
import { ApiVersion, initializeB24Frame } from '@bitrix24/b24jssdk'
import { B24App, B24Avatar } from './kit.js'

interface UserCurrent {
  NAME?: string
  LAST_NAME?: string
}

async function currentUserName(): Promise<string> {
  const $b24 = await initializeB24Frame()
  const answer = await $b24.getHttpClient(ApiVersion.v2).call('user.current', {})
  const user = answer.getData()?.result as UserCurrent | undefined
  return [user?.NAME, user?.LAST_NAME].filter(Boolean).join(' ') || '—'
}

const Baseline = defineComponent({
  setup() {
    const name = ref<string | null>(null)
    const failure = ref<string | null>(null)
    currentUserName().then(
      (value) => { name.value = value },
      (error: unknown) => { failure.value = String((error as Error).message ?? error) }
    )
    return () => h(B24App, null, {
      default: () => h('header', { class: 'flex items-center gap-2 p-4' }, failure.value !== null
        ? [h('span', { 'data-testid': 'baseline-error' }, failure.value)]
        : name.value === null
          ? []
          : [h(B24Avatar, { alt: name.value, size: 'sm' }), h('span', { 'data-testid': 'baseline-user' }, name.value)])
    })
  }
})

createApp(Baseline).use(b24UiPlugin).mount('#app')
