// @vitest-environment node
/**
 * Every registered method that the docs' spec describes is checked against it: documented parameters
 * are accepted, required ones are enforced, and a representative answer has the documented shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from './test-client.ts'
import type { TestPortal } from './test-client.ts'
import { methods } from './methods/index.ts'
import { contractSamples, documentedParams, isEmptyContainer, isUnknownParameterError, loadSpec, refusesMissingRequired, requiredParams, sampleValue, shapeMismatches } from './contract.ts'
import type { MethodSpec } from './contract.ts'

let portal: TestPortal
const tokens = new Map<number, string>()

beforeAll(async () => {
  portal = await startTestPortal()
})
afterAll(async () => {
  await portal.close()
})

async function call(method: string, params: Record<string, unknown>, userId = 1) {
  if (!tokens.has(userId)) tokens.set(userId, (await portal.token(userId)).access_token)
  const api = methods[method]!.api
  return portal[api](method, params, tokens.get(userId))
}

const specified = Object.keys(methods)
  .map(method => ({ method, spec: loadSpec(method) }))
  .filter((entry): entry is { method: string, spec: MethodSpec } => entry.spec !== null)
const sampled = specified.filter(entry => entry.method in contractSamples)
const unsampled = specified.filter(entry => !(entry.method in contractSamples))

describe('the contract helper', () => {
  it('finds specs for the methods of this issue', () => {
    expect(sampled.map(s => s.method)).toEqual(expect.arrayContaining(['user.get', 'user.search', 'crm.activity.communication.fields']))
  })

  it('recognises the documented reactions to a missing required parameter', () => {
    expect(refusesMissingRequired(400, { error: 'X' })).toBe(true)
    expect(refusesMissingRequired(200, { result: [] })).toBe(false)
    expect(refusesMissingRequired(200, { result: null }, 'null-result')).toBe(true)
    expect(refusesMissingRequired(200, { result: { result: false, error: 'E' } }, 'result-error')).toBe(true)
    expect(refusesMissingRequired(200, { result: { result: true } }, 'result-error')).toBe(false)
  })

  it('compares shapes recursively, tolerating PHP empty containers and null', () => {
    expect(shapeMismatches({ a: 1, b: { c: 'x' }, d: [{ e: true }] }, { a: 2, b: { c: 'y', z: 0 }, d: [{ e: false }] })).toEqual([])
    expect(shapeMismatches({ a: 1, b: { c: 'x' }, s: 'x' }, { a: '1', b: 'x', s: 5 })).toEqual([
      'result.a: expected number, got string',
      'result.b: expected object, got string',
      'result.s: expected string, got number'
    ])
    expect(shapeMismatches({ list: [{ id: 1 }] }, { list: [{ name: 'n' }] })).toEqual(['result.list[0].id: missing'])
    expect(shapeMismatches({ t: {}, n: null, e: [1], s: 'x' }, { t: [], n: 'anything', e: [], s: null })).toEqual([])
    expect(shapeMismatches({ o: { a: 1 } }, { o: null })).toEqual(['result.o: expected object, got null'])
  })

  it('drops the parser artefacts result/time from the parameters', () => {
    const spec = loadSpec('crm.activity.communication.fields')!
    expect(spec.params.map(p => p.name)).toContain('result')
    expect(documentedParams(spec)).toEqual([])
  })
})

describe('methods with a spec but no line in contractSamples (emulator/contract.ts)', () => {
  for (const { method } of unsampled) it.todo(method)
})

describe.each(sampled)('$method against the docs spec', ({ method, spec }) => {
  const sample = contractSamples[method] ?? {}
  const base = sample.params ?? {}

  it('accepts every documented parameter', async () => {
    for (const param of documentedParams(spec)) {
      const value = sample.paramValues && param.name in sample.paramValues ? sample.paramValues[param.name] : sampleValue(param)
      const answer = await call(method, { ...base, [param.name]: value }, sample.userId)
      expect(answer.status, `${method} with ${param.name}`).toBeLessThan(500)
      expect(isUnknownParameterError(answer.body), `${method} with ${param.name}: ${JSON.stringify(answer.body)}`).toBe(false)
    }
  })

  it('enforces the required parameters', async () => {
    for (const param of requiredParams(spec)) {
      const { [param.name]: _omitted, ...rest } = base
      const answer = await call(method, rest, sample.userId)
      expect(refusesMissingRequired(answer.status, answer.body, sample.missingRequired), `${method} without ${param.name}: ${JSON.stringify(answer.body)}`).toBe(true)
    }
  })

  it('answers in the shape of the documented result example', async () => {
    const example = spec.resultExample
    if (!example || !('result' in example)) return
    const answer = await call(method, base, sample.userId)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    // an empty answer would pass vacuously: the sample must produce data where the docs show some
    if (!isEmptyContainer(example.result)) expect(isEmptyContainer(answer.body.result), `${method} answered nothing to compare`).toBe(false)
    expect(shapeMismatches(example.result, answer.body.result)).toEqual([])
    if (typeof example.total === 'number') expect(typeof answer.body.total).toBe('number')
  })
})
