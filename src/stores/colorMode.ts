import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { useColorMode } from '@vueuse/core'
import { useSessionStore } from './session'

/** What the person picked: follow the system (`prefers-color-scheme`), or one mode whatever the system says. */
export type ColorModePreference = 'system' | 'light' | 'dark'
export const COLOR_MODE_PREFERENCES: readonly ColorModePreference[] = ['system', 'light', 'dark']

const STORAGE_PREFIX = 'comm-hub:color-mode:'
/** What is stored: vueuse's names ('auto' is the system's). */
type Stored = 'auto' | 'light' | 'dark'

function isStored(value: unknown): value is Stored {
  return value === 'auto' || value === 'light' || value === 'dark'
}

function readStored(key: string | null): Stored {
  if (!key) return 'auto'
  try {
    const value = localStorage.getItem(key)
    return isStored(value) ? value : 'auto'
  } catch {
    // storage blocked in a third-party frame: follow the system, remember nothing
    return 'auto'
  }
}

function writeStored(key: string, value: Stored): void {
  try {
    if (value === 'auto') localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // storage blocked: the choice holds for this page load only
  }
}

/**
 * The colour mode. By default it follows the system (`prefers-color-scheme`); a person's own choice is
 * remembered per portal (member_id) and user, so a colleague signing in on the same browser gets their own, not the previous person's. Until the user
 * is known it follows the system. The kit's classes on <html> (`light`, `dark`) are set by vueuse's
 * useColorMode, the composable the kit itself is built on (the kit's own colour mode is switched off in
 * vite.config.ts: it keeps one storage key for everybody).
 */
export const useColorModeStore = defineStore('colorMode', () => {
  const session = useSessionStore()

  const storageKey = computed(() => {
    const memberId = session.context?.memberId
    const userId = session.user?.id
    return memberId && userId ? `${STORAGE_PREFIX}${memberId}:${userId}` : null
  })

  const stored = ref<Stored>(readStored(storageKey.value))
  watch(storageKey, (key) => { stored.value = readStored(key) })

  const mode = useColorMode({
    attribute: 'class',
    modes: { auto: '', light: 'light', dark: 'dark' },
    storageRef: stored,
    storageKey: null
  })

  const preference = computed<ColorModePreference>({
    get: () => (stored.value === 'auto' ? 'system' : stored.value),
    set(value) {
      const next: Stored = value === 'system' ? 'auto' : value
      stored.value = next
      if (storageKey.value) writeStored(storageKey.value, next)
    }
  })

  /** The mode on screen: the system's while the preference is 'system'. */
  const resolved = computed<'light' | 'dark'>(() => mode.state.value === 'dark' ? 'dark' : 'light')

  return { preference, resolved }
})
