/**
 * A small HTTP client for the emulator's own tests (and later method families' tests): start an
 * emulator on a free port, mint tokens through the control API, call REST 2 / REST 3.0.
 */
import { startEmulator } from './server.ts'
import type { EmulatorOptions, RunningEmulator } from './server.ts'
import type { PortalLang } from './data/types.ts'

export interface HttpAnswer {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

export interface TestPortal {
  emulator: RunningEmulator
  /** origin without the trailing slash */
  origin: string
  token(userId?: number, lang?: PortalLang): Promise<{ access_token: string, refresh_token: string, expires_in: number }>
  post(path: string, body?: unknown, init?: RequestInit): Promise<HttpAnswer>
  get(path: string): Promise<HttpAnswer>
  /** REST 2 call with the token in the JSON body, as b24jssdk sends it */
  v2(method: string, params?: Record<string, unknown>, auth?: string): Promise<HttpAnswer>
  v3(method: string, params?: Record<string, unknown>, auth?: string): Promise<HttpAnswer>
  close(): Promise<void>
}

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text === '' ? {} : JSON.parse(text) as Record<string, unknown> }
}

/** Rate limit off unless a test asks for it, so call counts in one test cannot fail another. */
export async function startTestPortal(options: Partial<EmulatorOptions> = {}): Promise<TestPortal> {
  const emulator = await startEmulator({ port: 0, rateLimit: null, appUrl: 'http://127.0.0.1:9/app/', ...options })
  const origin = emulator.url.replace(/\/$/, '')
  let defaultToken: string | undefined

  const post = async (path: string, body?: unknown, init: RequestInit = {}) => {
    // a reset retires every token, including the cached one
    if (path === '/_emulator/reset') defaultToken = undefined
    return answer(await fetch(origin + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      ...init
    }))
  }
  const get = async (path: string) => answer(await fetch(origin + path))
  const token = async (userId = 1, lang?: PortalLang) => {
    const minted = await post('/_emulator/token', { userId, ...(lang ? { lang } : {}) })
    if (minted.status !== 200) throw new Error(`token: ${minted.status} ${JSON.stringify(minted.body)}`)
    return minted.body as { access_token: string, refresh_token: string, expires_in: number }
  }
  const auth = async (given?: string) => given ?? (defaultToken ??= (await token()).access_token)

  return {
    emulator,
    origin,
    token,
    post,
    get,
    v2: async (method, params = {}, given) => post(`/rest/${method}`, { ...params, auth: await auth(given) }),
    v3: async (method, params = {}, given) => post(`/rest/api/${method}`, { ...params, auth: await auth(given) }),
    close: () => emulator.close()
  }
}
