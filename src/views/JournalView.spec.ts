import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import type { JournalEntry } from '@/api/journal'
import { PortalError } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import { useJournalStore } from '@/stores/journal'
import JournalView from './JournalView.vue'

function entry(id: string, extra: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id, at: '2026-03-01T10:00:00.000Z', userId: 1, userName: 'Anna Admin', nodeId: 7, nodeName: 'Sales', type: 'CHAT',
    ids: [1001], removeIds: [], createDefault: false, withChildren: false, result: 'success', runId: 'run-1', ...extra
  }
}

let wrapper: VueWrapper

/** The view over a journal already read; returns its store, to feed further states. */
async function mount(entries: JournalEntry[], lang = 'en') {
  ;({ wrapper } = await mountApp(JournalView, { path: '/journal', lang, session: { context: { lang } }, settle: false }))
  const journal = useJournalStore()
  journal.entries = entries
  journal.loaded = true
  await flushPromises()
  return journal
}

describe('JournalView', () => {
  it('lists who changed what, and marks what was undone', async () => {
    await mount([entry('b', { undoOf: 'a', ids: [], removeIds: [1001] }), entry('a')])
    const rows = wrapper.findAll('[data-testid^="journal-entry-"]')
    expect(rows).toHaveLength(2)
    expect(rows[1]!.text()).toContain('Anna Admin')
    expect(rows[1]!.text()).toContain('Bound chat #1001')
    expect(rows[1]!.attributes('data-undone')).toBe('true')
    expect(wrapper.find('[data-testid="journal-undo-a"]').exists()).toBe(false)
  })

  it('undoes an entry only after a confirmation', async () => {
    const journal = await mount([entry('a')])
    const undoEntry = vi.fn(async () => null)
    journal.undoEntry = undoEntry
    await wrapper.get('[data-testid="journal-undo-a"]').trigger('click')
    await flushPromises()
    expect(undoEntry).not.toHaveBeenCalled()
    const confirm = document.body.querySelector<HTMLButtonElement>('[data-testid="journal-undo-confirm-ok"]')
    expect(confirm).not.toBeNull()
    confirm!.click()
    await flushPromises()
    expect(undoEntry).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }))
  })

  it('asks about the whole run before undoing it, and says why an undo failed', async () => {
    const journal = await mount([entry('b'), entry('a')])
    const undoRun = vi.fn(async () => {
      journal.undoError = new PortalError({ code: 'ERROR_CORE', message: 'Node 7 is locked' })
      return null
    })
    journal.undoRun = undoRun
    await wrapper.get('[data-testid="journal-undo-run-run-1"]').trigger('click')
    await flushPromises()
    expect(document.body.querySelector('[role="dialog"]')?.textContent).toContain('Undo 2 changes?')
    document.body.querySelector<HTMLButtonElement>('[data-testid="journal-undo-confirm-ok"]')!.click()
    await flushPromises()
    expect(undoRun).toHaveBeenCalledWith('run-1')
    const alert = wrapper.get('[data-testid="journal-undo-error"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('The undo failed: Node 7 is locked')
  })

  it('says it is reading, and on a failed read offers to try again', async () => {
    const journal = await mount([])
    journal.loaded = false
    journal.loading = true
    await flushPromises()
    expect(wrapper.find('[data-testid="journal-loading"]').text()).toBe('Reading the journal…')
    expect(wrapper.find('[data-testid="journal-empty"]').exists()).toBe(false)
    journal.loading = false
    journal.loadError = new PortalError({ code: 'ACCESS_DENIED', message: 'Access denied!' })
    const retry = vi.fn(async () => {})
    journal.retry = retry
    await flushPromises()
    expect(wrapper.get('[data-testid="journal-load-error"]').text()).toContain('The journal could not be read: Access denied!')
    await wrapper.get('[data-testid="journal-load-retry"]').trigger('click')
    expect(retry).toHaveBeenCalled()
  })

  it('speaks Russian', async () => {
    await mount([], 'ru')
    expect(wrapper.text()).toContain('Журнал изменений')
    expect(wrapper.get('[data-testid="journal-empty"]').text()).toBe('Изменений пока нет.')
  })
})
