import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'

const scrollPortalToTop = vi.fn()
vi.mock('@/b24', () => ({ scrollPortalToTop: () => scrollPortalToTop() }))

const { useDialogsInView } = await import('./useDialogsInView')

describe('useDialogsInView', () => {
  it('asks the portal to scroll to the app\'s top when a dialog opens, not for other changes', async () => {
    const host = document.createElement('div')
    document.body.appendChild(host)
    const wrapper = mount(defineComponent({ setup: () => { useDialogsInView(() => host); return () => h('div') } }))
    host.appendChild(document.createElement('p'))
    await nextTick()
    await new Promise(r => setTimeout(r, 0))
    expect(scrollPortalToTop).not.toHaveBeenCalled()
    const portal = document.createElement('div')
    portal.innerHTML = '<div role="dialog" data-slot="content">Bind</div>'
    host.appendChild(portal)
    await new Promise(r => setTimeout(r, 0))
    expect(scrollPortalToTop).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })
})
