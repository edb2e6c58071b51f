import { describe, expect, it } from 'vitest'
import { readableUnderWhite } from './avatarColor'

function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  const l = 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
  return 1.05 / (l + 0.05)
}

// the portal's 16 chat colours (emulator/README.md, Bitrix\Im\Color)
const COLOURS = ['#df532d', '#64a513', '#4ba984', '#4ba5c3', '#3e99ce', '#8474c8', '#1eb4aa', '#f76187', '#58cc47',
  '#ab7761', '#29619b', '#728f7a', '#ba9c7b', '#556574', '#909090', '#5e5f5e']

describe('readableUnderWhite', () => {
  it.each(COLOURS)('darkens %s until white initials reach 4.5:1', (colour) => {
    const out = readableUnderWhite(colour)
    expect(out).toMatch(/^#[0-9a-f]{6}$/)
    expect(contrastWithWhite(out)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps a colour that is already dark enough, and reads the short form', () => {
    expect(readableUnderWhite('#29619b')).toBe('#29619b')
    expect(readableUnderWhite('#000')).toBe('#000000')
  })
})
