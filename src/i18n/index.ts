import { createI18n } from 'vue-i18n'
import { en as kitEn, ru as kitRu } from '@bitrix24/b24ui-nuxt/locale'

/**
 * App messages keyed by Bitrix24 language codes (en, ru, ua, kz, la, br, sc, … — not ISO).
 *
 * Each domain keeps its texts in locales/<lang>/<domain>.ts (default export) and they are picked up here by
 * file name, so a new domain adds src/i18n/locales/en/<domain>.ts and ru/<domain>.ts and touches nothing
 * else; messages are then addressed as '<domain>.<key>' (e.g. t('crm.fields.title')).
 * i18n.spec.ts checks that every language has exactly the keys English has.
 */
type MessageTree = { [key: string]: string | MessageTree }

const modules = import.meta.glob<{ default: MessageTree }>('./locales/*/*.ts', { eager: true })

function collectMessages(): Record<string, Record<string, MessageTree>> {
  const out: Record<string, Record<string, MessageTree>> = {}
  for (const [path, module] of Object.entries(modules)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path)
    if (!match?.[1] || !match[2]) continue
    const [, lang, domain] = match
    out[lang] ??= {}
    out[lang][domain] = module.default
  }
  return out
}

export const messages = collectMessages()

export const FALLBACK_LANG = 'en'

/**
 * Bitrix24 languages the app has no texts for. Kazakh and Belarusian portals are mostly run in Russian
 * alongside; for every other language (Ukrainian included) English is the safer reading.
 */
const NEAREST: Record<string, string> = { kz: 'ru', by: 'ru' }

/** The language whose messages the app shows for a portal language. */
export function messageLang(portalLang: string | null | undefined): string {
  const lang = (portalLang ?? '').toLowerCase()
  if (lang in messages) return lang
  const nearest = NEAREST[lang]
  return nearest && nearest in messages ? nearest : FALLBACK_LANG
}

/**
 * The UI kit's own strings follow the same language as the app's, so one screen never mixes two. Add the
 * kit locale here together with a new language's messages.
 */
const kitLocales = { en: kitEn, ru: kitRu }

export function kitLocale(lang: string) {
  return kitLocales[lang as keyof typeof kitLocales] ?? kitEn
}

/**
 * Russian has three plural forms (1 чат, 2 чата, 5 чатов; 11–14 take the last). Messages with plurals
 * list them as 'zero | one | few | many' for Russian and 'zero | one | many' for English.
 */
export function russianPlural(choice: number, choicesLength: number): number {
  if (choice === 0 && choicesLength === 4) return 0
  const offset = choicesLength === 4 ? 1 : 0
  const n = Math.abs(choice) % 100
  const last = n % 10
  if (n >= 11 && n <= 14) return offset + 2
  if (last === 1) return offset
  if (last >= 2 && last <= 4) return offset + 1
  return offset + 2
}

export const i18n = createI18n({
  pluralRules: { ru: russianPlural },
  legacy: false,
  locale: FALLBACK_LANG,
  fallbackLocale: FALLBACK_LANG,
  messages,
  // Unknown portal languages are expected (they fall back); don't flood the console about it.
  missingWarn: false,
  fallbackWarn: false
})

/** Switch the app (and <html lang>) to the portal language; returns the language actually shown. */
export function setLanguage(portalLang: string | null | undefined): string {
  const lang = messageLang(portalLang)
  i18n.global.locale.value = lang
  if (typeof document !== 'undefined') document.documentElement.lang = lang
  return lang
}
