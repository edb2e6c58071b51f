import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PortalError } from '@/b24'

const { callV2, callV3 } = vi.hoisted(() => ({ callV2: vi.fn(), callV3: vi.fn() }))
vi.mock('@/b24', async (importOriginal) => ({ ...await importOriginal<Record<string, unknown>>(), callV2, callV3 }))

const { forgetPortalFeatures, isMethodNotFound, portalFeatures } = await import('./features')

function error(code: string, status: number): PortalError {
  return new PortalError({ code, message: code, status })
}

describe('portalFeatures', () => {
  beforeEach(() => {
    forgetPortalFeatures()
    callV2.mockReset().mockResolvedValue([])
    callV3.mockReset().mockResolvedValue({ count: 3 })
  })

  it('offers both when the probes answer, and probes once', async () => {
    await expect(portalFeatures()).resolves.toEqual({ structure: true, collabs: true })
    await portalFeatures()
    expect(callV3).toHaveBeenCalledTimes(1)
    expect(callV3).toHaveBeenCalledWith('humanresources.node.count', {})
    expect(callV2).toHaveBeenCalledTimes(1)
  })

  it('hands on the count the probe was answered (departments + teams) for the first load\'s total', async () => {
    callV3.mockResolvedValue({ departments: 7, teams: 3 })
    await expect(portalFeatures()).resolves.toEqual({ structure: true, collabs: true, nodeCount: 10 })
  })

  it('no structure when REST 3.0 says the method is not found', async () => {
    callV3.mockRejectedValue(error('BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION', 404))
    await expect(portalFeatures()).resolves.toEqual({ structure: false, collabs: true })
  })

  it('no structure on a portal without REST 3.0 (REST 2 ERROR_METHOD_NOT_FOUND)', async () => {
    callV3.mockRejectedValue(error('ERROR_METHOD_NOT_FOUND', 404))
    await expect(portalFeatures()).resolves.toEqual({ structure: false, collabs: true })
  })

  it('no collabs when the workgroup method does not exist', async () => {
    callV2.mockRejectedValue(error('ERROR_METHOD_NOT_FOUND', 404))
    await expect(portalFeatures()).resolves.toEqual({ structure: true, collabs: false })
  })

  it('any other failure says nothing about the features', async () => {
    callV3.mockRejectedValue(error('BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', 403))
    callV2.mockRejectedValue(error('NETWORK_ERROR', 0))
    await expect(portalFeatures()).resolves.toEqual({ structure: true, collabs: true })
    expect(isMethodNotFound(new Error('x'))).toBe(false)
  })
})
