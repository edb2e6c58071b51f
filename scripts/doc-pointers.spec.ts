// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Every pointer in the code leads somewhere a reader of this repository can follow: a file of the
 * repository, a numbered decision of docs/decisions.md, or a public page (the Bitrix24 REST docs, a
 * b24jssdk thread). Notes that live outside the repository — the product brief and the reference notes it
 * was built from — must not be cited; their facts are in docs/decisions.md and docs/architecture.md.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const self = relative(root, fileURLToPath(import.meta.url))

const SCANNED_DIRS = ['src', 'emulator', 'scripts', 'e2e', 'docs']
const SCANNED_ROOT_FILES = ['README.md', 'eslint.config.ts', 'vite.config.ts', 'index.html']
const TEXT_FILE = /\.(ts|vue|js|mjs|md|html)$/
/** Generated, installed or translated text, not pointers anyone writes. */
const SKIPPED = /(^|\/)(node_modules|dist[^/]*|test-results|playwright-report|\.artifacts|bench-results)(\/|$)|^src\/i18n\/locales\//

/** Names of the notes outside the repository. `bitrix-tools/b24-rest-docs` is the docs' public repository. */
const OUTSIDE = [
  /\bPRODUCT\.md\b/,
  /\brest-contract\b/,
  /\bframe-protocol\.md\b/,
  /\blive-portal\b/,
  /\btoolchain\.md\b/,
  /\bstyle-anchors\b/,
  /\bb24-docs-spec\b/,
  /(?<!bitrix-tools\/)\bb24-rest-docs\b/,
  /\/work\/shared\b/,
  /\.\.\/shared\//
]

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(join(root, dir))) {
    const path = dir ? `${dir}/${name}` : name
    if (SKIPPED.test(path)) continue
    if (statSync(join(root, path)).isDirectory()) walk(path, out)
    else out.push(path)
  }
  return out
}

const allFiles = walk('', [])
const scanned = [...SCANNED_DIRS.flatMap(dir => allFiles.filter(f => f.startsWith(`${dir}/`))), ...SCANNED_ROOT_FILES]
  .filter(f => TEXT_FILE.test(f) && f !== self && allFiles.includes(f))
const basenames = new Set(allFiles.map(f => basename(f)))

function lines(file: string): Array<{ where: string, text: string }> {
  return readFileSync(join(root, file), 'utf8').split('\n').map((text, i) => ({ where: `${file}:${i + 1}`, text }))
}

describe('pointers in the code', () => {
  it('cite no note outside the repository', () => {
    const found = scanned.flatMap(file => lines(file)
      .filter(({ text }) => OUTSIDE.some(pattern => pattern.test(text)))
      .map(({ where, text }) => `${where}: ${text.trim()}`))
    expect(found).toEqual([])
  })

  it('name only Markdown files the repository has (a public page is cited by its URL)', () => {
    const mdName = /(?<![\w/.:#-])((?:[\w.-]+\/)*[\w-]+\.md)\b/g
    const found = scanned.flatMap(file => lines(file).flatMap(({ where, text }) => [...text.matchAll(mdName)]
      .map(match => match[1]!)
      .filter(name => name.includes('/') ? !allFiles.some(f => f === name || f.endsWith(`/${name}`)) : !basenames.has(name))
      .map(name => `${where}: ${name}`)))
    expect(found).toEqual([])
  })

  it('cite only decisions that docs/decisions.md has', () => {
    const decisions = new Set([...readFileSync(join(root, 'docs/decisions.md'), 'utf8').matchAll(/^### (D\d+) /gm)].map(m => m[1]))
    const cited = /docs\/decisions\.md((?:,? D\d+)+)/g
    const missing = scanned.flatMap(file => lines(file).flatMap(({ where, text }) => [...text.matchAll(cited)]
      .flatMap(match => match[1]!.match(/D\d+/g) ?? [])
      .filter(id => !decisions.has(id))
      .map(id => `${where}: ${id}`)))
    expect(decisions.size).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })
})
