import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { operatingBudget } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import ShellLimitNotice from './ShellLimitNotice.vue'

let wrapper: VueWrapper | null = null

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('ShellLimitNotice', () => {
  it('says which method the portal paused and when the app goes on by itself, in the portal language', async () => {
    ;({ wrapper } = await mountApp(ShellLimitNotice, { lang: 'ru' }))
    expect(wrapper.find('[data-testid="shell-limit-notice"]').exists()).toBe(false)
    operatingBudget.refused(['humanresources.node.communication.list'])
    const waiting = operatingBudget.acquire(['humanresources.node.communication.list'])
    await flushPromises()
    const notice = wrapper.get('[data-testid="shell-limit-notice"]')
    expect(notice.attributes('data-reason')).toBe('refused')
    expect(notice.text()).toContain('humanresources.node.communication.list')
    expect(notice.text()).toContain('Приложение продолжит само')
    void waiting
  })
})
