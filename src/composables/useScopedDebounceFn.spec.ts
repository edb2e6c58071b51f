import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { useScopedDebounceFn } from './useScopedDebounceFn'

function mountWith(fn: (term: string) => void, ms: number) {
  let call: ReturnType<typeof useScopedDebounceFn<typeof fn>> | null = null
  const wrapper = mount(defineComponent({ setup: () => { call = useScopedDebounceFn(fn, ms); return () => h('div') } }))
  return { wrapper, call: call! }
}

describe('useScopedDebounceFn', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('calls once with the last arguments after a pause', () => {
    const fn = vi.fn<(term: string) => void>()
    const { wrapper, call } = mountWith(fn, 300)
    void call('a')
    vi.advanceTimersByTime(200)
    void call('ab')
    vi.advanceTimersByTime(299)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledExactlyOnceWith('ab')
    wrapper.unmount()
  })

  it.each([
    ['its component unmounts', (m: ReturnType<typeof mountWith>) => m.wrapper.unmount()],
    ['cancel() is called', (m: ReturnType<typeof mountWith>) => m.call.cancel()]
  ])('drops the pending call when %s', (_when, drop) => {
    const fn = vi.fn<(term: string) => void>()
    const mounted = mountWith(fn, 300)
    void mounted.call('ab')
    drop(mounted)
    vi.advanceTimersByTime(1000)
    expect(fn).not.toHaveBeenCalled()
    mounted.wrapper.unmount()
  })
})
