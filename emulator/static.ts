/**
 * Serves the built app (dist/) on its own origin, as a hosted app would be. A portal opens the app's page
 * with a POST, so POST answers like GET; unknown paths get index.html (client-side routes).
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>App not built</title></head>
<body style="font-family: sans-serif; padding: 2rem">
<h1>The app is not built</h1>
<p>The emulator serves the built app from <code>dist/</code>, and there is none. Run <code>npm run build</code>
and reload, or start everything in development mode with <code>npm start</code>.</p>
</body></html>`

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** The file under root a URL path names, or null when it escapes root or does not exist. */
async function fileFor(root: string, pathname: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const path = resolve(root, '.' + decoded)
  if (path !== root && !path.startsWith(root + sep)) return null
  return await isFile(path) ? path : null
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    res.writeHead(405, { allow: 'GET, HEAD, POST' })
    res.end()
    return
  }
  // the portal's POST body (AUTH_ID, …) is not needed: the SDK reads everything over postMessage
  req.resume()
  const index = join(root, 'index.html')
  if (!await isFile(index)) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(MISSING_BUILD)
    return
  }
  const url = new URL(req.url ?? '/', 'http://app.invalid')
  const file = await fileFor(root, url.pathname) ?? index
  const body = await readFile(file)
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': file === index ? 'no-cache' : 'public, max-age=3600',
    'x-content-type-options': 'nosniff'
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

export function createStaticServer(distDir: string): Server {
  const root = resolve(distDir)
  return createServer((req, res) => {
    serve(root, req, res).catch(error => {
      console.error('[emulator] static server failed:', error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
}
