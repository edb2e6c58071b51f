/**
 * Channel settings (imconnector.connector.data.set DATA) as the form edits them: defaults, the checks made
 * before any call, and the complete object that is sent. The portal replaces DATA as a whole, so the form
 * always works on all four keys.
 */
import type { ChannelData } from '@/api/openlines'
import { hasBidiControls, isBlank } from '@/utils/text'

export type ChannelField = keyof ChannelData

export const CHANNEL_FIELDS: ChannelField[] = ['ID', 'URL', 'URL_IM', 'NAME']

/** An absolute http(s) URL with a host: what the operator interface can open. */
export function isAbsoluteHttpUrl(value: string): boolean {
  const trimmed = value.trim()
  if (!/^https?:\/\//i.test(trimmed)) return false
  try {
    const url = new URL(trimmed)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The docs' suggestion for a channel without an external id: connector and line. */
export function defaultChannelId(connector: string, line: number): string {
  return `${connector}_${line}`
}

/** Where the form starts: the values last saved by the app, else the defaults. */
export function initialChannel(saved: ChannelData | null, connector: string, line: number, lineName: string): ChannelData {
  if (saved) return { ...saved }
  return { ID: defaultChannelId(connector, line), URL: '', URL_IM: '', NAME: lineName }
}

/** i18n keys under openlines.channel.errors */
export type ChannelErrorKey = 'urlRequired' | 'urlInvalid' | 'urlImInvalid' | 'urlHidden' | 'nameRequired'

/**
 * Lengths: the docs give none for DATA and the portal keeps it whole as one serialized value, so the form
 * sets none. Markup and Unicode are text the portal stores as sent (the app renders it as text); a
 * direction control inside an address is refused, because it can show one address and open another.
 */
function urlProblem(value: string, invalid: ChannelErrorKey): ChannelErrorKey | null {
  if (hasBidiControls(value)) return 'urlHidden'
  return isAbsoluteHttpUrl(value) ? null : invalid
}

export interface ChannelProblem {
  name: ChannelField
  key: ChannelErrorKey
}

/** Checks made in the browser, before any call. ID and URL_IM may be left empty: they have defaults. */
export function channelProblems(state: ChannelData): ChannelProblem[] {
  const problems: ChannelProblem[] = []
  if (state.URL.trim() === '') problems.push({ name: 'URL', key: 'urlRequired' })
  else {
    const url = urlProblem(state.URL, 'urlInvalid')
    if (url) problems.push({ name: 'URL', key: url })
  }
  const urlIm = state.URL_IM.trim() === '' ? null : urlProblem(state.URL_IM, 'urlImInvalid')
  if (urlIm) problems.push({ name: 'URL_IM', key: urlIm })
  if (isBlank(state.NAME)) problems.push({ name: 'NAME', key: 'nameRequired' })
  return problems
}

/** The complete DATA to send: trimmed, ID and URL_IM filled from their defaults when left empty. */
export function completeChannel(state: ChannelData, connector: string, line: number): ChannelData {
  const url = state.URL.trim()
  return {
    ID: isBlank(state.ID) ? defaultChannelId(connector, line) : state.ID.trim(),
    URL: url,
    URL_IM: state.URL_IM.trim() || url,
    NAME: state.NAME.trim()
  }
}
