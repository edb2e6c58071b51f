/**
 * `npm run i18n:check [lang …]`: what a language's messages lack against English (keys, placeholders,
 * plural forms for its rules, texts left in English). The unit test i18n.spec.ts applies the same checks to
 * every language; this prints them for a translator working on one. Exits 1 when anything is wrong.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { LANGUAGES, isLangCode } from '../src/i18n/languages'
import { checkLanguage, problemCount, type MessageTree } from '../src/i18n/checks'

const root = join(import.meta.dirname, '../src/i18n/locales')

async function load(lang: string): Promise<MessageTree> {
  const tree: MessageTree = {}
  let files: string[] = []
  try {
    files = readdirSync(join(root, lang)).filter(file => file.endsWith('.ts'))
  } catch {
    return tree
  }
  for (const file of files) {
    const module = await import(pathToFileURL(join(root, lang, file)).href) as { default: MessageTree }
    tree[file.replace(/\.ts$/, '')] = module.default
  }
  return tree
}

const wanted = process.argv.slice(2).filter(arg => !arg.startsWith('-'))
const langs = wanted.length ? wanted : Object.keys(LANGUAGES)
const english = await load('en')
let failed = 0
for (const lang of langs) {
  if (!isLangCode(lang)) {
    console.log(`${lang}: not a Bitrix24 language code`)
    failed++
    continue
  }
  const problems = checkLanguage(lang, LANGUAGES[lang].tag, await load(lang), english)
  const count = problemCount(problems)
  console.log(`${lang}: ${count ? `${count} problems` : 'OK'}`)
  for (const [kind, list] of Object.entries(problems)) {
    for (const line of list.slice(0, 40)) console.log(`  ${kind}: ${line}`)
    if (list.length > 40) console.log(`  ${kind}: … ${list.length - 40} more`)
  }
  if (count) failed++
}
process.exit(failed ? 1 : 0)
