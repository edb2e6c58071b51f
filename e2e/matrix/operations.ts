import type { APIRequestContext, Locator } from '@playwright/test'
import { expect } from '@playwright/test'
import type { PortalData } from '../../emulator/data/types.ts'
import type { EmulatorClient } from '../emulator-client.ts'
import { EMULATOR_URL } from '../env.ts'
import type { PortalPage } from '../pages/PortalPage.ts'
import type { DepartmentsPage } from '../pages/DepartmentsPage.ts'
import type { ChatsPage } from '../pages/ChatsPage.ts'
import { APP_CONNECTOR } from '../pages/OpenlinesPage.ts'
import type { OpenlinesPage } from '../pages/OpenlinesPage.ts'

export interface MatrixContext {
  emulator: EmulatorClient
  portal: PortalPage
  departments: DepartmentsPage
  chats: ChatsPage
  openlines: OpenlinesPage
  request: APIRequestContext
  /** makes names unique per case (the fault's name) */
  tag: string
}

/** What the screen says about the change after the dust settled. */
export interface ScreenState {
  /** the screen shows the change as made (a bulk run: its report agrees with the portal, node by node) */
  shows: boolean
  /** an error (or "outcome unknown") message is on the screen */
  error: boolean
  /**
   * A bulk run can be partly done, so "an error iff the change was not made" becomes "the failures are
   * listed iff some node does not hold the change": this says whether some node does not.
   */
  errorExpected?: boolean
}

/**
 * One write the app makes, as the matrix drives it: `setup` picks the data (and prepares the portal),
 * `open` brings the screen to the moment before the action, `act` performs it (the fault is switched on
 * between the two), `held` counts how many times the portal holds the change, `screen` reads the screen.
 */
export interface Operation<S = unknown> {
  name: string
  /** the REST methods the faults are aimed at */
  methods: string[]
  user: number
  setup(ctx: MatrixContext): Promise<S>
  open(ctx: MatrixContext, s: S): Promise<void>
  act(ctx: MatrixContext, s: S): Promise<void>
  /** waits until the app is done with the change, beyond what a spinner shows (a bulk run's phase) */
  settle?(ctx: MatrixContext, s: S): Promise<void>
  held(data: PortalData, s: S): number
  screen(ctx: MatrixContext, s: S): Promise<ScreenState>
}

function define<S>(op: Operation<S>): Operation {
  return op as Operation
}

const visible = (locator: Locator) => locator.isVisible()

// region Departments (REST 3.0, humanresources.node.communication.edit)

const EDIT = ['humanresources.node.communication.edit']

function nodeNamed(data: PortalData, name: string) {
  const node = data.nodes.find(n => n.name === name)
  if (!node) throw new Error(`no node ${name}`)
  return node
}

const bind = define({
  name: 'bind',
  methods: EDIT,
  user: 1,
  async setup({ emulator }) {
    const data = await emulator.state()
    const node = nodeNamed(data, 'Marketing')
    const chat = data.chats.find(c => (c.type === 'CHAT' || c.type === 'OPEN') && c.memberIds.includes(1)
      && !data.bindings.some(b => b.nodeId === node.id && b.chatId === c.id))
    if (!chat) throw new Error('the seed has no chat to bind')
    return { node, chatId: chat.id }
  },
  async open({ portal, departments }, s) {
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(s.node.id, s.node.name)
    await departments.bindButton.click()
    await departments.pick('chat', s.chatId)
  },
  act: async ({ departments }) => departments.bindSubmit.click(),
  held: (data, s) => data.bindings.filter(b => b.nodeId === s.node.id && b.chatId === s.chatId).length,
  screen: async ({ departments }, s) => ({
    shows: await visible(departments.communication('chat', s.chatId)),
    error: await visible(departments.bindError)
  })
})

