import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { PortalError } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import OpenlinesChannelForm from './OpenlinesChannelForm.vue'

/**
 * Bad input, field by field, for the channel settings (issue 7): ID, URL, URL_IM, NAME. A refused row gets
 * its message on its field and nothing is sent; an accepted row sends the complete DATA, as asserted on the
 * REST call imconnector.connector.data.set itself.
 */
const door = vi.hoisted(() => ({ callV2: vi.fn(), setAppOption: vi.fn() }))
vi.mock(import('@/b24'), async importOriginal => ({ ...await importOriginal(), ...door }))

const CONNECTOR = 'commhub_connector'
const LINE = { id: 3, name: 'Support', active: true }

type Field = 'ID' | 'URL' | 'URL_IM' | 'NAME'
const INPUT: Record<Field, string> = { ID: 'openlines-channel-id', URL: 'openlines-channel-url', URL_IM: 'openlines-channel-url-im', NAME: 'openlines-channel-name' }

const URL_INVALID = 'Enter a full address starting with http:// or https://.'
const URL_IM_INVALID = 'Enter a full address starting with http:// or https://, or leave it empty'
const HIDDEN = 'invisible direction characters'
const HTML = '<img src=x onerror=alert(1)>'
const SCRIPT = '<script>alert(1)</script>'
const UNICODE = 'Магазин 商店 Café e\u0301 🛒'
const RTL = 'متجر חנות'
const LONG_URL = `https://shop.example/${'a'.repeat(5000)}`

interface Row {
  name: string
  fields: Partial<Record<Field, string>>
  refused?: { field: Field, message: string }
  /** the DATA that must be sent, complete */
  sent?: Record<Field, string>
}

const OK_URL = 'https://shop.example/chat'
const base = (data: Partial<Record<Field, string>>): Record<Field, string> => ({ ID: `${CONNECTOR}_3`, URL: OK_URL, URL_IM: OK_URL, NAME: 'Support', ...data })

const ROWS: Row[] = [
  // URL: required, an absolute http(s) address
  { name: 'URL empty', fields: { URL: '' }, refused: { field: 'URL', message: 'Enter the channel URL.' } },
  { name: 'URL of spaces', fields: { URL: '   ' }, refused: { field: 'URL', message: 'Enter the channel URL.' } },
  { name: 'URL javascript:', fields: { URL: 'javascript:alert(1)' }, refused: { field: 'URL', message: URL_INVALID } },
  { name: 'URL ftp://', fields: { URL: 'ftp://x' }, refused: { field: 'URL', message: URL_INVALID } },
  { name: 'URL without a scheme', fields: { URL: 'example.com' }, refused: { field: 'URL', message: URL_INVALID } },
  { name: 'URL data:', fields: { URL: 'data:text/html,<script>alert(1)</script>' }, refused: { field: 'URL', message: URL_INVALID } },
  { name: 'URL that is HTML', fields: { URL: HTML }, refused: { field: 'URL', message: URL_INVALID } },
  { name: 'URL with a space in the host', fields: { URL: 'https://exa mple.com' }, refused: { field: 'URL', message: URL_INVALID } },
  { name: 'URL with U+202E', fields: { URL: 'https://shop.example/\u202Egpj.exe' }, refused: { field: 'URL', message: HIDDEN } },
  { name: 'URL of 5,000 characters', fields: { URL: LONG_URL }, sent: base({ URL: LONG_URL, URL_IM: LONG_URL }) },
  { name: 'URL with an international domain', fields: { URL: 'https://магазин.рф/чат' }, sent: base({ URL: 'https://магазин.рф/чат', URL_IM: 'https://магазин.рф/чат' }) },
  { name: 'URL with surrounding spaces', fields: { URL: `  ${OK_URL}  ` }, sent: base({}) },
  // URL_IM: optional (defaults to URL), the same checks
  { name: 'URL_IM javascript:', fields: { URL: OK_URL, URL_IM: 'javascript:alert(1)' }, refused: { field: 'URL_IM', message: URL_IM_INVALID } },
  { name: 'URL_IM ftp://', fields: { URL: OK_URL, URL_IM: 'ftp://x' }, refused: { field: 'URL_IM', message: URL_IM_INVALID } },
  { name: 'URL_IM with U+202E', fields: { URL: OK_URL, URL_IM: 'https://op.example/\u202Eexe.txt' }, refused: { field: 'URL_IM', message: HIDDEN } },
  { name: 'URL_IM of spaces', fields: { URL: OK_URL, URL_IM: '   ' }, sent: base({}) },
  // NAME: required, any text, verbatim
  { name: 'NAME empty', fields: { URL: OK_URL, NAME: '' }, refused: { field: 'NAME', message: 'Enter a name for the channel.' } },
  { name: 'NAME of spaces', fields: { URL: OK_URL, NAME: ' \t ' }, refused: { field: 'NAME', message: 'Enter a name for the channel.' } },
  { name: 'NAME of invisible marks', fields: { URL: OK_URL, NAME: '\u200B\u202E' }, refused: { field: 'NAME', message: 'Enter a name for the channel.' } },
  { name: 'NAME of 10,000 characters', fields: { URL: OK_URL, NAME: 'n'.repeat(10_000) }, sent: base({ NAME: 'n'.repeat(10_000) }) },
  { name: 'NAME with HTML', fields: { URL: OK_URL, NAME: HTML }, sent: base({ NAME: HTML }) },
  { name: 'NAME with a script', fields: { URL: OK_URL, NAME: SCRIPT }, sent: base({ NAME: SCRIPT }) },
  { name: 'NAME in Unicode', fields: { URL: OK_URL, NAME: UNICODE }, sent: base({ NAME: UNICODE }) },
  { name: 'NAME right-to-left with U+202E', fields: { URL: OK_URL, NAME: `${RTL} \u202Eabc` }, sent: base({ NAME: `${RTL} \u202Eabc` }) },
  // ID: optional (defaults to <connector>_<line>), any text, verbatim
  { name: 'ID of spaces', fields: { URL: OK_URL, ID: '   ' }, sent: base({}) },
  { name: 'ID of invisible marks', fields: { URL: OK_URL, ID: '\u200B' }, sent: base({}) },
  { name: 'ID with letters and symbols', fields: { URL: OK_URL, ID: 'shop-42/eu' }, sent: base({ ID: 'shop-42/eu' }) },
  { name: 'ID with HTML', fields: { URL: OK_URL, ID: HTML }, sent: base({ ID: HTML }) },
  { name: 'ID in Unicode and RTL', fields: { URL: OK_URL, ID: `${UNICODE}${RTL}` }, sent: base({ ID: `${UNICODE}${RTL}` }) },
  { name: 'ID of 1,000 characters', fields: { URL: OK_URL, ID: 'i'.repeat(1000) }, sent: base({ ID: 'i'.repeat(1000) }) }
]

