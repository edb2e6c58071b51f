/**
 * A PortalTransport that talks to the real emulator over HTTP from node: the structure-wide modules'
 * specs run their loaders and runners against it, because the frame SDK behind src/b24 needs a portal
 * window. Test-only: nothing in the app imports this file. The token goes in the body or the query of a
 * request to the local emulator only, never into an error message (PortalError scrubs it as well).
 */
import { PortalError } from '@/b24'
import type { BatchV3Call, OperatingBudget, RestParams, TimeBlockLike } from '@/b24'
import type { PortalTransport } from '../transport'

export interface EmulatorTransport extends PortalTransport {
  /** HTTP requests sent through this transport */
  sent: number
}

interface V3ErrorBody {
  error?: { code?: string, message?: string, validation?: Array<{ field: string, message: string }> } | string
  error_description?: string
}

function toError(status: number, body: V3ErrorBody, method: string): PortalError {
  if (body.error && typeof body.error === 'object') {
    const code = (body.error.code ?? 'UNKNOWN_ERROR').replace(/^BITRIX_REST_V3_EXCEPTION_/, '')
    return new PortalError({ code, message: body.error.message ?? code, status, validation: body.error.validation ?? [], method })
  }
  const code = typeof body.error === 'string' ? body.error : 'UNKNOWN_ERROR'
  return new PortalError({ code, message: body.error_description ?? code, status, method })
}

/** A body cut off after the headers (the emulator's "drop" fault) is a network failure, as a browser sees it. */
async function readBody(response: Response, method: string): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    throw new PortalError({ code: 'NETWORK_ERROR', message: 'The portal did not answer.', method })
  }
}

/**
 * With a budget, requests are paced by the operating-time model exactly as the door paces them
 * (src/b24/rest.ts `send`): wait until the calls fit, price the method from a single call's time block,
 * and after a 429 pause the methods and send again.
 */
async function paced<T>(budget: OperatingBudget | undefined, methods: string[], send: () => Promise<{ value: T, time?: TimeBlockLike }>): Promise<T> {
  for (;;) {
    const release = await budget?.acquire(methods)
    const sentAt = Date.now()
    try {
      const { value, time } = await send()
      if (budget && methods.length === 1) budget.observe(methods[0]!, time, sentAt)
      return value
    } catch (error) {
      if (!budget || PortalError.from(error).status !== 429) throw error
      budget.refused(methods)
      if (methods.length === 1) release?.()
    }
  }
}

export function emulatorTransport(origin: string, token: () => Promise<string>, budget?: OperatingBudget): EmulatorTransport {
  const transport: EmulatorTransport = {
    sent: 0,
    batch: (calls: BatchV3Call[]) => paced(budget, calls.map((c) => c.method), async () => ({ value: await sendBatch(calls) })),
    call: (method: string, params: RestParams = {}) => paced(budget, [method], () => sendCall(method, params))
  }

  async function sendBatch(calls: BatchV3Call[]): Promise<unknown[]> {
    const auth = await token()
    transport.sent += 1
    let response: Response
    try {
      response = await fetch(`${origin}/rest/api/batch?auth=${encodeURIComponent(auth)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(calls.map((c) => ({ method: c.method, query: c.params ?? {} })))
      })
    } catch {
      throw new PortalError({ code: 'NETWORK_ERROR', message: 'The portal did not answer.', method: 'batch' })
    }
    const body = await readBody(response, 'batch') as { result?: unknown[] } & V3ErrorBody
    if (!response.ok || !Array.isArray(body.result)) throw toError(response.status, body, 'batch')
    return body.result
  }

  async function sendCall(method: string, params: RestParams): Promise<{ value: unknown, time?: TimeBlockLike }> {
    const auth = await token()
    transport.sent += 1
    let response: Response
    try {
      response = await fetch(`${origin}/rest/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...params, auth })
      })
    } catch {
      throw new PortalError({ code: 'NETWORK_ERROR', message: 'The portal did not answer.', method })
    }
    const body = await readBody(response, method) as { result?: unknown, time?: TimeBlockLike } & V3ErrorBody
    if (!response.ok || body.result === undefined) throw toError(response.status, body, method)
    return { value: body.result, ...(body.time ? { time: body.time } : {}) }
  }
  return transport
}
