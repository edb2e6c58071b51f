import { callV2 } from '@/b24'
import { flag, text } from './wire'

/** One field of a CRM activity communication, as crm.activity.communication.fields describes it. */
export interface CommunicationField {
  code: string
  /** In the portal's language. */
  title: string
  type: string
  isRequired: boolean
  isReadOnly: boolean
  isImmutable: boolean
  isMultiple: boolean
  isDynamic: boolean
}

export type CommunicationFieldFlag = 'isRequired' | 'isReadOnly' | 'isImmutable' | 'isMultiple' | 'isDynamic'

export const COMMUNICATION_FIELD_FLAGS: CommunicationFieldFlag[] = ['isRequired', 'isReadOnly', 'isImmutable', 'isMultiple', 'isDynamic']

type RawField = Partial<Record<CommunicationFieldFlag, unknown>> & { type?: unknown, title?: unknown }

export function toCommunicationFields(raw: unknown): CommunicationField[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return []
  // Keep the portal's order: it lists the fields the way its own forms do.
  return Object.entries(raw as Record<string, RawField | null>).map(([code, field]) => ({
    code,
    title: text(field?.title) || code,
    type: text(field?.type),
    isRequired: flag(field?.isRequired),
    isReadOnly: flag(field?.isReadOnly),
    isImmutable: flag(field?.isImmutable),
    isMultiple: flag(field?.isMultiple),
    isDynamic: flag(field?.isDynamic)
  }))
}

/** crm.activity.communication.fields (REST 2, scope crm). */
export async function fetchCommunicationFields(): Promise<CommunicationField[]> {
  return toCommunicationFields(await callV2<unknown>('crm.activity.communication.fields'))
}
