import { describe, expect, it } from 'vitest'
import { i18n, kitLocale, setLanguage, shownLang } from './index'
import { LANGUAGES, LANG_CODES, tagOf } from './languages'
import { checkLanguage, flatten, placeholders, pluralForms, type MessageTree } from './checks'
import { formCounts, integerCategories, pluralRule } from './plural'

const files = import.meta.glob<{ default: MessageTree }>('./locales/*/*.ts', { eager: true })

function messagesOf(lang: string): MessageTree {
  const tree: MessageTree = {}
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path)
    if (match?.[1] === lang && match[2]) tree[match[2]] = module.default
  }
  return tree
}

const t = i18n.global.t as (key: string, choice?: number | Record<string, unknown>, named?: Record<string, unknown> | number) => string

describe('every portal language', () => {
  const english = messagesOf('en')

  it('is one of the 20 Bitrix24 codes, each with messages', () => {
    expect(LANG_CODES.sort()).toEqual(['ar', 'br', 'de', 'en', 'fr', 'id', 'in', 'it', 'ja', 'kz', 'la', 'ms', 'pl', 'ru', 'sc', 'tc', 'th', 'tr', 'ua', 'vn'])
    const withMessages = new Set(Object.keys(files).map(path => path.split('/')[2]))
    expect([...withMessages].sort()).toEqual(LANG_CODES.sort())
  })

  it.each(LANG_CODES)('%s has English\'s keys, placeholders and its own number of plural forms', (lang) => {
    const problems = checkLanguage(lang, tagOf(lang), messagesOf(lang), english)
    expect(problems).toEqual({ missing: [], extra: [], placeholders: [], plurals: [], sameAsEnglish: [], syntax: [] })
  })

  it('the checks see a missing key, a lost placeholder, a wrong plural count and an untranslated text', () => {
    const source: MessageTree = { a: { hello: 'Hello {name}', chats: 'no chats | 1 chat | {n} chats', save: 'Save' } }
    const broken: MessageTree = { a: { hello: 'Привет', chats: 'нет чатов | {n} чат | {n} чатов', save: 'Save', more: 'x' } }
    const problems = checkLanguage('ru', 'ru', broken, source)
    expect(problems.extra).toEqual(['a.more'])
    expect(problems.placeholders).toEqual(['a.hello:  (English: name)'])
    expect(problems.plurals).toEqual(['a.chats: 3 forms, ru wants 4'])
    expect(problems.sameAsEnglish).toEqual(['a.save'])
    expect(checkLanguage('ru', 'ru', { a: {} }, source).missing).toEqual(['a.hello', 'a.chats', 'a.save'])
    expect(placeholders('{count} of {total}, {\'@\'}')).toEqual(['count', 'total'])
    expect(pluralForms('a | b')).toEqual(['a', 'b'])
    expect(Object.keys(flatten(english)).length).toBeGreaterThan(500)
  })
})

describe('language codes', () => {
  it('maps what the portal sends to the language shown; unknown codes fall back to English', () => {
    expect(shownLang('ru')).toBe('ru')
    expect(shownLang('UA')).toBe('ua')
    expect(shownLang('kz')).toBe('kz')
    expect(shownLang('by')).toBe('ru')
    expect(shownLang('xx')).toBe('en')
    expect(shownLang(undefined)).toBe('en')
  })

  it('gives every language a valid BCP 47 tag, never a portal code Intl would misread', () => {
    for (const lang of LANG_CODES) {
      const tag = tagOf(lang)
      expect(Intl.getCanonicalLocales(tag), lang).toEqual([tag])
      expect(new Intl.DateTimeFormat(tag).resolvedOptions().locale.split('-')[0], lang).toBe(tag.split('-')[0])
    }
    expect(tagOf('la')).toBe('es')
    expect(tagOf('ua')).toBe('uk')
    expect(tagOf('in')).toBe('hi')
    expect(LANGUAGES.ar.dir).toBe('rtl')
    expect(LANG_CODES.filter(lang => LANGUAGES[lang].dir === 'rtl')).toEqual(['ar'])
  })
})

