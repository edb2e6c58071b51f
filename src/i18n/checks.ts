/**
 * What every language's messages must keep from English, as plain functions so the unit test and
 * `npm run i18n:check` (for translators, one language at a time) say the same thing.
 */
import { formCounts } from './plural'

export type MessageTree = { [key: string]: string | MessageTree }

/** `a.b.c` → message, for every leaf. */
export function flatten(tree: MessageTree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out[path] = value
    else Object.assign(out, flatten(value, path))
  }
  return out
}

/** The named placeholders a message uses (`{name}`, `{count}`), without vue-i18n's literals (`{'@'}`). */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map(match => match[1] as string))].sort()
}

/** Plural messages are the ones with ` | ` between forms (a literal pipe is written `{'|'}`). */
export function pluralForms(message: string): string[] | null {
  const forms = message.split(/\s\|\s/)
  return forms.length > 1 ? forms : null
}

/** Texts that are the same in every language: the product's name and codes. */
export const SAME_EVERYWHERE = new Set(['Communications Hub', 'CRM', 'CSV', 'ID', 'Bitrix24', 'JSON', 'URL'])

/** Bitrix24's product names that its portals keep in English in most languages (Collab, Extranet). */
export const LOANWORDS = new Set(['Collab', 'Collabs', 'Extranet', 'Avatar'])

/**
 * Per language, the English words that are also that language's own word as the portal uses it (German
 * and French say "Chat", Polish and German "Status"). Whole texts, not keys: a new message that says
 * "Chats" in German needs no new entry. Keep this short: everything else is written in the language.
 */
export const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['Chat', 'Chats', 'Team', 'Administrator', 'Status', 'Pink', 'Khaki', 'Marengo', 'Plan: {action}'],
  fr: ['Chat', 'Chats', 'Type', 'Participants', 'Description', 'Actions', 'Structure', 'Sections', 'Multiple', 'Marengo', 'Graphite'],
  it: ['Chat', 'Team', 'No', 'Marengo'],
  la: ['Chat', 'Chats', 'No', 'Error'],
  br: ['Status'],
  pl: ['Administrator', 'Status', 'Khaki'],
  id: ['Administrator', 'Status'],
  ms: ['Status']
}

/** Only placeholders, digits and punctuation: nothing to translate. */
function nothingToTranslate(message: string): boolean {
  return message.replace(/\{[^}]*\}/g, '').replace(/[\p{P}\p{S}\p{N}\s]/gu, '') === ''
}

export interface LanguageProblems {
  missing: string[]
  extra: string[]
  placeholders: string[]
  plurals: string[]
  sameAsEnglish: string[]
  syntax: string[]
}

/** Everything wrong with one language's messages against English's. */
export function checkLanguage(lang: string, tag: string, messages: MessageTree, english: MessageTree): LanguageProblems {
  const mine = flatten(messages)
  const theirs = flatten(english)
  const allowed = new Set([...LOANWORDS, ...(SAME_AS_ENGLISH[lang] ?? [])].map(word => word.toLowerCase()))
  const counts = formCounts(tag)
  const problems: LanguageProblems = { missing: [], extra: [], placeholders: [], plurals: [], sameAsEnglish: [], syntax: [] }
  for (const key of Object.keys(theirs)) if (!(key in mine)) problems.missing.push(key)
  for (const key of Object.keys(mine)) if (!(key in theirs)) problems.extra.push(key)
  for (const [key, message] of Object.entries(mine)) {
    const source = theirs[key]
    if (source === undefined) continue
    if (placeholders(message).join() !== placeholders(source).join()) {
      problems.placeholders.push(`${key}: ${placeholders(message).join(', ')} (English: ${placeholders(source).join(', ')})`)
    }
    const sourceForms = pluralForms(source)
    const forms = pluralForms(message)
    if (sourceForms) {
      const englishHasZero = sourceForms.length === formCounts('en').withZero
      const wanted = englishHasZero ? counts.withZero : counts.plain
      if ((forms?.length ?? 1) !== wanted) problems.plurals.push(`${key}: ${forms?.length ?? 1} forms, ${tag} wants ${wanted}`)
    } else if (forms) {
      problems.plurals.push(`${key}: has plural forms, English has none`)
    }
    // vue-i18n reads @ as a linked message and {x} as a placeholder: a literal must be {'@'}.
    if (/@(?![^{]*'\})/.test(message.replace(/\{'[^']*'\}/g, ''))) problems.syntax.push(`${key}: a bare @ (write {'@'})`)
    if (lang !== 'en' && message === source && !SAME_EVERYWHERE.has(message) && !nothingToTranslate(message) && !allowed.has(message.toLowerCase())) {
      problems.sameAsEnglish.push(key)
    }
  }
  return problems
}

export function problemCount(problems: LanguageProblems): number {
  return Object.values(problems).reduce((sum, list) => sum + list.length, 0)
}
