/**
 * `npm run serve`: the production server for dist/. A Bitrix24 portal opens an app's page with a POST
 * (AUTH_ID, PLACEMENT, … in the form body), so every page request — GET or POST — gets index.html;
 * files under dist/ are served as they are. The form body is read and discarded: the app takes its
 * auth from the frame handshake, never from the request, and nothing here logs request bodies.
 *
 * Usage: npm run serve -- [--port 8000] [--host 0.0.0.0] [--root dist]
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8'
}

/**
 * Headers for every answer. The page must be framable by any portal (cloud portals live on many
 * domains, on-premise ones anywhere), so there is no X-Frame-Options; frame-ancestors can be narrowed
 * with FRAME_ANCESTORS. The Content-Security-Policy itself comes with the hardening issue (#7).
 */
export function securityHeaders(frameAncestors = process.env.FRAME_ANCESTORS ?? '*'): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Content-Security-Policy': `frame-ancestors ${frameAncestors}`
  }
}

/** A request handler that serves a built app from `root` (GET and POST alike). */
export function createAppHandler(root: string, extraHeaders: Record<string, string> = securityHeaders()) {
  const base = resolve(root)
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume()
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST', ...extraHeaders }).end()
      return
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const candidate = normalize(join(base, path))
    const inside = candidate === base || candidate.startsWith(base + sep)
    let file = join(base, 'index.html')
    if (inside && path !== '/') {
      const info = await stat(candidate).catch(() => null)
      if (info?.isFile()) file = candidate
      else if (extname(path)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders }).end('Not found')
        return
      }
    }
    const body = await readFile(file).catch(() => null)
    if (!body) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders })
        .end(`No built app in ${base}. Run \`npm run build\` first.`)
      return
    }
    const isAsset = file.includes(`${sep}assets${sep}`)
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...extraHeaders
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(arg('port', process.env.PORT ?? '8000'))
  const host = arg('host', '0.0.0.0')
  const root = arg('root', 'dist')
  const handle = createAppHandler(root)
  createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end())
  }).listen(port, host, () => {
    console.log(`Communications Hub: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/ (serving ${resolve(root)})`)
  })
}
