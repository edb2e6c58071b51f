// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { RestLogEntry } from '../../emulator/context.ts'
import { summariseLog } from './log.ts'

function entry(method: string, status = 200, error: string | null = null, batch?: string[]): RestLogEntry {
  return { at: '2026-01-12T00:00:00.000Z', method, api: 'v3', status, error, userId: 1, ...(batch ? { batch } : {}) }
}

describe('summariseLog', () => {
  it('counts every request, the refused ones and other failures, and groups batches by what they hold', () => {
    const summary = summariseLog([
      entry('batch', 200, null, ['humanresources.node.list', 'humanresources.node.list']),
      entry('batch', 200, null, ['humanresources.node.communication.list']),
      entry('batch', 503, 'QUERY_LIMIT_EXCEEDED', ['humanresources.node.communication.list']),
      entry('humanresources.node.communication.list'),
      entry('humanresources.node.communication.list', 400, 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION')
    ])
    expect(summary).toEqual({
      requests: 5,
      refused: 1,
      failed: 1,
      byMethod: {
        'batch[humanresources.node.list]': 1,
        'batch[humanresources.node.communication.list]': 2,
        'humanresources.node.communication.list': 2
      }
    })
  })
})
