/**
 * Plain node:http helpers shared by the REST router and the control API: CORS, JSON answers, bodies.
 * The app runs on another origin than the portal, so every answer — errors and preflights included —
 * carries CORS headers, or axios in the app sees only NETWORK_ERROR (docs/decisions.md D3).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The control API and the portal page's helpers: not a portal, so permissive (tests call them from
 * anywhere). Never used on /rest/*.
 */
export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Authorization, X-Request-ID, Idempotency-Key',
  'access-control-max-age': '600'
}

/**
 * What a portal sends on every /rest/* answer, preflights included: CRestUtil::sendHeaders() — three
 * literals, no Access-Control-Allow-Methods, no Expose-Headers, no echo of the request (b24jssdk #455,
 * #491, #507). So a browser may send only CORS-safelisted headers plus these; `Authorization` and
 * `Idempotency-Key` fail the preflight, and no response header beyond the safelisted ones is readable.
 */
export const REST_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'origin, content-type, accept',
  'x-content-type-options': 'nosniff'
}

/** The request headers a portal's preflight allows (lower-case). */
export const REST_ALLOWED_HEADERS = ['origin', 'content-type', 'accept']

/** Writes the status line and headers of a JSON answer; returns the body to send. */
function writeJsonHead(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>, cors: Record<string, string>): string {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...cors,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  })
  return text
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, cors = CORS_HEADERS): void {
  res.end(writeJsonHead(res, status, body, headers, cors))
}

/**
 * A "dropped response": the status line and headers go out, then the connection is cut before the body.
 * Cutting it before ANY byte is not enough — browsers treat a keep-alive socket closed without an
 * answer as stale and silently re-send the POST, so the method would run twice and the page would see
 * a normal answer. With the headers sent, the request has been answered as far as the browser is
 * concerned, and the lost body surfaces as a network error, which is what a dropped response is.
 */
export function sendTruncated(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, cors = CORS_HEADERS): void {
  const text = writeJsonHead(res, status, body, headers, cors)
  res.flushHeaders()
  res.write(text.slice(0, 1), () => res.socket?.destroy())
}

/** The control API's preflight: allows whatever is asked (not a portal). */
export function sendPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers']
  res.writeHead(204, {
    ...CORS_HEADERS,
    ...(requested ? { 'access-control-allow-headers': requested } : {})
  })
  res.end()
}

/**
 * A portal's preflight on /rest/*: answered before any routing with the same fixed headers as every
 * REST answer (REST_CORS_HEADERS), whatever was asked. 200 with an empty body, as PHP answers a request
 * it sends no body for (decision: the threads quote the headers, not the status).
 */
export function sendRestPreflight(res: ServerResponse): void {
  res.writeHead(200, { ...REST_CORS_HEADERS, 'content-length': '0' })
  res.end()
}

/** Bodies above this are refused; the largest legitimate one is a 5000×5000 avatar in Base64. */
const MAX_BODY_BYTES = 64 * 1024 * 1024

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large')
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

export function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
