/**
 * CRM family: crm.activity.communication.fields
 * (https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-communication-fields.html).
 * The descriptors are fixed by the portal; only the titles follow the session language.
 */
import { defineMethods } from '../rest/registry.ts'
import type { Lang } from '../data/types.ts'

interface FieldDescriptor {
  type: 'integer' | 'string'
  isReadOnly: boolean
  title: Record<Lang, string>
}

const COMMUNICATION_FIELDS: Record<string, FieldDescriptor> = {
  ID: { type: 'integer', isReadOnly: true, title: { en: 'ID', ru: 'ID' } },
  ACTIVITY_ID: { type: 'integer', isReadOnly: true, title: { en: 'Activity', ru: 'Дело' } },
  ENTITY_ID: { type: 'integer', isReadOnly: false, title: { en: 'Entity ID', ru: 'ID элемента сущности' } },
  ENTITY_TYPE_ID: { type: 'integer', isReadOnly: false, title: { en: 'Entity Type', ru: 'Тип сущности' } },
  TYPE: { type: 'string', isReadOnly: false, title: { en: 'Type', ru: 'Тип' } },
  VALUE: { type: 'string', isReadOnly: false, title: { en: 'Value', ru: 'Значение' } }
}

export const crmMethods = defineMethods({
  'crm.activity.communication.fields': {
    api: 'v2',
    scope: 'crm',
    handler(_params, call) {
      return Object.fromEntries(Object.entries(COMMUNICATION_FIELDS).map(([code, field]) => [code, {
        type: field.type,
        isRequired: false,
        isReadOnly: field.isReadOnly,
        isImmutable: false,
        isMultiple: false,
        isDynamic: false,
        title: field.title[call.lang]
      }]))
    }
  }
})
