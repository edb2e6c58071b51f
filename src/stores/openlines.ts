import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getPortal, PortalError, setAppOption } from '@/b24'
import type { PortalContext } from '@/b24'
import {
  APP_CONNECTOR_ID, APP_CONNECTOR_NAME, activateConnector, appConnector, connectorStatus, connectorStatuses,
  listConnectors, listOpenLines, pairKey, parseSavedPair, placementTarget, registerConnector, savedPairOption,
  setChannelData, unregisterConnector
} from '@/api/openlines'
import type { ChannelData, ConnectorInfo, OpenLine, PairOutcome, PairStatus, SavedPair } from '@/api/openlines'
import { compareNames } from '@/utils/names'
import { useLoadState } from '@/utils/loadState'

/**
 * Open Channels console: lines × connectors with the portal's status of each pair, the app's own connector
 * (register, activate per line, channel settings) and the SETTING_CONNECTOR placement.
 *
 * Two things the portal does not tell: whether a connector is active on a line without being connected
 * (imconnector.status only has ERROR / CONFIGURED / STATUS), and which DATA a pair holds (there is no getter).
 * The app keeps both for its own connector in an application option per line, written after every
 * successful call; the portal's word (status, placement options) wins wherever it has one.
 */

function portalOrNull(): PortalContext | null {
  try {
    return getPortal()
  } catch {
    return null
  }
}

export interface PairRow {
  key: string
  line: OpenLine
  connector: ConnectorInfo
  /** the app's own connector: the app may activate it and edit its settings */
  own: boolean
  status: PairStatus | null
  statusError: PortalError | null
  /** active on the line, as far as anyone can tell (see the header) */
  active: boolean
  needsAttention: boolean
}

/** Codes after which no connector call can work in this session: say so once instead of per pair. */
const CONTEXT_ERRORS = new Set(['WRONG_AUTH_TYPE'])

