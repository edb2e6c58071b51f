/**
 * The door (src/b24/index.ts) freshly imported against a fake portal (fakePortal.ts), for the specs of
 * src/b24 that run the REAL SDK (docs/decisions.md D21). Each call re-imports the door after
 * vi.resetModules(), because both the door and the SDK's initializeB24Frame() keep a module-level singleton.
 *
 * Importing this file also puts the window back after every test of the importing spec (window.name, the
 * parent double); the hooks register during the spec's collection, and vitest isolates each spec file.
 */
import { afterEach, beforeEach, vi } from 'vitest'
import { attachFakeTransport, installFakeParent } from './fakePortal'
import type { FakeHandler, FakeParent, FakeParentOptions, FakeRequest, ParentCommand } from './fakePortal'
import type * as DoorModule from '../index'

export type Door = typeof DoorModule

let parent: FakeParent | null = null

function restoreWindow(): void {
  parent?.restore()
  parent = null
  window.name = ''
}

beforeEach(() => {
  window.name = ''
})

afterEach(restoreWindow)

/** The door inside a fresh fake portal frame, not yet connected. */
export async function freshDoor(options: FakeParentOptions = {}): Promise<{ door: Door, connect: () => Promise<void>, transport: (h: FakeHandler) => FakeRequest[] }> {
  vi.resetModules()
  restoreWindow()
  parent = installFakeParent(options)
  const door = await import('../index')
  const frame = await import('../frame')
  return {
    door,
    connect: async () => {
      await door.connectPortal()
    },
    transport: handler => attachFakeTransport(frame.requireFrame(), handler)
  }
}

/** The door connected to a fake portal whose network answers with `handler`; `requests` logs what left. */
export async function connectedDoor(handler: FakeHandler, options: FakeParentOptions = {}): Promise<{ door: Door, requests: FakeRequest[] }> {
  const { door, connect, transport } = await freshDoor(options)
  await connect()
  return { door, requests: transport(handler) }
}

/** What the app sent the portal's parent window so far (postMessage commands). */
export function parentCommands(): ParentCommand[] {
  return parent?.commands ?? []
}
