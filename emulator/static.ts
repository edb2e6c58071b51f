/**
 * Serves the built app (dist/) on its own origin, as a hosted app would be, with the production server's
 * own handler (scripts/serve.ts): the same POST-as-GET, the same files and the same security headers —
 * the Content-Security-Policy included, so every end-to-end test runs the app under it. `imageOrigins`
 * join its img-src: the emulator's CDN (cdn.ts), whose avatars stand in for Bitrix24's CDN hosts.
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import { createAppHandler } from '../scripts/serve.ts'

export function createStaticServer(distDir: string, imageOrigins: readonly string[] = []): Server {
  const handle = createAppHandler(resolve(distDir), undefined, imageOrigins)
  return createServer((req, res) => {
    handle(req, res).catch(error => {
      console.error('[emulator] static server failed:', error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
}
