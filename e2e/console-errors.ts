import type { BrowserContext, ConsoleMessage } from '@playwright/test'

/**
 * The Marketplace asks for an app without JavaScript errors (README, "Marketplace checklist"): every journey
 * collects the console errors and uncaught exceptions of every page and frame in its browser context (the
 * portal page, the app's iframe, a popup) and fails on any it did not expect (fixtures.ts).
 */

/**
 * Chromium's own console line for a request that failed: answered with an error status ("Failed to load
 * resource: the server responded with a status of 503 (Service Unavailable)") or not answered at all
 * ("Failed to load resource: net::ERR_EMPTY_RESPONSE"). The app handles such a failure itself; the line is
 * the browser's. Allowed only where a test makes the portal fail or refuse on purpose.
 */
export const FAILED_RESOURCE = /^Failed to load resource: (?:the server responded with a status of [45]\d\d\b|net::ERR_[A-Z_]+)/

/** Chromium's line for what the Content-Security-Policy blocked; allowed only in the tests that inject it. */
export const CSP_REFUSAL = /violates the following Content Security Policy directive|because it violates the document's Content Security Policy/

export interface ConsoleError {
  kind: 'console.error' | 'uncaught'
  text: string
  /** the document (or script) it came from */
  where: string
}

export interface ConsoleErrorLog {
  readonly errors: readonly ConsoleError[]
  stop(): void
}

/** Starts collecting the errors of every page (and frame) of the context, present and future. */
export function collectConsoleErrors(context: BrowserContext): ConsoleErrorLog {
  const errors: ConsoleError[] = []
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    errors.push({ kind: 'console.error', text: message.text(), where: url ? `${url}:${lineNumber}` : '' })
  }
  const onWebError = (webError: { error(): Error, page(): { url(): string } | null }) => {
    const error = webError.error()
    const origin = error.stack?.split('\n').find(line => /^\s+at /.test(line))?.trim() ?? ''
    errors.push({ kind: 'uncaught', text: `${error.name}: ${error.message}`, where: origin || (webError.page()?.url() ?? '') })
  }
  context.on('console', onConsole)
  context.on('weberror', onWebError)
  return {
    errors,
    stop() {
      context.off('console', onConsole)
      context.off('weberror', onWebError)
    }
  }
}

/** The errors no allowed pattern matches, one line each for the test's report. */
export function unexpectedErrors(errors: readonly ConsoleError[], allowed: readonly RegExp[]): string[] {
  return errors
    .filter(error => error.kind === 'uncaught' || !allowed.some(pattern => pattern.test(error.text)))
    .map(error => `${error.kind}: ${error.text}${error.where ? ` (${error.where})` : ''}`)
}
