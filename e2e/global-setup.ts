import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

/** The emulator serves dist/; build it when someone runs `npm run test:e2e` without `npm test`. */
export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '..')
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' })
  }
}