describe('switching language', () => {
  it('switches the app texts, <html lang dir> and the kit locale together, fetching the language on demand', async () => {
    expect(await setLanguage('de')).toBe('de')
    expect(i18n.global.locale.value).toBe('de')
    expect(t('common.nav.departments')).toBe(flatten(messagesOf('de'))['common.nav.departments'])
    expect(document.documentElement.lang).toBe('de')
    expect(document.documentElement.dir).toBe('ltr')
    expect(kitLocale('de').code).toBe('de')

    expect(await setLanguage('ar')).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(kitLocale('ar').dir).toBe('rtl')
    expect(t('common.nav.departments')).not.toBe('Departments')

    expect(await setLanguage('la')).toBe('la')
    expect(document.documentElement.lang).toBe('es')
    expect(await setLanguage('xx')).toBe('en')
    expect(t('common.nav.crmFields')).toBe('CRM fields')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it.each(LANG_CODES)('%s: the kit\'s own locale switches with the app', async (lang) => {
    await setLanguage(lang)
    expect(kitLocale(lang).code).toBe(lang)
    expect(kitLocale(lang).dir).toBe(LANGUAGES[lang].dir)
    expect(i18n.global.locale.value).toBe(tagOf(lang))
    await setLanguage('en')
  })

  it('the last of two overlapping switches wins', async () => {
    const first = setLanguage('ja')
    const second = setLanguage('ru')
    await Promise.all([first, second])
    expect(i18n.global.locale.value).toBe('ru')
    await setLanguage('en')
  })
})

describe('plurals from Intl.PluralRules', () => {
  it('knows each language\'s categories for whole numbers', () => {
    expect(integerCategories('en')).toEqual(['one', 'other'])
    expect(integerCategories('ru')).toEqual(['one', 'few', 'many'])
    expect(integerCategories('ar')).toEqual(['one', 'two', 'few', 'many', 'other'])
    expect(integerCategories('ja')).toEqual(['other'])
    expect(formCounts('pl')).toEqual({ plain: 3, withZero: 4 })
  })

  it('picks the form by the language\'s rule, with the zero form first when a message has one', () => {
    const ru = pluralRule('ru')
    expect([0, 1, 2, 5, 11, 21, 22, 112].map(n => ru(n, 4))).toEqual([0, 1, 2, 3, 3, 1, 2, 3])
    expect([1, 2, 5, 21].map(n => ru(n, 3))).toEqual([0, 1, 2, 0])
    const ar = pluralRule('ar')
    expect([0, 1, 2, 3, 11, 100].map(n => ar(n, 6))).toEqual([0, 1, 2, 3, 4, 5])
    const fr = pluralRule('fr')
    expect([0, 1, 2, 1_000_000].map(n => fr(n, 3))).toEqual([0, 1, 2, 2])
    const ja = pluralRule('ja')
    expect([0, 1, 7].map(n => ja(n, 2))).toEqual([0, 1, 1])
  })

  it('Russian texts read right for 1, 2, 5, 11 and 21 through vue-i18n', async () => {
    await setLanguage('ru')
    const forms = [0, 1, 2, 5, 11, 21, 22, 112].map(n => t('departments.tree.chats', n))
    await setLanguage('en')
    const english = [0, 1, 2].map(n => t('departments.tree.chats', n))
    expect(forms).toEqual(['нет чатов', '1 чат', '2 чата', '5 чатов', '11 чатов', '21 чат', '22 чата', '112 чатов'])
    expect(english).toEqual(['no chats', '1 chat', '2 chats'])
  })

  it('dates and numbers follow the language\'s tag (la is Spanish, not Latin)', async () => {
    await setLanguage('la')
    const { d, n } = i18n.global
    const date = new Date(Date.UTC(2026, 11, 2, 10, 42))
    expect(d(date, { month: 'long', timeZone: 'UTC' })).toBe('diciembre')
    expect(n(1234567)).toBe(new Intl.NumberFormat('es').format(1234567))
    await setLanguage('de')
    expect(n(1234567)).toBe('1.234.567')
    await setLanguage('en')
  })
})
