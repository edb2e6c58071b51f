import { describe, expect, it } from 'vitest'
import { PortalError } from '@/b24'
import type { PortalErrorInit } from '@/b24/errors'
import { i18n } from '@/i18n'
import { STRUCTURE_EDIT_WORDS, STRUCTURE_READ_WORDS } from '@/components/departments/errorWords'
import { CONNECTOR_ERROR_WORDS } from '@/components/openlines/errorWords'
import { describeError, errorKind, portalWords } from './describeError'
import type { ErrorKind, ErrorWords } from './describeError'

const t = i18n.global.t as (key: string, named?: Record<string, unknown>) => string
const error = (code: string, status = 400, more: Partial<PortalErrorInit> = {}) => new PortalError({ code, message: `${code} text`, status, ...more })
const V3 = 'BITRIX_REST_V3_EXCEPTION_'
const FIELD_ERROR = { validation: [{ field: 'communicationType', message: 'A channel is not a chat.' }] }

describe('errorKind', () => {
  it.each<[string, number, Partial<PortalErrorInit>, ErrorKind]>([
    ['NETWORK_ERROR', 0, {}, 'network'],
    ['REQUEST_TIMEOUT', 0, {}, 'timeout'],
    ['PORTAL_INIT_TIMEOUT', 0, {}, 'timeout'],
    ['SOMETHING', 408, {}, 'timeout'],
    ['QUERY_LIMIT_EXCEEDED', 503, {}, 'rateLimit'],
    ['OPERATION_TIME_LIMIT', 429, {}, 'operatingLimit'],
    ['ACCESS_DENIED', 403, {}, 'accessDenied'],
    [`${V3}ACCESSDENIEDEXCEPTION`, 403, {}, 'accessDenied'],
    ['user_access_error', 403, {}, 'accessDenied'],
    [`${V3}ENTITYNOTFOUNDEXCEPTION`, 400, {}, 'notFound'],
    [`${V3}VALIDATION_REQUESTVALIDATIONEXCEPTION`, 400, FIELD_ERROR, 'validation'],
    ['INTERNAL_SERVER_ERROR', 500, {}, 'unavailable'],
    ['JSSDK_SOMETHING', 0, { retryable: true }, 'unavailable'],
    ['WRONG_REQUEST', 200, {}, 'generic'],
    ['insufficient_scope', 401, {}, 'generic']
  ])('%s (HTTP %i) %o → %s', (code, status, more, kind) => {
    expect(errorKind(error(code, status, more))).toBe(kind)
  })
})

describe('describeError: the common words', () => {
  it.each([
    ['NETWORK_ERROR', 0, 'The portal could not be reached. Check the connection and try again.'],
    ['REQUEST_TIMEOUT', 408, 'The portal could not be reached. Check the connection and try again.'],
    ['QUERY_LIMIT_EXCEEDED', 503, 'The portal answered with an error: QUERY_LIMIT_EXCEEDED text'],
    ['ACCESS_DENIED', 403, 'The portal answered with an error: ACCESS_DENIED text'],
    ['INTERNAL_SERVER_ERROR', 500, 'The portal answered with an error: INTERNAL_SERVER_ERROR text'],
    ['WRONG_REQUEST', 200, 'The portal answered with an error: WRONG_REQUEST text']
  ])('%s (HTTP %i) → %s', (code, status, text) => {
    expect(describeError(error(code, status), t)).toBe(text)
  })

  it('carries the portal\'s field errors for a validation failure, else its message, else its code', () => {
    const invalid = error(`${V3}VALIDATION_REQUESTVALIDATIONEXCEPTION`, 400, FIELD_ERROR)
    expect(portalWords(invalid)).toBe('A channel is not a chat.')
    expect(describeError(invalid, t)).toBe('The portal answered with an error: A channel is not a chat.')
    expect(portalWords(new PortalError({ code: 'NO_TEXT', message: '' }))).toBe('NO_TEXT')
  })

  it('words anything thrown, not only a PortalError', () => {
    expect(describeError(new Error('boom'), t)).toBe('The portal answered with an error: boom')
    expect(describeError({ code: 'NETWORK_ERROR', message: 'Network Error', status: 0 }, t)).toBe('The portal could not be reached. Check the connection and try again.')
  })
})

