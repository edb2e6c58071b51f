import { PortalError } from '@/b24'

type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * A sentence for a failed connector call. The codes people can act on get their own words; register and
 * unregister failures (HTTP 200, `result.result=false`) carry the portal's own description, in the portal
 * language, which is shown as it is.
 */
export function describeOpenlinesError(error: unknown, t: Translate): string {
  const e = PortalError.from(error)
  switch (e.code) {
    case 'WRONG_AUTH_TYPE':
      return t('openlines.errors.wrongAuthType')
    case 'ACCESS_DENIED':
      return t('openlines.errors.accessDenied')
    case 'insufficient_scope':
      return t('openlines.errors.scope')
    case 'QUERY_LIMIT_EXCEEDED':
    case 'OPERATION_TIME_LIMIT':
      return t('openlines.errors.busy')
    case 'NETWORK_ERROR':
    case 'REQUEST_TIMEOUT':
      return t('openlines.errors.network')
    default:
      return t('openlines.errors.generic', { message: e.message || e.code })
  }
}
