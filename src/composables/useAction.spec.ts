import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import B24App from '@bitrix24/b24ui-nuxt/components/App.vue'
import { PortalError } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import { i18n, setLanguage } from '@/i18n'
import { useAction } from './useAction'
import type { ActionRunner } from './useAction'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

/** A screen with one runner: its toasts show inside B24App, as in the app. */
async function mounted(words = {}): Promise<ActionRunner> {
  let runner: ActionRunner | null = null
  const mountedApp = await mountApp(defineComponent({
    setup() {
      runner = useAction(words)
      return () => h(B24App, null, () => h('p', { 'data-testid': 'message' }, runner?.message.value ?? ''))
    }
  }))
  wrapper = mountedApp.wrapper
  return runner!
}

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => { resolve = r })
  return { promise, resolve }
}

const denied = new PortalError({ code: 'ACCESS_DENIED', status: 403, message: 'No rights to this chat' })

describe('useAction', () => {
  it('says it is working while the action runs, then shows the success toast', async () => {
    const runner = await mounted()
    const answer = deferred<string>()
    const done = runner.run('save', () => answer.promise, { success: (name) => `Saved ${name}` })
    expect(runner.busy.value).toBe('save')
    answer.resolve('Sales')
    expect(await done).toBe(true)
    await flushPromises()
    expect(runner.busy.value).toBeNull()
    expect(document.body.textContent).toContain('Saved Sales')
    expect(runner.message.value).toBeNull()
  })

  it('never sends a second action while one is running', async () => {
    const runner = await mounted()
    const answer = deferred<void>()
    let calls = 0
    const first = runner.run('save', () => { calls += 1; return answer.promise })
    expect(await runner.run('save', async () => { calls += 1 })).toBe(false)
    expect(await runner.run('other', async () => { calls += 1 })).toBe(false)
    answer.resolve()
    await first
    expect(calls).toBe(1)
    expect(await runner.run('save', async () => { calls += 1 })).toBe(true)
    expect(calls).toBe(2)
  })

  it('keeps a thrown error for the view, in describeError wording with the view\'s words', async () => {
    const runner = await mounted({ kinds: { accessDenied: 'departments.errors.accessDenied' } })
    expect(await runner.run('save', () => Promise.reject(denied), { success: 'Unbound from Sales' })).toBe(false)
    await flushPromises()
    expect(runner.busy.value).toBeNull()
    expect(runner.error.value?.code).toBe('ACCESS_DENIED')
    expect(wrapper!.get('[data-testid="message"]').text()).toBe(i18n.global.t('departments.errors.accessDenied', { message: denied.message }))
    expect(document.body.textContent).not.toContain('Unbound from Sales')
  })

  it('reads a failure from a result that carries it, with the action\'s own sentence, and clear() forgets it', async () => {
    const runner = await mounted()
    const ok = await runner.run('bind', async () => ({ failed: denied, done: 2 }), {
      failure: (result) => result.failed,
      describe: (error, result) => `${error.message} (${result?.done} done)`
    })
    expect(ok).toBe(false)
    await nextTick()
    expect(wrapper!.get('[data-testid="message"]').text()).toBe('No rights to this chat (2 done)')
    runner.clear()
    await nextTick()
    expect(wrapper!.get('[data-testid="message"]').text()).toBe('')
  })

  it('re-words the kept failure when the language changes', async () => {
    const runner = await mounted()
    await runner.run('save', () => Promise.reject(new PortalError({ code: 'NETWORK_ERROR', message: 'offline' })))
    await nextTick()
    const english = wrapper!.get('[data-testid="message"]').text()
    await setLanguage('de')
    await nextTick()
    const german = wrapper!.get('[data-testid="message"]').text()
    await setLanguage('en')
    expect(english).toBeTruthy()
    expect(german).toBeTruthy()
    expect(german).not.toBe(english)
  })
})
