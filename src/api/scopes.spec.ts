// @vitest-environment node
/**
 * The scopes the app asks for are exactly the ones its calls need (src/api/scopes.ts, docs/decisions.md D30).
 *
 * (a) Every REST method name the app sends is read from the source text of src/api/ and src/b24/ (specs and
 *     test-only `testing/` folders left out, comments stripped), by these patterns:
 *       NAME  a method name is a quoted dotted word:           (['"`])([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9_]+)+)\1
 *       CALL  callV2 / callV2Page / callV3 / <client>.call, optional type arguments, then a NAME:
 *             /(?:\bcallV2Page|\bcallV2|\bcallV3|\.call)\s*(?:<[^()]*>)?\(\s*NAME/
 *       ROW   a batch row or a transport call object:          /\bmethod:\s*NAME/
 *       TUPLE a REST 2 batch row `x = ['name', {…}]`:          /=\s*\[\s*NAME\s*,/
 *     and, as a safety net, every NAME anywhere in those files must be one of those calls or an object key (a
 *     price table such as src/b24/operating.ts), so a call written another way fails here instead of slipping
 *     past. (The only undotted methods are the basic `batch`, `scope`, `profile`: no scope to check.)
 * (b) Each is looked up in the emulator's method table (emulator/methods/index.ts: `scope` per method).
 * (c) Fails if a called method's scope is not granted by APP_SCOPES, if a scope in APP_SCOPES serves no called
 *     method, or if METHOD_SCOPES lists a method the app does not call (or misses one it does).
 */
import { describe, expect, it } from 'vitest'
import { APP_SCOPES, METHOD_SCOPES, scopeList } from './scopes'

const sources = import.meta.glob(['./**/*.ts', '../b24/**/*.ts', '!./**/*.spec.ts', '!../b24/**/*.spec.ts', '!./testing/**', '!../b24/testing/**', '!./scopes.ts'], {
  query: '?raw', import: 'default', eager: true
}) as Record<string, string>

/** Every file of the app that is not the door or an api module: none of them may reach REST itself. */
const elsewhere = import.meta.glob(['../**/*.ts', '../**/*.vue', '!../api/**', '!../b24/**', '!../**/*.spec.ts', '!../**/testing/**'], {
  query: '?raw', import: 'default', eager: true
}) as Record<string, string>

const NAME = String.raw`(['"\x60])([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9_]+)+)\1`
const CALL = new RegExp(String.raw`(?:\bcallV2Page|\bcallV2|\bcallV3|\.call)\s*(?:<[^()]*>)?\(\s*` + NAME, 'g')
const ROW = new RegExp(String.raw`\bmethod:\s*` + NAME, 'g')
const TUPLE = new RegExp(String.raw`=\s*\[\s*` + NAME + String.raw`\s*,`, 'g')
const DOTTED = new RegExp(NAME + String.raw`(\s*:)?`, 'g')

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[2]!)
}

/** Block comments and line comments (not the `//` of a URL inside a string, which follows a colon). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
}

function calledMethods(): { methods: Map<string, string[]>, strays: string[] } {
  const methods = new Map<string, string[]>()
  const strays: string[] = []
  for (const [file, source] of Object.entries(sources)) {
    const text = code(source)
    const found = new Set([...matches(CALL, text), ...matches(ROW, text), ...matches(TUPLE, text)])
    for (const method of found) methods.set(method, [...(methods.get(method) ?? []), file])
    for (const m of text.matchAll(DOTTED)) {
      if (!found.has(m[2]!) && !m[3]) strays.push(`${file}: ${m[2]}`)
    }
  }
  return { methods, strays }
}

interface EmulatorMethod { api: 'v2' | 'v3', scope: string | null }

async function emulator(): Promise<{ methods: Record<string, EmulatorMethod>, scopeGranted: (scope: string | null, granted: string[]) => boolean }> {
  // node-only code under tsconfig.node.json, loaded by a computed path (as src/api/testing/emulatorPortal.ts does)
  const methodsPath = new URL('../../emulator/methods/index.ts', import.meta.url).href
  const callPath = new URL('../../emulator/rest/call.ts', import.meta.url).href
  const { methods } = await import(/* @vite-ignore */ methodsPath) as { methods: Record<string, EmulatorMethod> }
  const { scopeGranted } = await import(/* @vite-ignore */ callPath) as { scopeGranted: (scope: string | null, granted: string[]) => boolean }
  return { methods, scopeGranted }
}

describe('the app asks for the scopes its calls need, no more', () => {
  const { methods: called, strays } = calledMethods()

  it('finds the calls in the source (the patterns still see them)', () => {
    expect(called.size).toBeGreaterThan(30)
    for (const known of ['humanresources.node.list', 'im.chat.add', 'imconnector.status', 'user.current', 'app.info', 'socialnetwork.api.workgroup.list']) {
      expect(called.has(known), known).toBe(true)
    }
  })

  it('every quoted method-like name in src/api and src/b24 is a call the patterns see, or an object key', () => {
    expect(strays).toEqual([])
  })

  it('only src/api and src/b24 send REST calls', () => {
    const door = /\b(?:callV2Page|callV2|callV3|batchV2|batchV3)\s*(?:<[^()]*>)?\(/
    expect(Object.entries(elsewhere).filter(([, text]) => door.test(text)).map(([file]) => file)).toEqual([])
  })

  it('METHOD_SCOPES lists exactly the methods the app calls', () => {
    expect([...called.keys()].sort()).toEqual(Object.keys(METHOD_SCOPES).sort())
  })

  it('every called method is one the emulator knows, and APP_SCOPES grants its scope', async () => {
    const { methods, scopeGranted } = await emulator()
    const unknown = [...called.keys()].filter((m) => !Object.hasOwn(methods, m))
    expect(unknown, 'methods the emulator does not answer').toEqual([])
    const missing = [...called.keys()].filter((m) => !scopeGranted(methods[m]!.scope, [...APP_SCOPES]))
      .map((m) => `${m} needs ${methods[m]!.scope} (${called.get(m)!.join(', ')})`)
    expect(missing).toEqual([])
    // the table names the same scope as the emulator (which follows each method's docs page)
    for (const [method, scope] of Object.entries(METHOD_SCOPES)) {
      expect(scopeGranted(methods[method]!.scope, scope === null ? [] : [scope]), method).toBe(true)
    }
  })

  it('every scope in APP_SCOPES serves at least one called method', async () => {
    const { methods, scopeGranted } = await emulator()
    const idle = APP_SCOPES.filter((scope) => ![...called.keys()].some((m) => methods[m]!.scope !== null && scopeGranted(methods[m]!.scope, [scope])))
    expect(idle).toEqual([])
  })

  it('lists the scopes as the registration form takes them', () => {
    expect(scopeList()).toBe(APP_SCOPES.join(', '))
    expect(new Set(APP_SCOPES).size).toBe(APP_SCOPES.length)
  })
})
