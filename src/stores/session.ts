import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { PortalError, appHandlerUrl, connectPortal, installFinish, limitsFromPortalPlan } from '@/b24'
import type { PortalContext } from '@/b24'
import { fetchCurrentUser } from '@/api/users'
import type { CurrentUser } from '@/api/users'

/**
 * connecting       talking to the portal
 * ready            in a portal, installed, current user known
 * standalone       not inside a portal frame
 * install          an administrator opened the app to finish its installation
 * install-pending  the app is not installed yet and the person is not an administrator
 * error            the boot failed (see `error`); retry() starts again
 */
export type SessionStatus = 'connecting' | 'ready' | 'standalone' | 'install' | 'install-pending' | 'error'

export const useSessionStore = defineStore('session', () => {
  const status = ref<SessionStatus>('connecting')
  const context = shallowRef<PortalContext | null>(null)
  const user = ref<CurrentUser | null>(null)
  const error = shallowRef<PortalError | null>(null)
  const finishing = ref(false)
  const finishError = shallowRef<PortalError | null>(null)
  /** The SDK keeps reporting install mode for this page load after installFinish(); remember we did it. */
  let installFinished = false

  const isAdmin = computed(() => context.value?.isAdmin === true)
  /** Bitrix24 language code of the portal; outside a portal, the browser's language. */
  const lang = computed(() => context.value?.lang ?? (typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en'))
  const placement = computed(() => context.value?.placement ?? 'DEFAULT')

  async function loadUser(): Promise<void> {
    // the SDK's limiter from the portal's plan, asked beside user.current rather than after it (nothing
    // waits for it); meanwhile the default plan's (stricter) limits hold
    void limitsFromPortalPlan().catch(() => undefined)
    user.value = await fetchCurrentUser()
    status.value = 'ready'
  }

  async function boot(): Promise<void> {
    status.value = 'connecting'
    error.value = null
    try {
      const connected = await connectPortal()
      context.value = connected
      if (!connected) {
        status.value = 'standalone'
        return
      }
      if (connected.installMode && !installFinished) {
        status.value = connected.isAdmin ? 'install' : 'install-pending'
        return
      }
      await loadUser()
    } catch (reason) {
      error.value = PortalError.from(reason)
      status.value = 'error'
    }
  }

  /**
   * Bind what the app offers in the portal (the chat sidebar, the connector: stores/portalSetup.ts), tell
   * the portal the installation is complete, then continue as an installed app. A failed bind leaves the
   * install screen with its error; Finish again reads what the portal holds and binds only the rest.
   */
  async function finishInstall(): Promise<void> {
    finishing.value = true
    finishError.value = null
    try {
      // loaded only here, so the first screen of an installed app does not carry the install steps
      const { setUpPortal } = await import('./portalSetup')
      await setUpPortal(appHandlerUrl())
      await installFinish()
      installFinished = true
      context.value = context.value ? { ...context.value, installMode: false } : null
      status.value = 'connecting'
      await loadUser()
    } catch (reason) {
      const failure = PortalError.from(reason)
      if (status.value === 'connecting') {
        error.value = failure
        status.value = 'error'
      } else {
        finishError.value = failure
      }
    } finally {
      finishing.value = false
    }
  }

  return { status, context, user, error, finishing, finishError, isAdmin, lang, placement, boot, retry: boot, finishInstall }
})
