// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

/**
 * docs/decisions.md D13 "Text from the portal is text" rests on lint rules as much as on tests: these lint
 * snippets through the project's own eslint.config.ts, so dropping or weakening a rule fails here.
 */
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(m => m.severity === 2).map(m => m.ruleId ?? 'fatal')
}

const sfc = (template: string) => `<script setup lang="ts">\nconst name = '<b>x</b>'\n</script>\n\n<template>\n  ${template}\n</template>\n`

describe('lint rules that keep portal text as text', () => {
  it('refuses v-html in a component', async () => {
    expect(await ruleIds(sfc('<p v-html="name" />'), 'src/components/departments/Fixture.vue')).toContain('vue/no-v-html')
  })

  it('refuses binding innerHTML or outerHTML, the ways around v-html', async () => {
    expect(await ruleIds(sfc('<p :innerHTML="name" />'), 'src/components/chats/Fixture.vue')).toContain('vue/no-restricted-v-bind')
    expect(await ruleIds(sfc('<p v-bind:outerHTML="name" />'), 'src/views/Fixture.vue')).toContain('vue/no-restricted-v-bind')
  })

  it('refuses innerHTML assignments and HTML insertion in code', async () => {
    const code = 'export function show(el: HTMLElement, text: string): void {\n  el.innerHTML = text\n  el.insertAdjacentHTML(\'beforeend\', text)\n}\n'
    expect(await ruleIds(code, 'src/utils/fixture.ts')).toEqual(['no-restricted-syntax', 'no-restricted-syntax'])
  })

  it('lets text interpolation and textContent through', async () => {
    expect(await ruleIds(sfc('<p :title="name">{{ name }}</p>'), 'src/components/structure/Fixture.vue')).toEqual([])
    expect(await ruleIds('export function show(el: HTMLElement, text: string): void {\n  el.textContent = text\n}\n', 'src/utils/fixture.ts')).toEqual([])
  })
})
