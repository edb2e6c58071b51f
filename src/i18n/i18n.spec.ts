import { describe, expect, it } from 'vitest'
import { i18n, kitLocale, messageLang, messages, setLanguage } from './index'

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key)).sort()
}

describe('i18n', () => {
  it('has English and Russian, with the same keys in every language', () => {
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(['en', 'ru']))
    const english = keys(messages.en)
    for (const [lang, tree] of Object.entries(messages)) {
      expect(keys(tree), `keys of ${lang}`).toEqual(english)
    }
  })

  it('maps Bitrix24 language codes to the messages shown', () => {
    expect(messageLang('ru')).toBe('ru')
    expect(messageLang('en')).toBe('en')
    expect(messageLang('kz')).toBe('ru')
    expect(messageLang('ua')).toBe('en')
    expect(messageLang('de')).toBe('en')
    expect(messageLang(undefined)).toBe('en')
  })

  it('switches the app texts, the html lang and the kit locale together', () => {
    expect(setLanguage('ru')).toBe('ru')
    expect(i18n.global.t('common.nav.crmFields')).toBe('Поля CRM')
    expect(document.documentElement.lang).toBe('ru')
    expect(kitLocale('ru').code).toBe('ru')
    setLanguage('la')
    expect(i18n.global.t('common.nav.crmFields')).toBe('CRM fields')
    expect(kitLocale('en').code).toBe('en')
  })
})

describe('plurals', () => {
  it('picks the Russian form by the last digits (1 чат, 2 чата, 5 чатов, 11 чатов, 21 чат)', () => {
    const instance = i18n
    const t = instance.global.t as (key: string, n: number) => string
    const previous = instance.global.locale.value
    instance.global.locale.value = 'ru'
    const forms = [0, 1, 2, 5, 11, 21, 22, 112].map(n => t('departments.tree.chats', n))
    instance.global.locale.value = 'en'
    const english = [0, 1, 2].map(n => t('departments.tree.chats', n))
    instance.global.locale.value = previous
    expect(forms).toEqual(['нет чатов', '1 чат', '2 чата', '5 чатов', '11 чатов', '21 чат', '22 чата', '112 чатов'])
    expect(english).toEqual(['no chats', '1 chat', '2 chats'])
  })
})
