import { describe, expect, it } from 'vitest'
import { PortalError } from '@/b24'
import { useLoadState } from './loadState'

/** A promise settled by hand, to make answers arrive in the order a test wants. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useLoadState', () => {
  it('goes idle → loading → ready and hands the answer over', async () => {
    const state = useLoadState()
    const answer = deferred<string[]>()
    let shown: string[] = []
    expect(state.status.value).toBe('idle')
    const done = state.run(() => answer.promise, (rows) => { shown = rows })
    expect(state.status.value).toBe('loading')
    answer.resolve(['a'])
    expect(await done).toBe(true)
    expect(state.status.value).toBe('ready')
    expect(state.loaded.value).toBe(true)
    expect(shown).toEqual(['a'])
  })

  it('keeps the failure as a PortalError, and a new run clears it', async () => {
    const state = useLoadState()
    await state.run(() => Promise.reject(new PortalError({ code: 'ACCESS_DENIED', message: 'no' })), () => {})
    expect(state.status.value).toBe('error')
    expect(state.error.value?.code).toBe('ACCESS_DENIED')
    const again = deferred<number>()
    const done = state.run(() => again.promise, () => {})
    expect(state.error.value).toBeNull()
    again.resolve(1)
    await done
    expect(state.status.value).toBe('ready')
  })

  it('drops an earlier answer that arrives after a later one', async () => {
    const state = useLoadState()
    const first = deferred<string>()
    const second = deferred<string>()
    let shown = ''
    const one = state.run(() => first.promise, (value) => { shown = value })
    const two = state.run(() => second.promise, (value) => { shown = value })
    second.resolve('new')
    expect(await two).toBe(true)
    first.resolve('old')
    expect(await one).toBe(false)
    expect(shown).toBe('new')
    expect(state.status.value).toBe('ready')
  })

  it('drops an earlier failure that arrives while a later load is under way', async () => {
    const state = useLoadState()
    const first = deferred<string>()
    const second = deferred<string>()
    void state.run(() => first.promise, () => {})
    const two = state.run(() => second.promise, () => {})
    first.reject(new Error('late'))
    await Promise.resolve()
    await Promise.resolve()
    expect(state.status.value).toBe('loading')
    expect(state.error.value).toBeNull()
    second.resolve('ok')
    await two
    expect(state.status.value).toBe('ready')
  })

  it('reset drops the answer on its way and goes back to idle', async () => {
    const state = useLoadState()
    const answer = deferred<string>()
    let shown = ''
    const done = state.run(() => answer.promise, (value) => { shown = value })
    state.reset()
    answer.resolve('late')
    expect(await done).toBe(false)
    expect(shown).toBe('')
    expect(state.status.value).toBe('idle')
    expect(state.loaded.value).toBe(false)
  })
})
