import type { Page } from '@playwright/test'

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
