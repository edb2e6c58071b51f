import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as B24 from '@/b24'
import { fetchCollabs } from './workgroups'

const callV2Page = vi.hoisted(() => vi.fn())

vi.mock('@/b24', async (importOriginal) => ({ ...await importOriginal<typeof B24>(), callV2Page }))

beforeEach(() => {
  callV2Page.mockReset()
})

describe('socialnetwork.api.workgroup.list', () => {
  it('selects TYPE and keeps only collabs, over every page', async () => {
    callV2Page
      .mockResolvedValueOnce({ result: { workgroups: [{ id: '5', name: 'Group', type: 'group' }, { id: '6', name: 'Collab A', type: 'collab', dialogId: 'chat60' }] }, next: 50 })
      .mockResolvedValueOnce({ result: { workgroups: [{ id: '7', name: 'Collab B', type: 'collab', dialogId: '' }] } })
    expect(await fetchCollabs()).toEqual([
      { id: 6, name: 'Collab A', avatar: '', dialogId: 'chat60' },
      { id: 7, name: 'Collab B', avatar: '', dialogId: '' }
    ])
    expect(callV2Page.mock.calls[0]![1]).toMatchObject({ select: ['ID', 'NAME', 'TYPE', 'AVATAR'], params: { shouldSelectDialogId: 'Y' }, start: 0 })
    expect(callV2Page.mock.calls[1]![1]).toMatchObject({ start: 50 })
  })
})
