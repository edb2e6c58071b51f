import ScreenIcon from '@bitrix24/b24icons-vue/outline/ScreenIcon'
import SunIcon from '@bitrix24/b24icons-vue/outline/SunIcon'
import MoonIcon from '@bitrix24/b24icons-vue/outline/MoonIcon'
import type { ColorModePreference } from '@/stores/colorMode'

/**
 * How the header's colour-mode button shows each choice (light / dark / the system's): the kit's own icons,
 * and the key of its label. One home for the button the first screen draws (ShellHeader.vue) and for the
 * menu fetched behind it (ShellColorModeMenu.vue).
 */
export const COLOR_MODE_ICONS = { system: ScreenIcon, light: SunIcon, dark: MoonIcon } as const

export function colorModeLabelKey(preference: ColorModePreference): string {
  return `common.colorMode.${preference}`
}
