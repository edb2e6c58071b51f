import { PortalError } from './errors'
import { requireFrame } from './frame'

/**
 * Frame commands: the app asks the portal window to do something (resize the iframe, set the page title,
 * open its own user picker or the messenger, finish the installation, keep an app option).
 *
 * Commands that only decorate (fitFrame, setTitle, openMessenger) never throw: outside a portal, or when
 * the portal does not answer, there is nothing useful the caller could do about it.
 */

export interface PickedUser {
  id: string
  name: string
  photo?: string
  position?: string
}

/** Debounce for fitFrame: a burst of layout changes (a table rendering row by row) sends one resize. */
const FIT_DEBOUNCE_MS = 50

let fitTimer: ReturnType<typeof setTimeout> | undefined
let lastHeight = 0

function connectedFrame() {
  try {
    return requireFrame()
  } catch {
    return null
  }
}

/**
 * The content height, measured on the app root rather than on <html>: the document's scrollHeight never
 * drops below the iframe's current height, so a frame measured that way could grow but never shrink.
 */
export function contentHeight(): number {
  const root = document.getElementById('app') ?? document.body
  const style = getComputedStyle(document.body)
  const margins = (Number.parseFloat(style.marginTop) || 0) + (Number.parseFloat(style.marginBottom) || 0)
  return Math.ceil(Math.max(root.scrollHeight, root.getBoundingClientRect().height) + margins)
}

function sendFit(): void {
  const $b24 = connectedFrame()
  if (!$b24) return
  const height = contentHeight()
  if (height <= 0 || height === lastHeight) return
  lastHeight = height
  // Same message as the SDK's parent.fitWindow() (width 100% keeps the portal's own layout), but with the
  // content height instead of the document's, see contentHeight().
  $b24.parent.message.send('resizeWindow', { width: '100%', height, isSafely: true }).catch(() => {})
}

/** Resize the portal's iframe to the content height (debounced; a no-op outside a portal). */
export function fitFrame(): void {
  clearTimeout(fitTimer)
  fitTimer = setTimeout(sendFit, FIT_DEBOUNCE_MS)
}

/** Set the portal page title (a no-op outside a portal). */
export function setTitle(title: string): void {
  const $b24 = connectedFrame()
  if (!$b24) return
  $b24.parent.setTitle(title).catch(() => {})
}

/** Scroll the portal page so the top of the app's frame is in view (BX24.scrollParentWindow). */
export function scrollPortalToTop(): void {
  const $b24 = connectedFrame()
  if (!$b24) return
  $b24.parent.scrollParentWindow(0).catch(() => {})
}

interface RawPickedUser {
  id?: unknown
  name?: unknown
  photo?: unknown
  position?: unknown
}

function toPickedUser(raw: unknown): PickedUser | null {
  if (!raw || typeof raw !== 'object') return null
  const row = raw as RawPickedUser
  if (row.id === undefined || row.id === null || row.id === '') return null
  const user: PickedUser = { id: String(row.id), name: typeof row.name === 'string' ? row.name : '' }
  if (typeof row.photo === 'string' && row.photo !== '') user.photo = row.photo
  if (typeof row.position === 'string' && row.position !== '') user.position = row.position
  return user
}

/** The portal's own multi-user picker; [] when the person closes it without choosing. */
export async function selectUsers(): Promise<PickedUser[]> {
  try {
    const raw: unknown = await requireFrame().dialog.selectUsers()
    const rows = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : []
    return rows.map(toPickedUser).filter((user): user is PickedUser => user !== null)
  } catch (error) {
    throw PortalError.from(error)
  }
}

/** Open a dialog in the portal's messenger ("chat123", a user id, …). The portal never answers this one. */
export function openMessenger(dialogId: string): void {
  const $b24 = connectedFrame()
  if (!$b24) return
  // The SDK types dialog ids as number | `chat${n}` | `sg${n}` | `imol|${n}`; a user id arrives as text here.
  const id = /^\d+$/.test(dialogId) ? Number(dialogId) : dialogId as `chat${number}`
  $b24.parent.imOpenMessenger(id).catch(() => {})
}

/** Tell the portal the installation is complete (only valid when the init data said INSTALL). */
export async function installFinish(): Promise<void> {
  try {
    await requireFrame().installFinish()
  } catch (error) {
    throw PortalError.from(error)
  }
}

/** Keep an app-wide option in the portal; it comes back in the next init data. */
export async function setAppOption(name: string, value: unknown): Promise<void> {
  try {
    await requireFrame().options.appSet(name, value as never)
  } catch (error) {
    throw PortalError.from(error)
  }
}

