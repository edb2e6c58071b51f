import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as DoorModule from '@/b24'
import { listPlacements } from '@/api/placements'
import type { BoundPlacement } from '@/api/placements'
import { OFFERED_PLACEMENTS, planPlacements } from './portalSetup'

const callV2 = vi.hoisted(() => vi.fn())
vi.mock('@/b24', async importOriginal => ({ ...await importOriginal<typeof DoorModule>(), callV2 }))

const HERE = 'https://hub.example/'
const sidebar = (handler: string): BoundPlacement => ({ placement: 'IM_SIDEBAR', handler, title: 'Communications Hub', userId: 0, options: {} })

beforeEach(() => callV2.mockReset())

describe('planPlacements', () => {
  it('binds each offered placement the portal does not hold', () => {
    expect(planPlacements([], HERE)).toEqual([{ action: 'bind', binding: { ...OFFERED_PLACEMENTS[0], handler: HERE } }])
    expect(OFFERED_PLACEMENTS[0]?.options?.iconName).toBe('fa-sitemap')
  })

  it('binds nothing that is bound at this handler already, whatever its title or options', () => {
    expect(planPlacements([{ ...sidebar(HERE), title: 'Old title', options: { iconName: 'fa-cog' } }], HERE)).toEqual([])
  })

  it('moves a handler whose URL changed, and drops a stale one beside the current one', () => {
    expect(planPlacements([sidebar('https://old.example/')], HERE)).toEqual([
      { action: 'unbind', placement: 'IM_SIDEBAR', handler: 'https://old.example/' },
      { action: 'bind', binding: { ...OFFERED_PLACEMENTS[0], handler: HERE } }
    ])
    expect(planPlacements([sidebar(HERE), sidebar('https://old.example/')], HERE)).toEqual([
      { action: 'unbind', placement: 'IM_SIDEBAR', handler: 'https://old.example/' }
    ])
  })

  it('leaves placements the app does not offer alone', () => {
    expect(planPlacements([sidebar(HERE), { ...sidebar('https://x.example/'), placement: 'CRM_DEAL_DETAIL_TAB' }], HERE)).toEqual([])
  })
})

describe('listPlacements', () => {
  it('reads placement.get as the docs answer it: options [] when empty, codes upper-cased, rows without a handler left out', async () => {
    callV2.mockResolvedValue([
      { placement: 'im_sidebar', userId: 0, handler: HERE, options: [], title: 'Hub', description: '', langAll: {} },
      { placement: 'IM_CONTEXT_MENU', userId: '3', handler: HERE, options: { role: 'USER' }, title: 'Menu' },
      { placement: 'IM_TEXTAREA', handler: '' }
    ])
    expect(await listPlacements()).toEqual([
      { placement: 'IM_SIDEBAR', handler: HERE, title: 'Hub', userId: 0, options: {} },
      { placement: 'IM_CONTEXT_MENU', handler: HERE, title: 'Menu', userId: 3, options: { role: 'USER' } }
    ])
    expect(callV2).toHaveBeenCalledWith('placement.get', {})
  })
})
