import { createI18n } from 'vue-i18n'
import { en as kitEn } from '@bitrix24/b24ui-nuxt/locale'
import type { MessageTree } from './checks'
import { FALLBACK_LANG, LANGUAGES, LANG_CODES, dirOf, shownLang, tagOf } from './languages'
import type { LangCode } from './languages'
import { pluralRule } from './plural'

export { FALLBACK_LANG, LANG_CODES, LANGUAGES, shownLang, tagOf } from './languages'
export type { LangCode } from './languages'

/**
 * App messages for the 20 portal languages (Bitrix24 codes: en, ru, ua, kz, la, br, sc, …, not ISO).
 *
 * Each domain keeps its texts in locales/<lang>/<domain>.ts (default export), addressed as '<domain>.<key>'
 * (t('crm.fields.title')). A new domain adds locales/<lang>/<domain>.ts in every language and touches
 * nothing else. English is in the first-screen bundle; every other language is fetched when a portal asks
 * for it, so the first screen's size does not grow with the languages. i18n.spec.ts checks every language against English (checks.ts).
 *
 * vue-i18n's locale is the language's BCP 47 tag (languages.ts), so d() and n() format dates and numbers by
 * the language's rules; a portal code never reaches Intl.
 */
const english = import.meta.glob<{ default: MessageTree }>('./locales/en/*.ts', { eager: true })
const others = import.meta.glob<{ default: MessageTree }>(['./locales/*/*.ts', '!./locales/en/*.ts'])

function domainOf(path: string): { lang: string, domain: string } | null {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path)
  return match?.[1] && match[2] ? { lang: match[1], domain: match[2] } : null
}

function englishMessages(): MessageTree {
  const out: MessageTree = {}
  for (const [path, module] of Object.entries(english)) {
    const found = domainOf(path)
    if (found) out[found.domain] = module.default
  }
  return out
}

/** Fetches one language's domains (each its own chunk, fetched in parallel). */
async function fetchMessages(lang: LangCode): Promise<MessageTree> {
  const loaders = Object.entries(others).filter(([path]) => domainOf(path)?.lang === lang)
  const loaded = await Promise.all(loaders.map(async ([path, load]) => [domainOf(path)?.domain ?? '', (await load()).default] as const))
  return Object.fromEntries(loaded)
}

/**
 * The UI kit's own strings (its locale files, one per portal language) follow the app's language, so a
 * screen never mixes two. The package exports them only through one index, which would put all 20 in the
 * first screen; the files themselves are read here one by one.
 */
type KitLocale = typeof kitEn
const kitFiles = import.meta.glob<{ default: KitLocale }>(['/node_modules/@bitrix24/b24ui-nuxt/dist/runtime/locale/*.js', '!**/index.js', '!**/en.js'])
const kitLocales = new Map<LangCode, KitLocale>([['en', kitEn]])

async function fetchKitLocale(lang: LangCode): Promise<KitLocale> {
  const known = kitLocales.get(lang)
  if (known) return known
  const entry = Object.entries(kitFiles).find(([path]) => path.endsWith(`/${lang}.js`))
  const locale = entry ? (await entry[1]()).default : kitEn
  kitLocales.set(lang, locale)
  return locale
}

export function kitLocale(lang: string): KitLocale {
  return kitLocales.get(lang as LangCode) ?? kitEn
}

/**
 * A language's plural rule, worked out on its first plural message: pluralRule() samples 0–1000 to learn
 * which forms the language has, and doing that for all 20 languages at import cost the first screen
 * tens of milliseconds before anything showed.
 */
function lazyPluralRule(tag: string): ReturnType<typeof pluralRule> {
  let rule: ReturnType<typeof pluralRule> | null = null
  return (choice, choicesLength) => (rule ??= pluralRule(tag))(choice, choicesLength)
}

export const i18n = createI18n({
  legacy: false,
  locale: tagOf(FALLBACK_LANG),
  fallbackLocale: tagOf(FALLBACK_LANG),
  messages: { [tagOf(FALLBACK_LANG)]: englishMessages() },
  pluralRules: Object.fromEntries(LANG_CODES.map(lang => [tagOf(lang), lazyPluralRule(tagOf(lang))])),
  // A key missing in a language is a bug the unit test catches; at run time English stands in, and one
  // line in the console names it (the e2e language sweep fails on it).
  missing: (locale, key) => {
    console.warn(`[i18n] no message ${key} in ${locale}`)
  },
  missingWarn: false,
  fallbackWarn: false
})

const loaded = new Set<LangCode>([FALLBACK_LANG])
let latestRequest = 0

/** Fetches a language's messages and the kit's locale for it, once. */
export async function loadLanguage(lang: LangCode): Promise<void> {
  if (!loaded.has(lang)) {
    const [messages] = await Promise.all([fetchMessages(lang), fetchKitLocale(lang)])
    i18n.global.setLocaleMessage(tagOf(lang), messages)
    loaded.add(lang)
  }
  await fetchKitLocale(lang)
}

function apply(lang: LangCode): void {
  i18n.global.locale.value = tagOf(lang)
  if (typeof document === 'undefined') return
  document.documentElement.lang = tagOf(lang)
  document.documentElement.dir = dirOf(lang)
}

/**
 * Shows the app in the portal's language (and sets <html lang dir>); resolves with the language shown.
 * A language whose files cannot be fetched (offline, a stale deploy) leaves English on screen. When calls
 * overlap, the last one wins.
 */
export async function setLanguage(portalLang: string | null | undefined): Promise<LangCode> {
  const request = ++latestRequest
  let lang = shownLang(portalLang)
  try {
    await loadLanguage(lang)
  } catch {
    lang = FALLBACK_LANG
  }
  if (request === latestRequest) apply(lang)
  return lang
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return lang in LANGUAGES ? dirOf(lang as LangCode) : 'ltr'
}