describe('describeError: a view\'s own words', () => {
  const fake = (key: string, named?: Record<string, unknown>) => `${key}${named ? ` ${JSON.stringify(named)}` : ''}`
  const words: ErrorWords = {
    codes: { SPECIAL: 'view.special', BY_TEXT: (e) => (/size/.test(e.message) ? 'view.size' : 'view.type') },
    kinds: { accessDenied: 'view.accessDenied', generic: 'view.generic' }
  }

  it('takes the code first, then the kind, then the common words, then the view\'s generic sentence', () => {
    expect(describeError(error('SPECIAL', 403), fake, words)).toBe('view.special {"message":"SPECIAL text"}')
    expect(describeError(error('ACCESS_DENIED', 403), fake, words)).toBe('view.accessDenied {"message":"ACCESS_DENIED text"}')
    expect(describeError(error('NETWORK_ERROR', 0), fake, words)).toBe('common.errors.network {"message":"NETWORK_ERROR text"}')
    expect(describeError(error('INTERNAL_SERVER_ERROR', 500), fake, words)).toBe('view.generic {"message":"INTERNAL_SERVER_ERROR text"}')
    expect(describeError(error('ODD', 400), fake)).toBe('common.errors.generic {"message":"ODD text"}')
  })

  it('lets a code pick its words from the error', () => {
    expect(describeError(new PortalError({ code: 'BY_TEXT', message: 'wrong size' }), fake, words)).toMatch(/^view\.size /)
    expect(describeError(new PortalError({ code: 'BY_TEXT', message: 'wrong kind' }), fake, words)).toMatch(/^view\.type /)
  })

  it('does not take an inherited property for a code', () => {
    expect(describeError(error('constructor', 400), fake, words)).toBe('view.generic {"message":"constructor text"}')
  })

  it('Departments: a refused structure edit', () => {
    expect(describeError(error(`${V3}ACCESSDENIEDEXCEPTION`, 403), t, STRUCTURE_EDIT_WORDS)).toBe('The portal refused: you do not have the right to edit this department or team.')
    expect(describeError(error('ANYTHING', 403), t, STRUCTURE_EDIT_WORDS)).toBe('The portal refused: you do not have the right to edit this department or team.')
    expect(describeError(error(`${V3}ENTITYNOTFOUNDEXCEPTION`), t, STRUCTURE_EDIT_WORDS)).toBe('The department or team no longer exists on the portal. Reload the structure.')
    expect(describeError(error(`${V3}VALIDATION_REQUESTVALIDATIONEXCEPTION`, 400, FIELD_ERROR), t, STRUCTURE_EDIT_WORDS)).toBe('The portal did not accept the change: A channel is not a chat.')
    expect(describeError(error('ODD', 400), t, STRUCTURE_EDIT_WORDS)).toBe('The portal answered with an error: ODD text')
  })

  it('Departments: a refused read of the structure', () => {
    expect(describeError(error(`${V3}ACCESSDENIEDEXCEPTION`, 403), t, STRUCTURE_READ_WORDS)).toMatch(/^The portal does not show you the company structure/)
    expect(describeError(error(`${V3}ENTITYNOTFOUNDEXCEPTION`), t, STRUCTURE_READ_WORDS)).toBe('The department or team no longer exists on the portal. Reload the structure.')
    expect(describeError(error('ODD', 500), t, STRUCTURE_READ_WORDS)).toBe('The portal answered with an error: ODD text')
  })

  it('Open Channels: the connector codes, the limits and the portal\'s own description', () => {
    expect(describeError(error('WRONG_AUTH_TYPE', 403), t, CONNECTOR_ERROR_WORDS)).toMatch(/^Connector settings work only inside Bitrix24/)
    expect(describeError(error('insufficient_scope', 401), t, CONNECTOR_ERROR_WORDS)).toMatch(/scope imopenlines/)
    expect(describeError(error('ACCESS_DENIED', 403), t, CONNECTOR_ERROR_WORDS)).toBe('You do not have the right to edit Open Channel connectors. Ask your Bitrix24 administrator.')
    expect(describeError(error('QUERY_LIMIT_EXCEEDED', 503), t, CONNECTOR_ERROR_WORDS)).toBe('The portal is busy. Wait a moment and try again.')
    expect(describeError(error('OPERATION_TIME_LIMIT', 429), t, CONNECTOR_ERROR_WORDS)).toBe('The portal is busy. Wait a moment and try again.')
    expect(describeError(error('REQUEST_TIMEOUT', 0), t, CONNECTOR_ERROR_WORDS)).toBe('The portal could not be reached. Check the connection and try again.')
    const refused = new PortalError({ code: 'APPLICATION_REGISTRATION_ERROR_POINT', message: 'no dots', status: 200, retryable: false })
    expect(describeError(refused, t, CONNECTOR_ERROR_WORDS)).toBe('The portal answered: no dots')
  })
})
