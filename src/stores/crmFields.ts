import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { fetchCommunicationFields } from '@/api/crm'
import type { CommunicationField } from '@/api/crm'
import { useLoadState } from '@/utils/loadState'

/** CRM communication fields: loaded once per language the portal answers in, reloaded on Retry. */
export const useCrmFieldsStore = defineStore('crmFields', () => {
  const fields = ref<CommunicationField[]>([])
  const { status, error, run } = useLoadState()

  const isEmpty = computed(() => status.value === 'ready' && fields.value.length === 0)

  let inFlight: Promise<void> | null = null

  /** Load the fields (a second call while loading shares the first). */
  function load(): Promise<void> {
    if (inFlight) return inFlight
    inFlight = run(fetchCommunicationFields, (rows) => { fields.value = rows })
      .then(() => undefined)
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
