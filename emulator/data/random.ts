/**
 * A small seeded PRNG. The generated portal must be identical for the same (seed, size) on every
 * machine and Node version, so nothing here may touch Math.random or the clock.
 */

/** mulberry32: 32-bit state, good enough spread for test data and ~10x faster than a hash-based PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Rng {
  readonly #next: () => number

  constructor(seed: number) {
    this.#next = mulberry32(seed)
  }

  /** [0, 1) */
  float(): number {
    return this.#next()
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.#next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list')
    return items[Math.floor(this.#next() * items.length)] as T
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length)
    // Few from many (a chat's members out of 24,000 users): draw indices instead of copying the list.
    if (n * 4 < items.length) {
      const seen = new Set<number>()
      const out: T[] = []
      while (out.length < n) {
        const i = Math.floor(this.#next() * items.length)
        if (seen.has(i)) continue
        seen.add(i)
        out.push(items[i] as T)
      }
      return out
    }
    const copy = items.slice()
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.#next() * (copy.length - i))
      const tmp = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = tmp
    }
    return copy.slice(0, n)
  }

  /** Lower-case hex string of `length` characters. */
  hex(length: number): string {
    let out = ''
    while (out.length < length) out += Math.floor(this.#next() * 16).toString(16)
    return out
  }
}