const unbind = define({
  name: 'unbind',
  methods: EDIT,
  user: 1,
  async setup({ emulator }) {
    const data = await emulator.state()
    const binding = data.bindings.find(b => b.originalNodeId === null && b.type === 'CHAT')
    if (!binding) throw new Error('the seed has no direct chat binding')
    return { node: data.nodes.find(n => n.id === binding.nodeId)!, chatId: binding.chatId }
  },
  async open({ portal, departments }, s) {
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(s.node.id, s.node.name)
    await departments.unbind('chat', s.chatId)
    await expect(departments.unbindConfirm).toBeVisible()
  },
  act: async ({ departments }) => departments.unbindConfirm.click(),
  // the change is "the binding is gone"
  held: (data, s) => (data.bindings.some(b => b.nodeId === s.node.id && b.chatId === s.chatId) ? 0 : 1),
  screen: async ({ departments, portal }, s) => ({
    shows: !(await visible(departments.communication('chat', s.chatId))),
    error: await visible(portal.app.getByTestId('departments-unbind-error'))
  })
})

const createDefault = define({
  name: 'create default',
  methods: EDIT,
  user: 1,
  async setup({ emulator }) {
    const data = await emulator.state()
    const node = data.nodes.find(n => n.type === 'DEPARTMENT' && n.parentId !== null
      && !data.bindings.some(b => b.nodeId === n.id && b.type === 'CHAT'))
    if (!node) throw new Error('the seed has no department without a chat')
    return { node, chatsBefore: data.chats.map(c => c.id) }
  },
  async open({ portal, departments }, s) {
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(s.node.id, s.node.name)
    await departments.createDefaultButton.click()
    await expect(departments.defaultModal).toBeVisible()
  },
  act: async ({ departments }) => departments.defaultSubmit.click(),
  held: (data, s) => data.bindings.filter(b => b.nodeId === s.node.id && b.type === 'CHAT' && !s.chatsBefore.includes(b.chatId)).length,
  async screen({ emulator, departments, portal }, s) {
    const data = await emulator.state()
    const created = data.bindings.filter(b => b.nodeId === s.node.id && b.type === 'CHAT' && !s.chatsBefore.includes(b.chatId))
    const shown = await portal.app.locator('[data-testid^="departments-communication-chat-"]').evaluateAll(items =>
      items.map(item => Number(item.getAttribute('data-testid')!.split('-').at(-1))))
    const newOnScreen = shown.filter(id => !s.chatsBefore.includes(id))
    return {
      // the screen lists exactly the chats the portal made, and no other new one
      shows: created.length > 0 && newOnScreen.length === created.length && created.every(b => newOnScreen.includes(b.chatId)),
      error: await visible(portal.app.getByTestId('departments-default-error')) && await visible(departments.defaultModal)
    }
  }
})
// endregion

// region Chats (REST 2, im.*)

const fullName = (data: PortalData, id: number) => {
  const u = data.users.find(x => x.id === id)!
  return `${u.name} ${u.lastName}`
}

function ownedChat(data: PortalData) {
  const chat = data.chats.find(c => c.ownerId === 2 && c.type === 'CHAT')
  if (!chat) throw new Error('the seed gives user 2 no chat')
  return chat
}

async function openOwnedChat({ portal, chats }: MatrixContext, chatId: number, title: string): Promise<void> {
  await portal.open({ user: 2 })
  await chats.open()
  await chats.chatInList(chatId).click()
  await expect(chats.pageTitle).toHaveText(title)
}

/** A message on the chat page: a field's error or the page's. */
async function chatPageError({ chats }: MatrixContext): Promise<boolean> {
  const page = chats.id('chats-page')
  return (await page.locator('[data-slot="error"]').count()) > 0 || await visible(chats.id('chats-page-action-error'))
}

