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

  it('drops the pending call when its component unmounts', () => {
    const fn = vi.fn<(term: string) => void>()
    const { wrapper, call } = mountWith(fn, 300)
    void call('ab')
    wrapper.unmount()
    vi.advanceTimersByTime(1000)
    expect(fn).not.toHaveBeenCalled()
  })

  it('drops the pending call on cancel()', () => {
    const fn = vi.fn<(term: string) => void>()
    const { wrapper, call } = mountWith(fn, 300)
    void call('ab')
    call.cancel()
    vi.advanceTimersByTime(1000)
    expect(fn).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
