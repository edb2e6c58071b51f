import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LABELS, applyLabels, label, labelLang } from './labels.js'
import { PORTAL_LANGS, textLang } from '../data/types.ts'

// the happy-dom environment (for applyLabels) replaces URL, so the path is built without it
const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'index.html'), 'utf8')
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the portal page labels', () => {
  it('has the same keys and placeholders in English and Russian, and every Russian text is translated', () => {
    expect(Object.keys(LABELS.ru).sort()).toEqual(Object.keys(LABELS.en).sort())
    for (const [key, en] of Object.entries(LABELS.en)) {
      expect(placeholders(LABELS.ru[key]!), key).toEqual(placeholders(en))
      expect(LABELS.ru[key]!.trim(), key).not.toBe('')
    }
  })

  it('has a key for every data-label of index.html, whose English text is the one in the page', () => {
    const marked = [...html.matchAll(/data-label(?:-[a-z-]+)?="([^"]*)"/g)].map((m) => m[1]!)
    expect(marked.length).toBeGreaterThan(20)
    for (const key of marked) expect(Object.hasOwn(LABELS.en, key), key).toBe(true)
    // the element's own text stays the English one (the e2e tests find some elements by it)
    for (const [, key, text] of html.matchAll(/data-label="([^"]+)"[^>]*>([^<]*)</g)) expect(text, key).toBe(LABELS.en[key!])
    for (const [, attribute, value, key] of html.matchAll(/(title|aria-label)="([^"]*)" data-label-\1="([^"]+)"/g)) {
      expect(value, `${attribute} ${key}`).toBe(LABELS.en[key!])
    }
  })

  it('is Russian for ru and English for every other portal language, as the REST texts are', () => {
    for (const lang of PORTAL_LANGS) expect(labelLang(lang), lang).toBe(textLang(lang))
    expect(label('ru', 'header.language')).toBe('Язык')
    expect(label('kz', 'header.language')).toBe('Language')
    expect(label('de', 'picker.showing', { shown: 50, total: 120 })).toBe('Showing 50 of 120')
    expect(label('ru', 'picker.showing', { shown: 50, total: 120 })).toBe('Показано 50 из 120')
  })

  it('lists the 20 portal languages in the language switch, each by its own name and with its lang', () => {
    const select = html.slice(html.indexOf('<select id="lang-select">'), html.indexOf('</select>', html.indexOf('<select id="lang-select">')))
    const options = [...select.matchAll(/<option value="([^"]+)" lang="([^"]+)">([^<]+)<\/option>/g)].map((m) => [m[1], m[2], m[3]])
    expect(options.map(([value]) => value)).toEqual([...PORTAL_LANGS])
    expect(Object.fromEntries(options.map(([value, , name]) => [value, name]))).toEqual({
      ar: 'العربية', br: 'Português (Brasil)', de: 'Deutsch', en: 'English', fr: 'Français', id: 'Bahasa Indonesia', in: 'हिन्दी',
      it: 'Italiano', ja: '日本語', kz: 'Қазақша', la: 'Español', ms: 'Bahasa Melayu', pl: 'Polski', ru: 'Русский', sc: '中文（简体）',
      tc: '中文（繁體）', th: 'ภาษาไทย', tr: 'Türkçe', ua: 'Українська', vn: 'Tiếng Việt'
    })
    for (const [value, lang] of options) expect(lang, value).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/)
  })

  it('applies the labels to the page and sets <html lang>, and back to English', () => {
    // without what happy-dom would try to load: the stylesheet, the script and the frame (kept as another tag)
    const quiet = html.replace(/<link[^>]*>|<script[^>]*><\/script>/g, '').replace(/<(\/?)iframe\b/g, '<$1x-frame')
    const doc = new DOMParser().parseFromString(quiet, 'text/html')
    applyLabels(doc, 'ru')
    expect(doc.documentElement.lang).toBe('ru')
    expect(doc.getElementById('fault-clear')!.textContent).toBe('Снять сбои')
    expect(doc.getElementById('app-frame')!.getAttribute('title')).toBe('Приложение')
    expect(doc.querySelector('.portal-side')!.getAttribute('aria-label')).toBe('Управление эмулятором')
    applyLabels(doc, 'ja')
    expect(doc.documentElement.lang).toBe('en')
    expect(doc.getElementById('fault-clear')!.textContent).toBe('Clear faults')
    expect(doc.getElementById('user-picker-ok')!.textContent).toBe('Select')
    expect(doc.getElementById('app-frame')!.getAttribute('title')).toBe('Application')
  })
})