const chatCreate = define({
  name: 'chat create',
  methods: ['im.chat.add'],
  user: 2,
  setup: async ({ tag }) => ({ title: `Matrix ${tag}` }),
  async open({ portal, chats }, s) {
    await portal.open({ user: 2 })
    await chats.open()
    await chats.createButton.click()
    await chats.title.fill(s.title)
  },
  act: async ({ chats }) => chats.submit.click(),
  held: (data, s) => data.chats.filter(c => c.title === s.title).length,
  screen: async ({ chats }, s) => ({
    shows: (await visible(chats.pageTitle)) && (await chats.pageTitle.textContent())?.trim() === s.title,
    error: await visible(chats.id('chats-create-error')) || await visible(chats.id('chats-create-not-created'))
      || await visible(chats.id('chats-create-unknown'))
  })
})

const rename = define({
  name: 'rename',
  methods: ['im.chat.updateTitle'],
  user: 2,
  async setup({ emulator, tag }) {
    const chat = ownedChat(await emulator.state())
    return { chatId: chat.id, title: chat.title, wanted: `Renamed ${tag}` }
  },
  async open(ctx, s) {
    await openOwnedChat(ctx, s.chatId, s.title)
    await ctx.chats.id('chats-rename-input').fill(s.wanted)
  },
  act: async ({ chats }) => chats.id('chats-rename-submit').click(),
  held: (data, s) => {
    const chat = data.chats.find(c => c.id === s.chatId)!
    // every applied rename posts a notice; two notices would mean the rename was applied twice
    const notices = (chat.messages ?? []).filter(m => m.authorId === 0 && m.text.includes(s.wanted)).length
    return chat.title === s.wanted ? Math.max(1, notices) : 0
  },
  screen: async (ctx, s) => ({
    shows: (await ctx.chats.pageTitle.textContent())?.trim() === s.wanted,
    error: await chatPageError(ctx)
  })
})

const recolour = define({
  name: 'recolour',
  methods: ['im.chat.updateColor'],
  user: 2,
  async setup({ emulator }) {
    const chat = ownedChat(await emulator.state())
    return { chatId: chat.id, title: chat.title, wanted: chat.color === 'PINK' ? 'AZURE' : 'PINK' }
  },
  async open(ctx, s) {
    await openOwnedChat(ctx, s.chatId, s.title)
    await ctx.chats.id(`chats-recolor-${s.wanted}`).click()
  },
  act: async ({ chats }) => chats.id('chats-recolor-submit').click(),
  held: (data, s) => (data.chats.find(c => c.id === s.chatId)!.color === s.wanted ? 1 : 0),
  screen: async (ctx, s) => ({
    // the picker is reset to what the portal holds after every change
    shows: await ctx.chats.id(`chats-recolor-${s.wanted}`).locator('input').isChecked(),
    error: await chatPageError(ctx)
  })
})

const addParticipant = define({
  name: 'add participant',
  methods: ['im.chat.user.add'],
  user: 2,
  async setup({ emulator }) {
    const data = await emulator.state()
    const chat = ownedChat(data)
    const newcomer = data.users.find(u => u.id !== 2 && u.active && u.userType === 'employee' && u.hasAppAccess && !chat.memberIds.includes(u.id))!
    return { chatId: chat.id, title: chat.title, newcomer: newcomer.id, name: fullName(data, newcomer.id) }
  },
  async open(ctx, s) {
    await openOwnedChat(ctx, s.chatId, s.title)
    await ctx.chats.pickInPortal('chats-add-users-pick', [s.name])
    await expect(ctx.chats.id('chats-add-submit')).toBeEnabled()
  },
  act: async ({ chats }) => chats.id('chats-add-submit').click(),
  held: (data, s) => data.chats.find(c => c.id === s.chatId)!.memberIds.filter(id => id === s.newcomer).length,
  screen: async (ctx, s) => ({
    shows: await visible(ctx.chats.id(`chats-person-${s.newcomer}`)),
    error: await chatPageError(ctx)
  })
})