export const useOpenlinesStore = defineStore('openlines', () => {
  const lines = ref<OpenLine[]>([])
  const connectors = ref<ConnectorInfo[]>([])
  /** imconnector.list refused (no right to edit connectors, or not an application context). */
  const connectorsError = ref<PortalError | null>(null)
  const statuses = shallowRef<Record<string, PairOutcome>>({})
  // the console's load: a Refresh while one is under way wins over the earlier answer
  const { status, error: loadError, loaded, run } = useLoadState()
  /** Saved pairs written in this session; init data only has what was saved before the app opened. */
  const savedOverlay = ref<Record<string, SavedPair | null>>({})

  const placement = computed(() => placementTarget(portalOrNull()))

  /** null while unknown (imconnector.list was refused). */
  const registered = computed<boolean | null>(() => {
    if (connectorsError.value) return null
    return connectors.value.some(c => c.id === APP_CONNECTOR_ID)
  })

  function savedPair(connector: string, line: number): SavedPair | null {
    const key = savedPairOption(connector, line)
    if (key in savedOverlay.value) return savedOverlay.value[key] ?? null
    return parseSavedPair(portalOrNull()?.appOptions[key])
  }

  /**
   * Active on the line: connected means active; then what this session did to the pair; then the Contact
   * Center's ACTIVE_STATUS for the pair it opened us on; then what the app saved in an earlier session.
   */
  function isActive(connector: string, line: number, status: PairStatus | null): boolean {
    if (status?.configured) return true
    const key = savedPairOption(connector, line)
    if (key in savedOverlay.value) return savedOverlay.value[key]?.active ?? false
    const target = placement.value
    if (target && target.connector === connector && target.line === line) return target.active
    return savedPair(connector, line)?.active ?? false
  }

  const rows = computed<PairRow[]>(() => {
    const ordered = [...connectors.value].sort((a, b) => {
      if (a.id === APP_CONNECTOR_ID) return -1
      if (b.id === APP_CONNECTOR_ID) return 1
      return compareNames(a.name, b.name)
    })
    const out: PairRow[] = []
    for (const line of lines.value) {
      for (const connector of ordered) {
        const key = pairKey(connector.id, line.id)
        const outcome = statuses.value[key]
        const status = outcome?.ok ? outcome.status : null
        const statusError = outcome && !outcome.ok ? outcome.error : null
        const own = connector.id === APP_CONNECTOR_ID
        const active = own ? isActive(connector.id, line.id, status) : status?.configured ?? false
        // attention: a channel error, a status the portal would not give, or our connector switched on
        // but not (or no longer) connected
        const needsAttention = !!statusError || !!status?.error || (own && active && !!status && !status.configured)
        out.push({ key, line, connector, own, status, statusError, active, needsAttention })
      }
    }
    return out
  })

  const attentionCount = computed(() => rows.value.filter(r => r.needsAttention).length)

  /** The connectors whose pairs the console shows: the list, or just ours when the list is refused. */
  function shownConnectors(list: ConnectorInfo[] | null): ConnectorInfo[] {
    if (list) return list
    return [{ id: APP_CONNECTOR_ID, name: APP_CONNECTOR_NAME }]
  }

  /** Lines, connectors and every pair's status; nothing on screen changes until all three are in. */
  async function read() {
    const [linesResult, connectorsResult] = await Promise.allSettled([listOpenLines(), listConnectors()])
    if (linesResult.status === 'rejected') throw PortalError.from(linesResult.reason)
    const readLines = linesResult.value
    const deniedBy = connectorsResult.status === 'rejected' ? PortalError.from(connectorsResult.reason) : null
    const shown = shownConnectors(connectorsResult.status === 'fulfilled' ? connectorsResult.value : null)
    let read: Record<string, PairOutcome> = {}
    if (!(deniedBy && CONTEXT_ERRORS.has(deniedBy.code))) {
      const pairs = readLines.flatMap(line => shown.map(c => ({ connector: c.id, line: line.id })))
      read = Object.fromEntries(await connectorStatuses(pairs))
    }
    return { lines: readLines, connectors: shown, connectorsError: deniedBy, statuses: read }
  }

  async function load(): Promise<void> {
    await run(read, (answer) => {
      lines.value = answer.lines
      connectors.value = answer.connectors
      connectorsError.value = answer.connectorsError
      statuses.value = answer.statuses
    })
  }

  /** Re-read one pair from the portal (after a write on it). */
  async function refreshPair(connector: string, line: number): Promise<void> {
    const key = pairKey(connector, line)
    let outcome: PairOutcome
    try {
      outcome = { ok: true, status: await connectorStatus(connector, line) }
    } catch (error) {
      outcome = { ok: false, error: PortalError.from(error) }
    }
    statuses.value = { ...statuses.value, [key]: outcome }
  }

  /**
   * Keep what the app knows of a pair. A failure here must not hide that the portal call succeeded, so it
   * is reported as `false` and the caller says the values were not remembered.
   */
  async function remember(connector: string, line: number, value: SavedPair | null): Promise<boolean> {
    const key = savedPairOption(connector, line)
    savedOverlay.value = { ...savedOverlay.value, [key]: value }
    try {
      await setAppOption(key, value ? JSON.stringify(value) : '')
      return true
    } catch {
      return false
    }
  }

  async function register(placementHandler: string): Promise<void> {
    // same ID again updates the registration, so a retried register cannot create a second connector
    await registerConnector(appConnector(placementHandler))
    await load()
  }

  async function unregister(): Promise<void> {
    await unregisterConnector(APP_CONNECTOR_ID)
    // the portal drops the connector from every line, settings included
    await Promise.all(lines.value
      .filter(line => savedPair(APP_CONNECTOR_ID, line.id))
      .map(line => remember(APP_CONNECTOR_ID, line.id, null)))
    await load()
  }

  /** Returns whether the app could remember the new state (the portal call itself succeeded). */
  async function setActive(line: number, active: boolean): Promise<boolean> {
    await activateConnector(APP_CONNECTOR_ID, line, active)
    // deactivation deletes the line's settings on the portal: forget ours too
    const previous = savedPair(APP_CONNECTOR_ID, line)
    const remembered = await remember(APP_CONNECTOR_ID, line, { active, data: active ? previous?.data ?? null : null })
    await refreshPair(APP_CONNECTOR_ID, line)
    return remembered
  }

  /** Sends the complete DATA object; returns whether the app could remember the values. */
  async function saveChannel(line: number, data: ChannelData, connector = APP_CONNECTOR_ID): Promise<boolean> {
    await setChannelData(connector, line, data)
    const outcome = statuses.value[pairKey(connector, line)]
    const active = isActive(connector, line, outcome?.ok ? outcome.status : null)
    const remembered = await remember(connector, line, { active, data: { ...data } })
    await refreshPair(connector, line)
    return remembered
  }

  return {
    lines,
    connectors,
    connectorsError,
    statuses,
    status,
    loaded,
    loadError,
    savedOverlay,
    placement,
    registered,
    rows,
    attentionCount,
    savedPair,
    load,
    refreshPair,
    register,
    unregister,
    setActive,
    saveChannel
  }
})
