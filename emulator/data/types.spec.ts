// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { PORTAL_LANGS, isPortalLang, textLang } from './types.ts'

describe('portal languages', () => {
  it('are the 20 codes of b24jssdk B24LangList', () => {
    expect([...PORTAL_LANGS].sort()).toEqual(['ar', 'br', 'de', 'en', 'fr', 'id', 'in', 'it', 'ja', 'kz', 'la', 'ms', 'pl', 'ru', 'sc', 'tc', 'th', 'tr', 'ua', 'vn'])
    for (const lang of PORTAL_LANGS) expect(isPortalLang(lang)).toBe(true)
    for (const bad of ['xx', 'RU', 'pt-BR', 'uk', '', null, 7]) expect(isPortalLang(bad)).toBe(false)
  })

  it('write the emulator\'s own texts in Russian for ru and in English for every other language', () => {
    expect(textLang('ru')).toBe('ru')
    for (const lang of PORTAL_LANGS.filter((l) => l !== 'ru')) expect(textLang(lang), lang).toBe('en')
  })
})
