// @vitest-environment node
import { readFileSync } from 'node:fs'
import { deflateSync, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ICON_PATH, drawIcon, encodePng } from './icon.ts'

/**
 * Marketplace: the app's icon is a JPEG or PNG, not transparent, 250–650 px square (README, "Marketplace
 * checklist").
 * public/icon.png is checked from its bytes: the PNG signature, IHDR's size, a colour type without an
 * alpha channel, no tRNS chunk (transparency without alpha), intact chunks.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface Chunk { type: string, body: Buffer }

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = []
  for (let at = 8; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at)
    out.push({ type: png.toString('latin1', at + 4, at + 8), body: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return out
}

/** What makes the bytes unfit as the Marketplace icon: [] when nothing. */
function iconProblems(png: Buffer): string[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return ['not a PNG (signature)']
  const all = chunks(png)
  const header = all[0]
  if (header?.type !== 'IHDR' || header.body.length !== 13) return ['no IHDR chunk first']
  const width = header.body.readUInt32BE(0)
  const height = header.body.readUInt32BE(4)
  const colourType = header.body[9]!
  const problems: string[] = []
  if (width !== height) problems.push(`not square: ${width} × ${height}`)
  if (width < 250 || width > 650 || height < 250 || height > 650) problems.push(`${width} × ${height} px, not within 250–650 px`)
  // 0 grey, 2 RGB, 3 palette have no alpha channel; 4 grey + alpha, 6 RGBA do
  if (colourType !== 2 && colourType !== 0 && colourType !== 3) problems.push(`colour type ${colourType} has an alpha channel`)
  if (all.some(c => c.type === 'tRNS')) problems.push('a tRNS chunk makes it transparent')
  if (!all.some(c => c.type === 'IDAT') || all.at(-1)?.type !== 'IEND') problems.push('no image data or no IEND')
  return problems
}

/** The decoded rows (filter byte + pixels) of an RGB PNG. */
function pixels(png: Buffer): Buffer {
  return inflateSync(Buffer.concat(chunks(png).filter(c => c.type === 'IDAT').map(c => c.body)))
}

describe('the Marketplace icon, public/icon.png', () => {
  const icon = readFileSync(ICON_PATH)

  it('is a square PNG of 250–650 px without transparency', () => {
    expect(iconProblems(icon)).toEqual([])
    const header = chunks(icon)[0]!.body
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([512, 512, 8, 2])
  })

  it('is what scripts/icon.ts draws, pixel for pixel (redraw it with `npx tsx scripts/icon.ts`)', () => {
    const rows = pixels(icon)
    expect(rows.length).toBe(512 * (1 + 512 * 3))
    expect(rows.equals(pixels(drawIcon()))).toBe(true)
  })

  it('shows something: Bitrix24 blue in the corner, white in the bubble', () => {
    const rows = pixels(icon)
    const at = (x: number, y: number) => [...rows.subarray(y * (1 + 512 * 3) + 1 + x * 3, y * (1 + 512 * 3) + 4 + x * 3)]
    expect(at(4, 4)).toEqual([0x2f, 0xc6, 0xf6])
    expect(at(140, 300)).toEqual([0xff, 0xff, 0xff])
  })

  it('the check refuses a wrong icon: too small, not square, with alpha, with tRNS, not a PNG', () => {
    const blue = () => [0x2f, 0xc6, 0xf6] as const
    expect(iconProblems(encodePng(128, 128, blue))).toEqual(['128 × 128 px, not within 250–650 px'])
    expect(iconProblems(encodePng(400, 300, blue))).toEqual(['not square: 400 × 300'])
    expect(iconProblems(encodePng(700, 700, blue))).toEqual(['700 × 700 px, not within 250–650 px'])

    const rgba = Buffer.from(drawIcon(256))
    rgba[8 + 8 + 9] = 6 // IHDR colour type → RGBA
    expect(iconProblems(rgba)).toContain('colour type 6 has an alpha channel')

    const transparent = Buffer.concat([rgba.subarray(0, 33), trnsChunk(), rgba.subarray(33)])
    transparent[8 + 8 + 9] = 2
    expect(iconProblems(transparent)).toEqual(['a tRNS chunk makes it transparent'])

    expect(iconProblems(Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...deflateSync('x')]))).toEqual(['not a PNG (signature)'])
  })
})

function trnsChunk(): Buffer {
  const body = Buffer.from([0, 0x2f, 0, 0xc6, 0, 0xf6])
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length, 0)
  head.write('tRNS', 4, 'latin1')
  return Buffer.concat([head, body, Buffer.alloc(4)])
}