let wrapper: VueWrapper | null = null

function dataSets(): Record<string, unknown>[] {
  return door.callV2.mock.calls.filter(([m]) => m === 'imconnector.connector.data.set').map(([, p]) => p as Record<string, unknown>)
}

function fieldText(form: VueWrapper, testId: string): string {
  const field = form.get(`[data-testid="${testId}"]`).element.closest('[data-slot="root"][data-orientation]')
  if (!field) throw new Error(`${testId} is not inside a form field`)
  return field.textContent ?? ''
}

async function mountForm(): Promise<VueWrapper> {
  ;({ wrapper } = await mountApp(OpenlinesChannelForm, { path: '/openlines', props: { connector: CONNECTOR, connectorName: 'Communications Hub', line: LINE } }))
  return wrapper!
}

async function submit(form: VueWrapper): Promise<void> {
  await form.get('form').trigger('submit')
  await flushPromises()
  // B24Form validates asynchronously before it emits submit
  await new Promise(resolve => setTimeout(resolve, 0))
  await flushPromises()
}

beforeEach(() => {
  door.callV2.mockReset()
  door.setAppOption.mockReset().mockResolvedValue(undefined)
  door.callV2.mockImplementation(async (method: string) => {
    if (method === 'imconnector.status') return { LINE: 3, CONNECTOR: CONNECTOR, ERROR: false, CONFIGURED: true, STATUS: true }
    return true
  })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

describe('channel settings form: bad input', () => {
  it.each(ROWS)('$name', async (row) => {
    const form = await mountForm()
    for (const [field, value] of Object.entries(row.fields) as [Field, string][]) {
      await form.get(`[data-testid="${INPUT[field]}"]`).setValue(value)
    }
    await submit(form)
    if (row.refused) {
      expect(fieldText(form, INPUT[row.refused.field])).toContain(row.refused.message)
      expect(door.callV2).not.toHaveBeenCalled()
    } else {
      const sent = dataSets()
      expect(sent).toHaveLength(1)
      expect(sent[0]).toEqual({ CONNECTOR, LINE: 3, DATA: row.sent })
    }
  })

  it('shows the portal\'s own refusal of a DATA key on that key\'s field', async () => {
    door.callV2.mockRejectedValueOnce(new PortalError({ code: 'ERROR_ARGUMENT', message: 'Argument \'DATA[NAME]\' is too long', status: 400 }))
    const form = await mountForm()
    await form.get(`[data-testid="${INPUT.URL}"]`).setValue(OK_URL)
    await submit(form)
    expect(dataSets()).toHaveLength(1)
    expect(fieldText(form, INPUT.NAME)).toContain('Argument \'DATA[NAME]\' is too long')
  })
})
