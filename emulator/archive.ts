/**
 * Hosts an uploaded app archive (`npm run package`'s ZIP) as a portal hosts a static local application:
 * the ZIP is unpacked in memory and its files are served on the app's own origin, index.html for every
 * page request (GET, and the portal's POST that opens the app) — and none of the production server's
 * headers: the portal serves these files, so only what the archive carries protects the app (the
 * Content-Security-Policy `<meta>` in its index.html, scripts/package.ts).
 *
 * An archive is refused at startup, with the reason, when it is not a ZIP, when an entry's name would
 * leave the app's folder (`../x`, `/x`, `C:x`, a backslash), or when there is no index.html at its root.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { unzipSync } from 'fflate'
import { TYPES } from '../scripts/serve.ts'

export class ArchiveError extends Error {}

/** Why an entry name is refused, or null when it names a place inside the app's folder. */
function unsafeName(name: string): string | null {
  if (name.includes('\\')) return 'a backslash'
  if (name.includes('\0')) return 'a NUL character'
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'an absolute path'
  if (name.split('/').some(part => part === '..')) return 'a path that leaves the archive'
  return null
}

/** The files of an archive by their path inside it (`index.html`, `assets/x.js`). */
export function readArchive(bytes: Uint8Array): Map<string, Uint8Array> {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch (error) {
    throw new ArchiveError(`not a ZIP archive (${(error as Error).message})`)
  }
  const files = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(entries)) {
    const unsafe = unsafeName(name)
    if (unsafe) throw new ArchiveError(`refusing entry ${JSON.stringify(name)}: ${unsafe}`)
    if (name.endsWith('/')) continue // a folder
    files.set(name.replace(/^(\.\/)+/, ''), data)
  }
  if (!files.has('index.html')) {
    const nested = [...files.keys()].find(name => name.endsWith('/index.html'))
    throw new ArchiveError(`no index.html at the archive's root${nested ? ` (there is ${nested}: zip the folder's contents, not the folder)` : ''}`)
  }
  return files
}

/** Reads and checks the archive at `path`; every failure is an ArchiveError naming the file. */
export function loadArchive(path: string): Map<string, Uint8Array> {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new ArchiveError(`cannot read the archive ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  try {
    return readArchive(bytes)
  } catch (error) {
    if (error instanceof ArchiveError) throw new ArchiveError(`${path}: ${error.message}`)
    throw error
  }
}

/** A request handler serving the archive's files: the file named by the path, else index.html. */
export function createArchiveHandler(files: ReadonlyMap<string, Uint8Array>) {
  return function handle(req: IncomingMessage, res: ServerResponse): void {
    req.resume()
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST' }).end()
      return
    }
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://app.invalid').pathname).replace(/^\/+/, '')
    } catch {
      path = ''
    }
    // a lookup in the archive's own names: nothing outside it can be reached
    let name = files.has(path) ? path : 'index.html'
    if (name !== path && extname(path)) {
      // a missing chunk must fail as a missing chunk, not load the page as JavaScript
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    if (path.endsWith('/') && files.has(`${path}index.html`)) name = `${path}index.html`
    const body = files.get(name)!
    res.writeHead(200, {
      'Content-Type': TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache'
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

export function createArchiveServer(files: ReadonlyMap<string, Uint8Array>): Server {
  const handle = createArchiveHandler(files)
  return createServer((req, res) => {
    try {
      handle(req, res)
    } catch (error) {
      console.error('[emulator] archive server failed:', error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    }
  })
}
