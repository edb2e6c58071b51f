/**
 * Plural choice by each language's own rules, from `Intl.PluralRules`: no hand-written function per language.
 *
 * A message with plurals lists its forms with ` | ` in this order: an optional first form for zero ("no
 * chats"), then one form for each CLDR category that whole numbers reach in that language, in CLDR's order
 * (one, two, few, many, other). English: `no chats | 1 chat | {n} chats`; Russian and Ukrainian:
 * zero | one | few | many; Japanese or Chinese: zero | other; Arabic: zero | one | two | few | many | other.
 *
 * "Reach" is counted over 0–1000: French, Spanish, Italian and Portuguese also have a `many` that only
 * millions take (1 000 000 de chats); those counts use the `other` form, which reads right there too.
 * Arabic's own `zero` is left to the zero form.
 */
const CLDR_ORDER: Intl.LDMLPluralRule[] = ['one', 'two', 'few', 'many', 'other']

const categoriesCache = new Map<string, Intl.LDMLPluralRule[]>()

/** The categories whole numbers 0–1000 take in the language, zero left out, in CLDR order. */
export function integerCategories(tag: string): Intl.LDMLPluralRule[] {
  const cached = categoriesCache.get(tag)
  if (cached) return cached
  const rules = new Intl.PluralRules(tag)
  const seen = new Set<Intl.LDMLPluralRule>()
  for (let n = 0; n <= 1000; n++) seen.add(rules.select(n))
  const categories = CLDR_ORDER.filter(category => seen.has(category))
  categoriesCache.set(tag, categories)
  return categories
}

/** How many forms a plural message may have in the language: without and with the zero form. */
export function formCounts(tag: string): { plain: number, withZero: number } {
  const plain = integerCategories(tag).length
  return { plain, withZero: plain + 1 }
}

/** vue-i18n's plural rule for a language: which of a message's forms to show for `choice`. */
export function pluralRule(tag: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(tag)
  const categories = integerCategories(tag)
  return (choice, choicesLength) => {
    const withZero = choicesLength === categories.length + 1
    if (withZero && choice === 0) return 0
    const found = categories.indexOf(rules.select(Math.abs(choice)))
    const index = found >= 0 ? found : categories.length - 1
    return Math.min(index + (withZero ? 1 : 0), choicesLength - 1)
  }
}