const removeParticipant = define({
  name: 'remove participant',
  methods: ['im.chat.user.delete'],
  user: 2,
  async setup({ emulator }) {
    const chat = ownedChat(await emulator.state())
    return { chatId: chat.id, title: chat.title, leaving: chat.memberIds.find(id => id !== 2)! }
  },
  async open(ctx, s) {
    await openOwnedChat(ctx, s.chatId, s.title)
    await ctx.chats.id(`chats-remove-${s.leaving}`).click()
    await expect(ctx.chats.id('chats-confirm-ok')).toBeVisible()
  },
  act: async ({ chats }) => chats.id('chats-confirm-ok').click(),
  held: (data, s) => (data.chats.find(c => c.id === s.chatId)!.memberIds.includes(s.leaving) ? 0 : 1),
  screen: async (ctx, s) => ({
    shows: !(await visible(ctx.chats.id(`chats-person-${s.leaving}`))),
    error: await chatPageError(ctx)
  })
})

const setOwner = define({
  name: 'set owner',
  methods: ['im.chat.setOwner'],
  user: 2,
  async setup({ emulator }) {
    const chat = ownedChat(await emulator.state())
    return { chatId: chat.id, title: chat.title, heir: chat.memberIds.find(id => id !== 2)! }
  },
  async open(ctx, s) {
    await openOwnedChat(ctx, s.chatId, s.title)
    await ctx.chats.id(`chats-make-owner-${s.heir}`).click()
    await expect(ctx.chats.id('chats-confirm-ok')).toBeVisible()
  },
  act: async ({ chats }) => chats.id('chats-confirm-ok').click(),
  held: (data, s) => (data.chats.find(c => c.id === s.chatId)!.ownerId === s.heir ? 1 : 0),
  screen: async (ctx, s) => ({
    shows: (await ctx.chats.pageRole.textContent())?.trim() !== 'Owner' && !(await visible(ctx.chats.id(`chats-make-owner-${s.heir}`))),
    error: await chatPageError(ctx)
  })
})
// endregion

// region Open Channels (REST 2, imconnector.*)

async function rest(ctx: MatrixContext, method: string, params: Record<string, unknown>): Promise<unknown> {
  const { access_token: auth } = await ctx.emulator.token(1)
  const res = await ctx.request.post(`${EMULATOR_URL}/rest/${method}`, { data: { ...params, auth } })
  if (!res.ok()) throw new Error(`${method} answered ${res.status()}: ${await res.text()}`)
  return res.json()
}

async function registerOnPortal(ctx: MatrixContext): Promise<void> {
  await rest(ctx, 'imconnector.register', {
    ID: APP_CONNECTOR,
    NAME: 'Communications Hub',
    ICON: { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E' },
    PLACEMENT_HANDLER: 'http://127.0.0.1/'
  })
}

function pairOf(data: PortalData, line: number) {
  return data.connectorLines.find(p => p.connectorId === APP_CONNECTOR && p.lineId === line) ?? null
}

async function openlinesError({ openlines }: MatrixContext): Promise<boolean> {
  return await visible(openlines.id('openlines-action-error')) || await visible(openlines.id('openlines-channel-error'))
    || (await openlines.id('openlines-view').locator('[data-slot="error"]').count()) > 0
}

const register = define({
  name: 'connector register',
  methods: ['imconnector.register'],
  user: 1,
  setup: async () => ({}),
  async open({ portal, openlines }) {
    await portal.open({ user: 1 })
    await openlines.open()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'unregistered')
  },
  act: async ({ openlines }) => openlines.register.click(),
  held: data => data.connectors.filter(c => c.id === APP_CONNECTOR && c.custom).length,
  screen: async ctx => ({
    shows: (await ctx.openlines.connectorState.getAttribute('data-state')) === 'registered',
    error: await openlinesError(ctx)
  })
})

