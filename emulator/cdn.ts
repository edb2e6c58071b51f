/**
 * The portal's CDN: real portals answer avatars (user.* PERSONAL_PHOTO, im.* avatar, humanresources
 * avatar) as absolute URLs on a CDN host such as https://cdn-ru.bitrix24.ru/…, not on the portal's own
 * host (docs/decisions.md D17). The emulator does the same: one
 * more HTTP server on its own origin (`ctx.cdnOrigin`: portal port + 2, a free port when the portal's is
 * 0) answers every avatar URL with a deterministic generated PNG, and `assignAvatars` gives most users,
 * some chats and some workgroups such a URL after every generation of the data.
 *
 * The image depends on the URL's path only, so the server keeps no state: a path of the CDN's shape
 * (`/b<n>/main/…` or `/b<n>/resize_cache/…`) answers a 100×100 PNG, anything else 404.
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import type { PortalData } from './data/types.ts'

const AVATAR_PATH = /^\/b\d+\/(?:main|resize_cache)\/[A-Za-z0-9._@/-]+$/

function hex(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** The portal's CDN bucket, as in `https://cdn-ru.bitrix24.ru/b17053/…`. */
function bucket(data: PortalData): string {
  return `b${10000 + (data.seed % 90000)}`
}

/**
 * A user's photo as user.get's PERSONAL_PHOTO gives it: `<cdn>/b<n>/main/<3 hex>/<32 hex>/avatar.png`.
 */
export function userAvatarUrl(cdnOrigin: string, data: PortalData, userId: number): string {
  const h = hex(`${data.seed}:user:${userId}`).slice(0, 32)
  return `${cdnOrigin}/${bucket(data)}/main/${h.slice(0, 3)}/${h}/avatar.png`
}

/**
 * A chat's or workgroup's avatar in the shape of the docs' im.recent.list example, a resized copy with
 * no file extension: `<cdn>/b<n>/resize_cache/<id>/<32 hex>/im/<3 hex>/<32 hex>/<token>`.
 */
export function entityAvatarUrl(cdnOrigin: string, data: PortalData, kind: 'chat' | 'group', id: number): string {
  const h = hex(`${data.seed}:${kind}:${id}`)
  const file = h.slice(0, 32)
  const folder = kind === 'chat' ? 'im' : 'socialnetwork'
  return `${cdnOrigin}/${bucket(data)}/resize_cache/${id}/${hex(h).slice(0, 32)}/${folder}/${file.slice(0, 3)}/${file}/${h.slice(32, 40)}`
}

/** Deterministic "has a photo": about 4 users in 5, 1 chat or group in 3. */
function picked(data: PortalData, key: string, outOf: number, keep: number): boolean {
  return parseInt(hex(`${data.seed}:pick:${key}`).slice(0, 8), 16) % outOf < keep
}

/**
 * Gives the generated data CDN avatars, as a portal's people and chats have them. Only empty fields are
 * filled: a photo set by hand (tests) and a chat avatar set through im.chat.updateAvatar / im.chat.add
 * (a `data:` URL) stay as they are. Collab chats take their workgroup's avatar (their avatar follows the
 * group). Users: about 80 %; chats that are not collabs and workgroups: about a third.
 */
export function assignAvatars(data: PortalData, cdnOrigin: string): void {
  for (const user of data.users) {
    if (!user.photo && picked(data, `user:${user.id}`, 5, 4)) user.photo = userAvatarUrl(cdnOrigin, data, user.id)
  }
  for (const group of data.workgroups) {
    if (!group.avatar && picked(data, `group:${group.id}`, 3, 1)) group.avatar = entityAvatarUrl(cdnOrigin, data, 'group', group.id)
    const chat = group.chatId === null ? undefined : data.chats.find((c) => c.id === group.chatId)
    if (chat && !chat.avatar && group.avatar) chat.avatar = group.avatar
  }
  for (const chat of data.chats) {
    if (chat.type === 'COLLAB' || chat.workgroupId !== null) continue
    if (!chat.avatar && picked(data, `chat:${chat.id}`, 3, 1)) chat.avatar = entityAvatarUrl(cdnOrigin, data, 'chat', chat.id)
  }
}

// ---------------------------------------------------------------------------------------------------
// The PNG: a symmetric 5×5 identicon, 20 px cells, one colour per path

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** One PNG chunk: length, type, body, CRC-32 (also what scripts/icon.ts draws the app's icon with). */
export function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0)
  return Buffer.concat([head, body, crc])
}

export const AVATAR_SIZE = 100

/** A 100×100 RGB PNG drawn from `key`: the same key gives the same bytes. */
export function avatarPng(key: string): Buffer {
  const h = createHash('sha256').update(key).digest()
  const fg = [h[0]! % 160 + 40, h[1]! % 160 + 40, h[2]! % 160 + 40]
  const bg = [240, 242, 245]
  const cells = 5
  const cell = AVATAR_SIZE / cells
  const on = (x: number, y: number) => (h[3 + y * 3 + Math.min(x, cells - 1 - x)]! & 1) === 1
  const row = 1 + AVATAR_SIZE * 3
  const raw = Buffer.alloc(row * AVATAR_SIZE)
  for (let y = 0; y < AVATAR_SIZE; y++) {
    raw[y * row] = 0
    for (let x = 0; x < AVATAR_SIZE; x++) {
      const colour = on(Math.floor(x / cell), Math.floor(y / cell)) ? fg : bg
      raw.set(colour, y * row + 1 + x * 3)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(AVATAR_SIZE, 0)
  ihdr.writeUInt32BE(AVATAR_SIZE, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0))
  ])
}

/**
 * The CDN server: GET/HEAD of an avatar path → 200 image/png, cacheable for a year (the path names the
 * file's content, as a CDN's does), readable from any origin; If-None-Match with its ETag → 304.
 */
export function createCdnServer(): Server {
  return createServer((req, res) => {
    req.resume()
    const common = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'cross-origin' }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...common }).end()
      return
    }
    const path = new URL(req.url ?? '/', 'http://cdn.invalid').pathname
    if (!AVATAR_PATH.test(path)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...common }).end('Not found')
      return
    }
    const etag = `"${hex(path).slice(0, 16)}"`
    const cache = { 'Cache-Control': 'public, max-age=31536000, immutable', ETag: etag, ...common }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, cache).end()
      return
    }
    const body = avatarPng(path)
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': body.length, ...cache })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
}
