import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { PortalError } from '@/b24'
import { fetchCommunicationFields } from '@/api/crm'
import type { CommunicationField } from '@/api/crm'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** CRM communication fields: loaded once per language the portal answers in, reloaded on Retry. */
export const useCrmFieldsStore = defineStore('crmFields', () => {
  const fields = ref<CommunicationField[]>([])
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<PortalError | null>(null)

  const isEmpty = computed(() => status.value === 'ready' && fields.value.length === 0)

  let inFlight: Promise<void> | null = null

  /** Load the fields (a second call while loading shares the first). */
  function load(): Promise<void> {
    if (inFlight) return inFlight
    status.value = 'loading'
    error.value = null
    inFlight = fetchCommunicationFields()
      .then((rows) => {
        fields.value = rows
        status.value = 'ready'
      })
      .catch((reason: unknown) => {
        error.value = PortalError.from(reason)
        status.value = 'error'
      })
      .finally(() => {
        inFlight = null
      })
    return inFlight
  }

  /** Load unless already loaded or loading. */
  function ensureLoaded(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve()
    return load()
  }

  return { fields, status, error, isEmpty, load, ensureLoaded }
})
