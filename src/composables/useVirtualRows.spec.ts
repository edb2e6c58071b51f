/* eslint-disable vue/one-component-per-file -- a list and a probe, each a few lines, for one composable */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { useVirtualRows } from './useVirtualRows'

type Observed = { callback: ResizeObserverCallback, targets: Element[] }

function fakeResizeObserver(): Observed[] {
  const observers: Observed[] = []
  vi.stubGlobal('ResizeObserver', class {
    private readonly entry: Observed
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback, targets: [] }
      observers.push(this.entry)
    }
    observe(target: Element) { this.entry.targets.push(target) }
    unobserve() {}
    disconnect() {}
  })
  return observers
}

function resized(observers: Observed[], el: HTMLElement, height: number): void {
  Object.defineProperty(el, 'clientHeight', { value: height, configurable: true })
  for (const o of observers.filter(o => o.targets.includes(el))) {
    o.callback([{ target: el } as unknown as ResizeObserverEntry], {} as ResizeObserver)
  }
}

const ROWS = Array.from({ length: 1000 }, (_, i) => i)

const List = defineComponent({
  setup() {
    const { viewport, rendered } = useVirtualRows(() => ROWS, { rowHeight: 10, overscan: 2, fallbackHeight: 100 })
    return () => h('div', { ref: viewport, 'data-testid': 'viewport' }, rendered.value.map(({ row }) => h('div', { key: row, class: 'row' }, String(row))))
  }
})

afterEach(() => vi.unstubAllGlobals())

describe('useVirtualRows', () => {
  it('draws the rows the fallback height holds until the browser reports the size, then as many as fit', async () => {
    const observers = fakeResizeObserver()
    const wrapper = mount(List, { attachTo: document.body })
    await nextTick()
    // 100 px of 10 px rows plus 2 of overscan below (none above the first row)
    expect(wrapper.findAll('.row')).toHaveLength(14)
    const el = wrapper.get('[data-testid="viewport"]').element as HTMLElement
    resized(observers, el, 300)
    await nextTick()
    expect(wrapper.findAll('.row')).toHaveLength(34)
    // a smaller frame draws fewer again
    resized(observers, el, 50)
    await nextTick()
    expect(wrapper.findAll('.row')).toHaveLength(9)
    wrapper.unmount()
  })

  it('does not read the viewport height while the view mounts (that would force a layout mid-render)', async () => {
    fakeResizeObserver()
    const read = vi.fn(() => 300)
    const Probe = defineComponent({
      setup() {
        const { viewport, rendered } = useVirtualRows(() => ROWS, { rowHeight: 10, overscan: 0, fallbackHeight: 100 })
        return () => h('div', {
          ref: (el) => {
            if (el && !Object.getOwnPropertyDescriptor(el, 'clientHeight')) Object.defineProperty(el, 'clientHeight', { get: read, configurable: true })
            viewport.value = el as HTMLElement | null
          }
        }, rendered.value.map(({ row }) => h('div', { key: row, class: 'row' })))
      }
    })
    const wrapper = mount(Probe, { attachTo: document.body })
    await nextTick()
    expect(read).not.toHaveBeenCalled()
    expect(wrapper.findAll('.row')).toHaveLength(10)
    wrapper.unmount()
  })
})
