import { batchV3, callV3, requestCapacity } from '@/b24'
import type { BatchV3Call, CallOptions, RestParams } from '@/b24'

/**
 * The two REST 3.0 doors the structure-wide modules (coverage, bulk, journal undo) go through. They take
 * it as a parameter so their specs can drive the real emulator over HTTP from node (src/api/testing/
 * emulatorTransport.ts) where the frame SDK cannot run; the app always uses `portalTransport`.
 */
export interface PortalTransport {
  /** REST 3.0 batch of at most 50 calls, all-or-nothing; resolves with the results in call order (retry: false for writes) */
  batch(calls: BatchV3Call[], options?: CallOptions): Promise<unknown[]>
  /** one REST 3.0 call; resolves with `result` */
  call(method: string, params?: RestParams, options?: CallOptions): Promise<unknown>
  /** requests of a load of `calls` more calls of `method` the client's limits let go at once now; without it a loader keeps a fixed few in flight */
  capacity?(method: string, calls: number): number
}

export const portalTransport: PortalTransport = {
  batch: (calls, options) => batchV3(calls, options),
  call: (method, params, options) => callV3(method, params, options),
  capacity: (method, calls) => requestCapacity(method, calls)
}
