/**
 * `npm run serve`: the production server for dist/, and the one handler the portal emulator serves the
 * built app with (emulator/static.ts), so the end-to-end tests run the app under exactly the headers
 * production sends.
 *
 * A Bitrix24 portal opens an app's page with a POST (AUTH_ID, PLACEMENT, … in the form body), so every
 * page request — GET or POST — gets index.html; files under dist/ are served as they are. The form body
 * is read and discarded: the app takes its auth from the frame handshake, never from the request, and
 * nothing here logs request bodies or URLs.
 *
 * Usage: npm run serve -- [--port 8000] [--host 0.0.0.0] [--root dist]
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Content-Type by file extension, for the built app's files (also the emulator's archive host, emulator/archive.ts). */
export const TYPES: Record<string, string> = {
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
<body>
<h1>The app is not built</h1>
<p>There is no built app to serve. Run <code>npm run build</code> and reload, or start everything in
development mode with <code>npm start</code>.</p>
</body></html>`

/**
 * host[:port] exactly: DNS labels or an IPv4 address, lower-cased. DOMAIN comes from the URL anyone can
 * type, and it is copied into a header, so anything else (a path, a scheme, a space, a `;` that would
 * start a new directive, a wildcard) is refused rather than escaped.
 */
const HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::(\d{1,5}))?$/

/**
 * The portal's origin from the query the portal opens the app with (`?DOMAIN=<host>&PROTOCOL=0|1&…`),
 * or null when the page was not opened by a portal or the values are not exactly that shape.
 */
export function portalOriginFrom(url: URL): string | null {
  const domain = url.searchParams.get('DOMAIN')?.toLowerCase() ?? ''
  const protocol = url.searchParams.get('PROTOCOL') ?? '1'
  const match = HOST.exec(domain)
  if (!match || match[1]!.length > 253 || (protocol !== '0' && protocol !== '1')) return null
  if (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 65535)) return null
  return `${protocol === '1' ? 'https' : 'http'}://${domain}`
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The only inline styles the app creates at run time, each allowed by its hash instead of
 * 'unsafe-inline' (e2e/csp.spec.ts fails with the violation if a kit upgrade changes one):
 * - b24ui's colour plugin (runtime/plugins/colors.js) puts its theme layer in a <style> through unhead;
 *   the app defines no extra colours, so the text is constant;
 * - VueUse's useColorMode (under b24ui's colour mode) adds this <style> for a moment whenever the mode
 *   is applied, so switching light / dark does not animate every transition;
 * - b24icons' animated icons (LoaderWaitIcon, the kit's loading buttons) carry their keyframes in an SVG
 *   <style>.
 * 'report-sample' puts the first characters of a refused style into the violation report, which is how
 * a new one is found.
 */
export const INLINE_STYLES = [
  '@layer theme {\n  :root, :host {\n    \n  }\n  :root, :host, .light {\n    \n  }\n  .dark {\n    \n  }\n}',
  '*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}',
  ' @keyframes waitLoader{0%{transform:rotate(0deg)}to{transform:rotate(360deg)}} ',
  ' @keyframes rotate{0%{transform:rotate(0deg)}to{transform:rotate(360deg)}} '
]

/**
 * Where a Bitrix24 cloud portal's avatars live. REST answers them as absolute URLs on a CDN host of the
 * portal's cloud, not on the portal's own host: user.* PERSONAL_PHOTO, im.recent.list / im.dialog.get /
 * im.chat.user.list avatars, humanresources employee avatars (the docs show `https://cdn-ru.bitrix24.ru/…`;
 * docs/decisions.md D17). Bitrix24 does not document the list of
 * its CDN hosts, and they differ per cloud (cdn-ru.bitrix24.ru for .ru portals), so every subdomain of
 * each Bitrix24 cloud zone is allowed — for images only, where a wrong host costs a broken avatar, not
 * a script. A self-hosted portal serves its avatars from its own host, which img-src names anyway.
 */
