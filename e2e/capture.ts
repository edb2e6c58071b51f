import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

export interface CspViolation {
  directive: string
  blocked: string
  sample: string
  url: string
}

const MARK = '[csp-violation]'

/**
 * Records every Content-Security-Policy violation in every frame of the page. The listener is an init
 * script, which Playwright injects past the page's own CSP; it reports through the console because
 * page.on('console') hears every frame.
 */
export async function watchCsp(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = []
  await page.addInitScript((mark: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(mark + JSON.stringify({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        url: event.documentURI
      }))
    })
  }, MARK)
  page.on('console', (message) => {
    const text = message.text()
    if (text.startsWith(MARK)) violations.push(JSON.parse(text.slice(MARK.length)) as CspViolation)
  })
  return violations
}

/** Everything a run let out of the app, as text, each piece named by where it was seen. */
export interface Captured {
  where: string
  text: string
}

/**
 * Records, from the moment it is created, what the browser side of a run exposes: every request's URL and
 * headers in every frame (the bodies are where the SDK legitimately sends `auth`, so they are kept apart
 * in `bodies`), console messages and page errors of every frame, downloads, and — on snapshot() — the
 * app's and the portal page's DOM, the values of form fields, the app's storage and its address.
 */
export class LeakWatch {
  readonly seen: Captured[] = []
  /** REST request bodies: not leaks, but the proof that the search would find a token (they carry it). */
  readonly bodies: string[] = []
  private readonly pending: Promise<void>[] = []

  constructor(private readonly page: Page, private readonly appUrl: string) {
    page.on('request', (request) => {
      // The REST 3.0 batch carries its token in ?auth=: a portal leaves it no other place (docs/decisions.md D2).
      // That one URL is searched like a body (where a token belongs), every other URL as a leak.
      const url = new URL(request.url())
      if (url.pathname.endsWith('/rest/api/batch') && url.searchParams.has('auth')) {
        this.bodies.push(`auth=${url.searchParams.get('auth') ?? ''}`)
        url.searchParams.delete('auth')
      }
      const shown = url.toString()
      this.seen.push({ where: `request URL (${request.method()})`, text: shown })
      const headers = Object.entries(request.headers()).map(([name, value]) => `${name}: ${value}`).join('\n')
      this.seen.push({ where: `request headers of ${shown}`, text: headers })
      const body = request.postData()
      if (body) this.bodies.push(body)
    })
    page.on('console', (message) => this.seen.push({ where: `console.${message.type()}`, text: message.text() }))
    page.on('pageerror', (error) => this.seen.push({ where: 'page error', text: `${error.message}\n${error.stack ?? ''}` }))
    page.on('download', (download) => {
      this.pending.push((async () => {
        const path = await download.path()
        this.seen.push({ where: `download ${download.suggestedFilename()}`, text: download.suggestedFilename() + '\n' + await readFile(path, 'utf8') })
      })())
    })
  }

  /** The DOM, field values, storage and address of the app frame and of the portal page, now. */
  async snapshot(label: string): Promise<void> {
    for (const frame of this.page.frames()) {
      const isApp = frame.url().startsWith(this.appUrl)
      if (!isApp && frame !== this.page.mainFrame()) continue
      const dump = await frame.evaluate(() => {
        const fields = [...document.querySelectorAll('input, textarea, select')]
          .map(f => (f as HTMLInputElement).value)
        const storage = (s: Storage) => Object.entries({ ...s }).map(([k, v]) => `${k}=${v}`).join('\n')
        return [location.href, document.title, document.documentElement.outerHTML, ...fields,
          storage(localStorage), storage(sessionStorage)].join('\n')
      }).catch(() => '')
      this.seen.push({ where: `${isApp ? 'app' : 'portal page'} DOM (${label})`, text: dump })
    }
  }

  /** Waits for downloads still being read. */
  async settle(): Promise<void> {
    await Promise.all(this.pending)
  }
}

/**
 * The places a secret occurs in the captured texts. A secret also counts when only half of it shows (a
 * truncated token in a message is still a leak).
 */
export function findSecrets(captured: Captured[], secrets: string[]): string[] {
  const found: string[] = []
  for (const secret of secrets) {
    const half = Math.floor(secret.length / 2)
    const needles = [secret, secret.slice(0, half), secret.slice(half)]
    for (const { where, text } of captured) {
      if (needles.some(n => text.includes(n))) found.push(`${where}: …${secret.slice(0, 6)}…`)
    }
  }
  return found
}
