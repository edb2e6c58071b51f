import { describe, expect, it } from 'vitest'
import { defaultViewChunk } from './firstScreenChunks.ts'
import type { ModuleGraph } from './firstScreenChunks.ts'

function graph(modules: Record<string, string[]>): ModuleGraph {
  return {
    getModuleIds: () => Object.keys(modules)[Symbol.iterator](),
    getModuleInfo: (id) => modules[id] ? { importedIds: modules[id] } : null
  }
}

describe('defaultViewChunk', () => {
  it("captures the default view's imports once the module graph is known, and nothing else", () => {
    const { plugin, group } = defaultViewChunk('/src/views/DepartmentsView.vue')
    // before buildEnd nothing is known, so nothing is captured
    expect(group.test('/app/src/components/departments/DepartmentsTree.vue')).toBe(false)
    plugin.buildEnd.call(graph({
      '/app/src/main.ts': ['/app/src/App.vue'],
      '/app/src/views/DepartmentsView.vue': ['/app/src/components/departments/DepartmentsTree.vue', '/app/node_modules/reka-ui/dist/Checkbox.js'],
      '/app/src/components/departments/DepartmentsTree.vue': ['/app/src/utils/names.ts'],
      '/app/src/views/ChatsView.vue': ['/app/src/components/chats/ChatsList.vue']
    }))
    expect(group.test('/app/src/components/departments/DepartmentsTree.vue')).toBe(true)
    expect(group.test('/app/node_modules/reka-ui/dist/Checkbox.js')).toBe(true)
    // the view itself stays its own chunk (a dynamic entry the router loads); deeper imports come with the
    // group's includeDependenciesRecursively, other views' modules stay out
    expect(group.test('/app/src/views/DepartmentsView.vue')).toBe(false)
    expect(group.test('/app/src/components/chats/ChatsList.vue')).toBe(false)
    expect(group.priority).toBeLessThan(2)
  })

  it('captures nothing in a build without the view (the bench baseline page)', () => {
    const { plugin, group } = defaultViewChunk('/src/views/DepartmentsView.vue')
    plugin.buildEnd.call(graph({ '/app/main.ts': ['/app/kit.js'] }))
    expect(group.test('/app/kit.js')).toBe(false)
  })
})