const activate = define({
  name: 'activate',
  methods: ['imconnector.activate'],
  user: 1,
  async setup(ctx) {
    await registerOnPortal(ctx)
    return { line: (await ctx.emulator.state()).openLines[0]!.id }
  },
  async open({ portal, openlines }, s) {
    await portal.open({ user: 1 })
    await openlines.open()
    await expect(openlines.activate(s.line)).toBeVisible()
  },
  act: async ({ openlines }, s) => openlines.activate(s.line).click(),
  held: (data, s) => (pairOf(data, s.line)?.active ? 1 : 0),
  screen: async (ctx, s) => ({
    shows: await visible(ctx.openlines.deactivate(s.line)),
    error: await openlinesError(ctx)
  })
})

const dataSet = define({
  name: 'data.set',
  methods: ['imconnector.connector.data.set'],
  user: 1,
  async setup(ctx) {
    await registerOnPortal(ctx)
    const line = (await ctx.emulator.state()).openLines[0]!.id
    await rest(ctx, 'imconnector.activate', { CONNECTOR: APP_CONNECTOR, LINE: line, ACTIVE: 1 })
    // what the app itself keeps after activating a line (its app option), so it shows the line as active
    await ctx.request.post(`${EMULATOR_URL}/_portal/option`, {
      data: { scope: 'app', userId: 1, name: `openlines_${APP_CONNECTOR}_${line}`, value: JSON.stringify({ active: true, data: null }) }
    })
    const url = `https://shop.example/${ctx.tag.replace(/\W+/g, '-')}`
    return { line, sent: { ID: `${APP_CONNECTOR}_${line}`, URL: url, URL_IM: url, NAME: 'Matrix shop' } }
  },
  async open({ portal, openlines }, s) {
    await portal.open({ user: 1 })
    await openlines.open()
    await openlines.settings(s.line).click()
    await openlines.field('url').fill(s.sent.URL)
    await openlines.field('name').fill(s.sent.NAME)
  },
  act: async ({ openlines }) => openlines.save.click(),
  held: (data, s) => (JSON.stringify(pairOf(data, s.line)?.data ?? null) === JSON.stringify(s.sent) ? 1 : 0),
  screen: async (ctx, s) => ({
    // DATA cannot be read back; the portal's status says whether the line is configured
    shows: (await ctx.openlines.badge(APP_CONNECTOR, s.line, 'overall').getAttribute('data-state')) === 'on',
    error: await openlinesError(ctx)
  })
})
// endregion

// region Structure: bulk jobs (REST 3.0 batch of edits; creates one at a time)

function subtree(data: PortalData, id: number): number[] {
  return [id, ...data.nodes.filter(n => n.parentId === id).flatMap(n => subtree(data, n.id))]
}

/** The smallest branch below the company with at least `min` nodes. */
function smallBranch(data: PortalData, min: number) {
  const found = data.nodes.filter(n => n.parentId !== null)
    .map(n => ({ node: n, ids: subtree(data, n.id) }))
    .filter(c => c.ids.length >= min)
    .sort((a, b) => a.ids.length - b.ids.length)[0]
  if (!found) throw new Error(`no branch of ${min} nodes`)
  return found
}

async function openStructureMatrix({ portal }: MatrixContext, branch: { node: { id: number, name: string } }): Promise<void> {
  await portal.open({ user: 1 })
  await portal.nav(/^(Structure|Структура)$/).click()
  const app = portal.app
  await expect(app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 })
  // the matrix renders only visible rows: filter to the branch, select it, then show everything again
  await app.getByTestId('coverage-filter-text').fill(branch.node.name)
  await app.getByTestId(`coverage-select-branch-${branch.node.id}`).click()
  await app.getByTestId('coverage-filter-text').fill('')
}

/** A run is over when it finished, or stopped and offers to resume. */
async function bulkSettled({ portal }: MatrixContext): Promise<void> {
  await expect(portal.app.getByTestId('coverage-bulk-panel')).toHaveAttribute('data-phase', /^(finished|interrupted)$/, { timeout: 45_000 })
}

