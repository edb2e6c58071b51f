/**
 * `npm test`: everything CI checks, in the order that works (docs/decisions.md D25):
 * lint → build → typecheck (after the build, which generates the auto-import .d.ts files) → unit → e2e.
 *
 * The e2e tests need Debian's Chromium (no browser download works on this network). If it is missing
 * and we are root, install it with apt; otherwise say exactly what to install and stop.
 * Pass `--skip-e2e` to stop after the unit tests.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function run(title: string, command: string, args: string[]): void {
  const started = Date.now()
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds} s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${title} (${seconds} s)`)
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error([
      `Chromium is missing (${CHROMIUM}). The end-to-end tests drive Debian's Chromium, because`,
      'Playwright cannot download its own browser here. Install it as root:',
      '  apt-get update && apt-get install -y chromium',
      'or point CHROMIUM_PATH at another Chromium/Chrome binary.'
    ].join('\n'))
    process.exit(1)
  }
  run('install Chromium', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'])
}

const skipE2e = process.argv.includes('--skip-e2e')
const npx = 'npx'
run('lint', npx, ['eslint', '.'])
run('build', npx, ['vite', 'build'])
run('typecheck', npx, ['vue-tsc', '--build'])
run('unit and component tests', npx, ['vitest', 'run'])
if (!skipE2e) {
  ensureChromium()
  run('end-to-end tests', npx, ['playwright', 'test', '-c', 'e2e/playwright.config.ts'])
}
console.log('\nAll checks passed.')
