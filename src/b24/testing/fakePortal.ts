/**
 * A fake portal for unit tests of src/b24 that run the REAL SDK (docs/decisions.md D21): a parent window
 * double that answers the SDK's postMessage protocol from the portal's origin, and an axios adapter on the
 * SDK's own HTTP clients in place of the network. Test-only: nothing in the app imports this file.
 */
import { AxiosError } from 'axios'
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { ApiVersion } from '@bitrix24/b24jssdk'
import type { B24Frame } from '@bitrix24/b24jssdk'

export const FAKE_DOMAIN = 'portal.test:18080'
export const FAKE_ORIGIN = `http://${FAKE_DOMAIN}`
export const FAKE_SID = 'fake-app-sid'

export interface ParentCommand {
  command: string
  params: unknown
}

export interface FakeParentOptions {
  initData?: Record<string, unknown>
  /** Reply for a command; return undefined to leave the command unanswered (as a real portal does for im*). */
  reply?: (command: string, params: unknown) => unknown
  /** Do not answer getInitData at all (a frame whose parent does not speak the protocol). */
  silent?: boolean
}

export interface FakeParent {
  commands: ParentCommand[]
  restore(): void
}

export function defaultInitData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    DOMAIN: FAKE_DOMAIN,
    PROTOCOL: 0,
    PATH: '/rest/',
    LANG: 'en',
    AUTH_ID: 'AUTH-1',
    REFRESH_ID: 'REFRESH-1',
    AUTH_EXPIRES: 3600,
    MEMBER_ID: 'member-0001',
    IS_ADMIN: true,
    APP_OPTIONS: {},
    USER_OPTIONS: {},
    PLACEMENT: 'DEFAULT',
    PLACEMENT_OPTIONS: {},
    INSTALL: false,
    FIRST_RUN: false,
    ...overrides
  }
}

/** Parses `cmd:params…:cb:sid` from both ends (the params JSON may itself contain ':'). */
function parseMessage(message: string): { command: string, params: unknown, callback: string } {
  const parts = message.split(':')
  const command = parts[0] ?? ''
  const callback = parts.length >= 3 ? parts[parts.length - 2] ?? '' : ''
  const rawParams = parts.slice(1, -2).join(':')
  let params: unknown = rawParams
  try {
    params = rawParams ? JSON.parse(rawParams) : {}
  } catch {
    params = rawParams
  }
  return { command, params, callback }
}

/** Pretends the page is inside a portal iframe: window.name plus a parent window that answers. */
export function installFakeParent(options: FakeParentOptions = {}): FakeParent {
  const commands: ParentCommand[] = []
  const initData = defaultInitData(options.initData)
  const previousName = window.name
  const previousParent = Object.getOwnPropertyDescriptor(window, 'parent')
  window.name = `${FAKE_DOMAIN}|0|${FAKE_SID}`

  const answer = (callback: string, payload: unknown) => {
    setTimeout(() => {
      window.dispatchEvent(new MessageEvent('message', { origin: FAKE_ORIGIN, data: `${callback}:${JSON.stringify(payload)}` }))
    }, 0)
  }

  const parentDouble = {
    postMessage(message: unknown) {
      if (typeof message !== 'string') return
      const { command, params, callback } = parseMessage(message)
      commands.push({ command, params })
      if (command === 'getInitData') {
        if (!options.silent) answer(callback, initData)
        return
      }
      const custom = options.reply?.(command, params)
      if (custom !== undefined) {
        answer(callback, custom)
        return
      }
      if (command === 'refreshAuth') {
        answer(callback, { AUTH_ID: 'AUTH-2', REFRESH_ID: 'REFRESH-2', AUTH_EXPIRES: 3600 })
      } else if (['setInstall', 'setInstallFinish', 'resizeWindow', 'setTitle', 'setAppOption', 'setUserOption'].includes(command)) {
        answer(callback, {})
      }
    }
  }
  Object.defineProperty(window, 'parent', { value: parentDouble, configurable: true, writable: true })
  Object.defineProperty(globalThis, 'parent', { value: parentDouble, configurable: true, writable: true })

  return {
    commands,
    restore() {
      window.name = previousName
      if (previousParent) Object.defineProperty(window, 'parent', previousParent)
    }
  }
}

export interface FakeRequest {
  api: 'v2' | 'v3'
  method: string
  /** the HTTP method and the full URL, query string included, as the request leaves */
  httpMethod: string
  url: string
  /** the JSON body as sent (an array for a REST 3.0 batch); `body` is the same when it is an object */
  rawBody: unknown
  body: Record<string, unknown>
  /** request headers as sent, names lower-cased */
  headers: Record<string, string>
  /** the axios timeout the request was sent with (ms) */
  timeout: number | undefined
}

function headersOf(config: InternalAxiosRequestConfig): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(config.headers.toJSON())) {
    if (typeof value === 'string' || typeof value === 'number') out[name.toLowerCase()] = String(value)
  }
  return out
}

export type FakeReply = { status?: number, body: unknown } | { networkError: true }

export type FakeHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>

/** A REST success envelope; `time` is mandatory for the SDK (docs/decisions.md D21). */
export function ok(result: unknown, extra: Record<string, unknown> = {}): FakeReply {
  return { status: 200, body: { result, time: { start: 0, finish: 0, duration: 0, processing: 0, operating: 0 }, ...extra } }
}

export function v2Error(status: number, error: string, description: string): FakeReply {
  return { status, body: { error, error_description: description } }
}

export function v3Error(status: number, code: string, message: string, validation?: Array<{ field: string, message: string }>): FakeReply {
  return { status, body: { error: { code, message, ...(validation ? { validation } : {}) } } }
}

function methodFromUrl(url: string, api: 'v2' | 'v3'): string {
  const path = new URL(url).pathname
  const prefix = api === 'v3' ? '/rest/api/' : '/rest/'
  return decodeURIComponent(path.slice(prefix.length))
}

function adapterFor(api: 'v2' | 'v3', handler: FakeHandler, requests: FakeRequest[]): AxiosAdapter {
  return async (config: InternalAxiosRequestConfig) => {
    const rawBody: unknown = typeof config.data === 'string' ? JSON.parse(config.data) : undefined
    const body = rawBody !== null && typeof rawBody === 'object' && !Array.isArray(rawBody) ? rawBody as Record<string, unknown> : {}
    const url = config.url ?? ''
    const request: FakeRequest = {
      api, method: methodFromUrl(url, api), httpMethod: (config.method ?? 'get').toUpperCase(), url, rawBody, body,
      headers: headersOf(config), timeout: config.timeout
    }
    requests.push(request)
    const reply = await handler(request)
    if ('networkError' in reply) {
      throw new AxiosError('Network Error', 'ERR_NETWORK', config, {})
    }
    const status = reply.status ?? 200
    const response = { data: reply.body, status, statusText: String(status), headers: {}, config }
    if (status < 200 || status >= 300) {
      throw new AxiosError(`Request failed with status code ${status}`, status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST', config, {}, response)
    }
    return response
  }
}

/** Replaces the network under both of the SDK's HTTP clients; returns the log of requests they sent. */
export function attachFakeTransport(frame: B24Frame, handler: FakeHandler): FakeRequest[] {
  const requests: FakeRequest[] = []
  frame.getHttpClient(ApiVersion.v2).ajaxClient.defaults.adapter = adapterFor('v2', handler, requests)
  frame.getHttpClient(ApiVersion.v3).ajaxClient.defaults.adapter = adapterFor('v3', handler, requests)
  return requests
}
