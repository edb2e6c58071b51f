import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { setTitle } from '@/b24'

/** The portal page title and the document title follow the current section and the language. */
export function usePortalTitle(): void {
  const route = useRoute()
  const { t } = useI18n()

  watchEffect(() => {
    const appName = t('common.appName')
    const section = route.meta.titleKey ? t(route.meta.titleKey) : ''
    document.title = section ? `${section} — ${appName}` : appName
    if (section) setTitle(section)
  })
}
