/** Relative luminance of an sRGB colour (WCAG 2). */
function luminance([r, g, b]: number[]): number {
  const channel = (v: number) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
}

/**
 * The chat's colour, darkened in its own hue just enough for white initials to reach 4.5:1 (WCAG AA):
 * most of the portal's 16 chat colours (MINT, LIME, AQUA, …) are too light for white text as they are.
 */
export function readableUnderWhite(hex: string): string {
  const digits = hex.slice(1)
  const full = digits.length === 3 ? [...digits].map(d => d + d).join('') : digits
  let rgb = [0, 2, 4].map(i => Number.parseInt(full.slice(i, i + 2), 16))
  // white on L needs (1.05) / (L + 0.05) >= 4.5, i.e. L <= 0.1833; a little margin for rounding
  while (luminance(rgb) > 0.18) rgb = rgb.map(v => Math.floor(v * 0.92))
  return '#' + rgb.map(v => v.toString(16).padStart(2, '0')).join('')
}
