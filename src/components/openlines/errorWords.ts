import type { ErrorWords } from '@/components/common/describeError'

/**
 * The Open Channels screens' words for describeError: the connector codes people can act on get their
 * own. Register and unregister failures (HTTP 200, `result.result=false`) carry the portal's own
 * description, in the portal language, which the generic sentence shows as it is.
 */
export const CONNECTOR_ERROR_WORDS: ErrorWords = {
  codes: {
    WRONG_AUTH_TYPE: 'openlines.errors.wrongAuthType',
    insufficient_scope: 'openlines.errors.scope'
  },
  kinds: {
    accessDenied: 'openlines.errors.accessDenied',
    rateLimit: 'openlines.errors.busy',
    operatingLimit: 'openlines.errors.busy',
    network: 'openlines.errors.network',
    timeout: 'openlines.errors.network',
    generic: 'openlines.errors.generic'
  }
}
