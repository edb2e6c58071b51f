import type { PortalError } from '@/b24'

type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * Plain words for a refused edit. ACCESSDENIED and ENTITYNOTFOUND get their own sentences; REST 3.0
 * codes arrive prefixed (BITRIX_REST_V3_EXCEPTION_…), so they are matched by their ending.
 */
export function describeEditError(error: PortalError, t: Translate): string {
  const code = error.code.toUpperCase()
  if (code.endsWith('ACCESSDENIEDEXCEPTION') || code === 'ACCESS_DENIED' || error.status === 403) return t('departments.errors.accessDenied')
  if (code.endsWith('ENTITYNOTFOUNDEXCEPTION')) return t('departments.errors.notFound')
  if (error.validation.length) {
    return t('departments.errors.validation', { message: error.validation.map((v) => v.message).join(' ') })
  }
  return t('departments.errors.generic', { message: error.message })
}

/**
 * Plain words for a refused read (the structure or a node's communications). Viewing is a different right
 * from editing: extranet users are outside the company structure, so a 403 here is not about editing.
 */
export function describeLoadError(error: PortalError, t: Translate): string {
  const code = error.code.toUpperCase()
  if (code.endsWith('ACCESSDENIEDEXCEPTION') || code === 'ACCESS_DENIED' || error.status === 403) return t('departments.errors.viewDenied')
  if (code.endsWith('ENTITYNOTFOUNDEXCEPTION')) return t('departments.errors.notFound')
  return t('departments.errors.generic', { message: error.message })
}
