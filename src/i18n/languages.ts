/**
 * The 20 languages a Bitrix24 portal runs in, by the portal's own codes (b24jssdk `B24LangList`), with the
 * BCP 47 tag that Intl and vue-i18n format dates, numbers and plurals by, and the writing direction.
 *
 * The tags start from b24jssdk's `B24LocaleMap` and the UI kit's locale files, corrected where those are not
 * valid tags or name the wrong language: `en-EN` is no region (→ `en`), the kit's `hi_IN` has an underscore
 * (→ `hi`), and `la` is Bitrix24's Spanish for Latin America and Spain, not Latin (→ `es`, as the kit says).
 * A portal code is never handed to Intl: `la`, `in`, `sc`, `tc`, `ua`, `vn`, `br` and `kz` mean something
 * else there or nothing at all.
 */
export const LANGUAGES = {
  ar: { tag: 'ar', dir: 'rtl', name: 'العربية' },
  br: { tag: 'pt-BR', dir: 'ltr', name: 'Português (Brasil)' },
  de: { tag: 'de', dir: 'ltr', name: 'Deutsch' },
  en: { tag: 'en', dir: 'ltr', name: 'English' },
  fr: { tag: 'fr', dir: 'ltr', name: 'Français' },
  id: { tag: 'id', dir: 'ltr', name: 'Bahasa Indonesia' },
  in: { tag: 'hi', dir: 'ltr', name: 'हिन्दी' },
  it: { tag: 'it', dir: 'ltr', name: 'Italiano' },
  ja: { tag: 'ja', dir: 'ltr', name: '日本語' },
  kz: { tag: 'kk', dir: 'ltr', name: 'Қазақша' },
  la: { tag: 'es', dir: 'ltr', name: 'Español' },
  ms: { tag: 'ms', dir: 'ltr', name: 'Bahasa Melayu' },
  pl: { tag: 'pl', dir: 'ltr', name: 'Polski' },
  ru: { tag: 'ru', dir: 'ltr', name: 'Русский' },
  sc: { tag: 'zh-CN', dir: 'ltr', name: '中文（简体）' },
  tc: { tag: 'zh-TW', dir: 'ltr', name: '中文（繁體）' },
  th: { tag: 'th', dir: 'ltr', name: 'ภาษาไทย' },
  tr: { tag: 'tr', dir: 'ltr', name: 'Türkçe' },
  ua: { tag: 'uk', dir: 'ltr', name: 'Українська' },
  vn: { tag: 'vi', dir: 'ltr', name: 'Tiếng Việt' }
} as const satisfies Record<string, { tag: string, dir: 'ltr' | 'rtl', name: string }>

export type LangCode = keyof typeof LANGUAGES

export const LANG_CODES = Object.keys(LANGUAGES) as LangCode[]

export const FALLBACK_LANG: LangCode = 'en'

export function isLangCode(value: string): value is LangCode {
  return Object.hasOwn(LANGUAGES, value)
}

/**
 * Codes a portal may send that are not among the 20 (older or on-premise installs): Belarusian portals
 * run alongside Russian, so it is the nearer reading there; anything else falls back to English.
 */
const NEAREST: Record<string, LangCode> = { by: 'ru' }

/** The language the app shows for what the portal sends (any case; unknown → nearest, else English). */
export function shownLang(portalLang: string | null | undefined): LangCode {
  const lang = (portalLang ?? '').trim().toLowerCase()
  if (isLangCode(lang)) return lang
  return NEAREST[lang] ?? FALLBACK_LANG
}

export function tagOf(lang: LangCode): string {
  return LANGUAGES[lang].tag
}

export function dirOf(lang: LangCode): 'ltr' | 'rtl' {
  return LANGUAGES[lang].dir
}
