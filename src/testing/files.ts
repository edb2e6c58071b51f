/**
 * Test-only: the file a user picks and the form field that answers. happy-dom's file input cannot be given
 * files by a user, so `chooseFile` sets them the way a browser does.
 */
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'

/** The first 33 bytes of a PNG of that size: its signature and IHDR, all an image check reads. */
export function pngBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(bytes.buffer).setUint32(16, width)
  new DataView(bytes.buffer).setUint32(20, height)
  return bytes
}

export function pngFile(width: number, height: number, name = 'avatar.png'): File {
  return new File([pngBytes(width, height)], name, { type: 'image/png' })
}

/** Picks `file` in the file input with that data-testid and waits until it has been read (arrayBuffer). */
export async function chooseFile(wrapper: VueWrapper, testId: string, file: File): Promise<void> {
  const input = wrapper.get(`[data-testid="${testId}"]`)
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
  await new Promise(resolve => setTimeout(resolve, 0))
  await flushPromises()
}

/** The text of the form field (label, control and message) that holds the control with that data-testid. */
export function fieldText(wrapper: VueWrapper, testId: string): string {
  // B24FormField's root: the one element that holds the label, the control and the error
  const field = wrapper.get(`[data-testid="${testId}"]`).element.closest('[data-slot="root"][data-orientation]')
  if (!field) throw new Error(`${testId} is not inside a form field`)
  return field.textContent ?? ''
}