export const BITRIX24_IMAGE_SOURCES = [
  'https://*.bitrix24.ru', 'https://*.bitrix24.com', 'https://*.bitrix24.de', 'https://*.bitrix24.eu',
  'https://*.bitrix24.by', 'https://*.bitrix24.kz', 'https://*.bitrix24.es', 'https://*.bitrix24.fr',
  'https://*.bitrix24.it', 'https://*.bitrix24.pl', 'https://*.bitrix24.uk', 'https://*.bitrix24.in',
  'https://*.bitrix24.com.br', 'https://*.bitrix24.com.tr', 'https://*.bitrix24.cn', 'https://*.bitrix24.jp',
  'https://*.bitrix24.vn', 'https://*.bitrix24.id', 'https://*.bitrix24.co'
] as const

/** Directives a policy delivered in `<meta http-equiv="Content-Security-Policy">` cannot carry: browsers ignore them there (CSP 3, §3.3). */
export const META_UNSUPPORTED_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox']

/**
 * The Content-Security-Policy of the app page — the one builder of it, for the production server's
 * header (`delivery` 'header', securityHeaders) and for the `<meta>` the archive carries
 * (scripts/package.ts, `delivery` 'meta': the same directives minus META_UNSUPPORTED_DIRECTIVES).
 * Scripts and styles come from the app's own origin only (Vite's build has no inline script); the
 * browser may talk to the portal that opened the app (REST calls) and nowhere else; it may show images
 * from that portal, from Bitrix24's CDN hosts (avatars, BITRIX24_IMAGE_SOURCES) and from
 * `extraImageSources` (the emulator's CDN origin); chat avatars set by the app are `data:` URLs.
 * `portal` is the portal's origin, or a list of sources when the page cannot know which portal opens
 * it (the archive). Without a portal there is nothing to connect to, and nobody may frame the page.
 */
export function contentSecurityPolicy(
  portal: string | readonly string[] | null, frameAncestors?: string, extraImageSources: readonly string[] = [],
  delivery: 'header' | 'meta' = 'header'
): string {
  const portals = portal === null ? [] : typeof portal === 'string' ? [portal] : [...portal]
  const sources = portals.map((source) => ` ${source}`).join('')
  const images = [...BITRIX24_IMAGE_SOURCES, ...extraImageSources].filter((source) => !portals.includes(source))
    .map((source) => ` ${source}`).join('')
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'report-sample' ${INLINE_STYLES.map(sha256).join(' ')}`,
    `img-src 'self' data:${sources}${images}`,
    "font-src 'self'",
    `connect-src 'self'${sources}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors ?? (portals.length > 0 ? portals.join(' ') : "'none'")}`
  ]
  return directives
    .filter((directive) => delivery === 'header' || !META_UNSUPPORTED_DIRECTIVES.includes(directive.split(' ')[0]!))
    .join('; ')
}

/**
 * Headers for every answer, for the portal that opened the page (null: none). There is no
 * X-Frame-Options: the portal must be able to frame the page, and frame-ancestors names it.
 * FRAME_ANCESTORS, when set, replaces that with the operator's own list (for example
 * `https://*.bitrix24.com`).
 */
export function securityHeaders(
  portalOrigin: string | null, frameAncestors = process.env.FRAME_ANCESTORS, extraImageSources: readonly string[] = []
): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Content-Security-Policy': contentSecurityPolicy(portalOrigin, frameAncestors || undefined, extraImageSources)
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

/**
 * A request handler that serves a built app from `root` (GET and POST alike). `extraImageSources` are
 * more img-src origins (the emulator passes its CDN's).
 */
export function createAppHandler(root: string, frameAncestors?: string, extraImageSources: readonly string[] = []) {
  const base = resolve(root)
  const index = join(base, 'index.html')
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume()
    const url = new URL(req.url ?? '/', 'http://app.invalid')
    const headers = securityHeaders(portalOriginFrom(url), frameAncestors, extraImageSources)
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST', ...headers }).end()
      return
    }
    if (!await isFile(index)) {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
        .end(MISSING_BUILD)
      return
    }
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    } catch {
      path = '/'
    }
    const candidate = resolve(base, '.' + path)
    const inside = candidate.startsWith(base + sep)
    let file = index
    if (inside && await isFile(candidate)) file = candidate
    else if (extname(path)) {
      // a missing chunk must fail as a missing chunk, not load the page as JavaScript
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Not found')
      return
    }
    const body = await readFile(file)
    const isAsset = file.startsWith(join(base, 'assets') + sep)
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...headers
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
