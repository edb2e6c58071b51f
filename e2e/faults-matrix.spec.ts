import { test, expect } from './fixtures.ts'
import { EMULATOR_URL } from './env.ts'
import { FAULTS, MATRIX_TIMEOUT_MS } from './matrix/faults.ts'
import { OPERATIONS } from './matrix/operations.ts'
import type { MatrixContext, ScreenState } from './matrix/operations.ts'
import { recordCell } from './matrix/results.ts'

/**
 * "Nothing is lost" (docs/decisions.md D4, D5), for every write the app makes × every fault the emulator
 * injects: after the fault the portal holds the change exactly once or not at all, and the screen agrees with
 * it — the change is shown iff the portal holds it, and an error is shown iff it does not. The global
 * teardown prints the matrix (e2e/matrix/results.ts).
 */

/** Something still working: a button's spinner, the create check, a section loading. */
const BUSY = '[data-slot="baseLoading"], [data-testid="chats-create-checking"], [data-testid="chats-page-loading"], [data-testid="openlines-loading"]'

test.describe('faults on every write', () => {
  for (const op of OPERATIONS) {
    for (const fault of FAULTS) {
      test(`${op.name} × ${fault.name}`, async ({ emulator, portal, departments, chats, openlines, request }) => {
        const started = Date.now()
        const ctx: MatrixContext = { emulator, portal, departments, chats, openlines, request, tag: fault.name }
        let held: number | undefined
        let screen: ScreenState | undefined
        try {
          // a short REST timeout, so "slower than the timeout" takes seconds (the app option, src/b24/http.ts)
          const option = await request.post(`${EMULATOR_URL}/_portal/option`, { data: { scope: 'app', userId: 1, name: 'restTimeoutMs', value: MATRIX_TIMEOUT_MS } })
          expect(option.ok()).toBe(true)
          const state = await op.setup(ctx)
          await op.open(ctx, state)
          await fault.inject(emulator, op.methods)
          await op.act(ctx, state)

          // the write reached the portal, then everything the app does about it is over
          await expect.poll(async () => (await emulator.log()).filter(e => op.methods.includes(e.method)).length, { timeout: 20_000 })
            .toBeGreaterThan(0)
          await expect(portal.app.locator(BUSY)).toHaveCount(0, { timeout: 30_000 })
          await op.settle?.(ctx, state)
          // a fault that never hit (e.g. the call was not made) would make the cell meaningless; a slow
          // answer is logged when it is finally sent, after the app has given up on it
          await expect.poll(async () => {
            const log = await emulator.log()
            return fault.name === 'expired token'
              ? log.some(e => op.methods.includes(e.method) && e.error === 'expired_token')
              : log.some(e => op.methods.includes(e.method) && e.fault !== undefined)
          }, { message: 'the fault hit the write', timeout: 10_000 }).toBe(true)

          const data = await emulator.state()
          held = op.held(data, state)
          screen = await op.screen(ctx, state)
          expect(held, 'the portal holds the change exactly once or not at all').toBeLessThanOrEqual(1)
          if (screen.errorExpected === undefined) {
            expect(screen.shows, 'the screen shows the change iff the portal holds it').toBe(held === 1)
            expect(screen.error, 'an error is shown iff the change was not made').toBe(held === 0)
          } else {
            expect(screen.shows, 'the run\'s report agrees with the portal node by node').toBe(true)
            expect(screen.error, 'failures are listed iff some node does not hold the change').toBe(screen.errorExpected)
          }
          recordCell({ operation: op.name, fault: fault.name, verdict: 'pass', held, seconds: (Date.now() - started) / 1000 })
        } catch (error) {
          const note = `${error instanceof Error ? error.message.split('\n')[0] : String(error)}` +
            (held !== undefined ? ` [held ${held}, screen ${JSON.stringify(screen ?? null)}]` : '')
          recordCell({ operation: op.name, fault: fault.name, verdict: 'fail', ...(held !== undefined ? { held } : {}), seconds: (Date.now() - started) / 1000, note })
          throw error
        }
      })
    }
  }
})
