import { describe, expect, it, vi } from 'vitest'
import { useConfirm } from './useConfirm'

const words = (name: string | null) => ({ title: `Unbind ${name ?? ''}?`, description: 'Sure?', confirmLabel: 'Unbind', cancelLabel: 'Cancel' })

describe('useConfirm', () => {
  it('opens on a question about the subject, and the answer changes that subject', async () => {
    const change = vi.fn()
    const confirm = useConfirm(words, change)
    expect(confirm.open).toBe(false)
    confirm.ask('Sales')
    expect(confirm.open).toBe(true)
    expect(confirm.question.title).toBe('Unbind Sales?')
    // ConfirmModal closes itself before it emits confirm: the subject must outlive the open dialog
    confirm.open = false
    await confirm.answer()
    expect(change).toHaveBeenCalledWith('Sales')
    expect(confirm.question.title).toBe('Unbind Sales?')
  })

  it('runs nothing when nothing was asked', async () => {
    const change = vi.fn()
    await useConfirm(words, change).answer()
    expect(change).not.toHaveBeenCalled()
  })
})
