import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, hasExplicitRoute, landingPath } from './router'

describe('router', () => {
  it('opens Departments by default and for unknown paths', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/')
    expect(router.currentRoute.value.path).toBe('/departments')
    await router.push('/nowhere')
    expect(router.currentRoute.value.path).toBe('/departments')
  })

  it('starts the Contact Center placement on Open Channels', () => {
    expect(landingPath('SETTING_CONNECTOR')).toBe('/openlines')
    expect(landingPath('DEFAULT')).toBeNull()
  })

  it('treats only a section in the hash as a deep link', () => {
    expect(hasExplicitRoute('')).toBe(false)
    expect(hasExplicitRoute('#/')).toBe(false)
    expect(hasExplicitRoute('#/chats')).toBe(true)
  })
})
