// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { RestLogEntry } from '../../emulator/context.ts'
import { loadShape, summariseLog } from './log.ts'

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
      entry('humanresources.node.communication.list', 400, 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION'),
      entry('batch', 429, 'OPERATION_TIME_LIMIT', ['humanresources.node.communication.list'])
    ])
    expect(summary).toEqual({
      requests: 6,
      refused: 1,
      operatingRefused: 1,
      failed: 1,
      byMethod: {
        'batch[humanresources.node.list]': 1,
        'batch[humanresources.node.communication.list]': 3,
        'humanresources.node.communication.list': 2
      }
    })
  })
})

describe('loadShape', () => {
  it('counts the requests that ran and their calls per method, a batch\'s nested commands each', () => {
    const shape = loadShape([
      entry('app.info', 200, null),
      entry('batch', 200, null, ['humanresources.node.list', 'humanresources.node.list']),
      entry('batch', 200, null, ['humanresources.node.communication.list', 'humanresources.node.communication.list', 'humanresources.node.communication.list']),
      entry('batch', 503, 'QUERY_LIMIT_EXCEEDED', ['humanresources.node.communication.list']),
      entry('batch', 429, 'OPERATION_TIME_LIMIT', ['humanresources.node.communication.list']),
      entry('humanresources.node.communication.list')
    ], ['app.info'])
    expect(shape).toEqual({
      requests: 3,
      calls: { 'humanresources.node.list': 2, 'humanresources.node.communication.list': 4 },
      requestsWith: { 'humanresources.node.list': 1, 'humanresources.node.communication.list': 2 }
    })
  })
})
