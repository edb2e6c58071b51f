/**
 * The app's icon for the portal and the Marketplace (public/icon.png): a PNG, 512 × 512, opaque RGB — the
 * Marketplace asks for JPEG or PNG, not transparent, 250–650 px square (README, "Marketplace checklist"). A
 * flat design: Bitrix24's blue with a white speech bubble holding three blue dots. Drawn here with Node's
 * zlib alone, so the picture has a source and no image tool is needed; scripts/icon.spec.ts checks the file.
 *
 * Usage: npx tsx scripts/icon.ts   (writes public/icon.png)
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import { pngChunk } from '../emulator/cdn.ts'

export const ICON_SIZE = 512
export const ICON_PATH = fileURLToPath(new URL('../public/icon.png', import.meta.url))

type Rgb = readonly [number, number, number]
const BLUE: Rgb = [0x2f, 0xc6, 0xf6]
const WHITE: Rgb = [0xff, 0xff, 0xff]

/** An 8-bit RGB PNG (colour type 2: no alpha channel) of `pixel(x, y)`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // bit depth 8, RGB, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3) // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), row + 1 + x * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0))
  ])
}

/** Inside a rounded rectangle. */
function inRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  if (x < left || x > right || y < top || y > bottom) return false
  const dx = Math.max(left + radius - x, 0, x - (right - radius))
  const dy = Math.max(top + radius - y, 0, y - (bottom - radius))
  return dx * dx + dy * dy <= radius * radius
}

/** Inside the triangle a-b-c (either winding). */
function inTriangle(x: number, y: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number], [cx, cy]: readonly [number, number]): boolean {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by)
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy)
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}

/** White where the bubble is (body and tail) but not its three dots; coordinates on a 512 grid. */
function isWhite(x: number, y: number): boolean {
  const bubble = inRoundedRect(x, y, 104, 124, 408, 340, 64) || inTriangle(x, y, [160, 320], [160, 412], [248, 330])
  if (!bubble) return false
  const dot = [184, 256, 328].some(cx => (x - cx) ** 2 + (y - 232) ** 2 <= 26 * 26)
  return !dot
}

/** The icon at `size` px, each pixel averaged over 4 × 4 samples so the curves are smooth. */
export function drawIcon(size = ICON_SIZE): Buffer {
  const scale = 512 / size
  const samples = 4
  return encodePng(size, size, (px, py) => {
    let white = 0
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        if (isWhite((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale)) white++
      }
    }
    const share = white / (samples * samples)
    return [0, 1, 2].map(i => Math.round(BLUE[i]! + (WHITE[i]! - BLUE[i]!) * share)) as unknown as Rgb
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ICON_PATH, drawIcon())
  console.log(`wrote ${ICON_PATH}`)
}