/** The run's report against the portal: done = nodes that hold the change, failed = nodes that do not. */
async function bulkScreen({ portal }: MatrixContext, holding: number, total: number): Promise<ScreenState> {
  const app = portal.app
  const status = app.getByTestId('coverage-run-status')
  const done = Number(await status.getAttribute('data-done'))
  const failed = Number(await status.getAttribute('data-failed'))
  return {
    shows: done === holding && done + failed === total,
    error: await visible(app.getByTestId('coverage-run-failed')) || await visible(app.getByTestId('coverage-run-error')),
    errorExpected: holding < total
  }
}

const bulkBind = define({
  name: 'bulk bind',
  methods: ['batch', ...EDIT],
  user: 1,
  async setup({ emulator }) {
    const data = await emulator.state()
    const branch = smallBranch(data, 3)
    const chat = data.chats.find(c => c.type === 'CHAT' && c.memberIds.includes(1)
      && !data.bindings.some(b => b.chatId === c.id && branch.ids.includes(b.nodeId)))
    if (!chat) throw new Error('the seed has no free chat for the branch')
    return { branch, chatId: chat.id, title: chat.title }
  },
  async open(ctx, s) {
    await openStructureMatrix(ctx, s.branch)
    await ctx.portal.app.getByTestId('coverage-bulk-bind').click()
    await ctx.portal.app.getByRole('dialog').getByRole('radio', { name: s.title }).click()
    await ctx.portal.app.getByTestId('coverage-action-submit').click()
    await expect(ctx.portal.app.getByTestId('coverage-plan-send')).toBeVisible()
  },
  act: async ({ portal }) => portal.app.getByTestId('coverage-plan-send').click(),
  settle: bulkSettled,
  // the most times any node of the branch holds the chat directly: never two
  held: (data, s) => Math.max(...s.branch.ids.map(id => data.bindings.filter(b => b.nodeId === id && b.chatId === s.chatId && b.originalNodeId === null).length)),
  async screen(ctx, s) {
    const data = await ctx.emulator.state()
    const holding = s.branch.ids.filter(id => data.bindings.some(b => b.nodeId === id && b.chatId === s.chatId)).length
    return bulkScreen(ctx, holding, s.branch.ids.length)
  }
})

const bulkCreateDefault = define({
  name: 'bulk create default',
  methods: EDIT,
  user: 1,
  async setup({ emulator }) {
    const data = await emulator.state()
    const branch = smallBranch(data, 3)
    const needing = branch.ids.filter(id => !data.bindings.some(b => b.nodeId === id && b.type === 'CHAT'))
    if (needing.length < 2) throw new Error('the branch has too few nodes without a chat')
    return { branch, needing, chatsBefore: data.chats.map(c => c.id) }
  },
  async open(ctx, s) {
    await openStructureMatrix(ctx, s.branch)
    await ctx.portal.app.getByTestId('coverage-bulk-create').click()
    await ctx.portal.app.getByTestId('coverage-action-submit').click()
    await expect(ctx.portal.app.getByTestId('coverage-plan-send')).toBeVisible()
  },
  act: async ({ portal }) => portal.app.getByTestId('coverage-plan-send').click(),
  settle: bulkSettled,
  held: (data, s) => Math.max(...s.needing.map(id =>
    data.bindings.filter(b => b.nodeId === id && b.type === 'CHAT' && b.originalNodeId === null && !s.chatsBefore.includes(b.chatId)).length)),
  async screen(ctx, s) {
    const data = await ctx.emulator.state()
    const holding = s.needing.filter(id => data.bindings.some(b => b.nodeId === id && b.type === 'CHAT')).length
    return bulkScreen(ctx, holding, s.needing.length)
  }
})
// endregion

export const OPERATIONS: Operation[] = [
  bind, unbind, createDefault,
  chatCreate, rename, recolour, addParticipant, removeParticipant, setOwner,
  register, activate, dataSet,
  bulkBind, bulkCreateDefault
]
