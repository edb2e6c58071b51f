/**
 * Builds the first-screen baseline page (scripts/bench/baseline/: the UI kit and the SDK in the frame, one
 * REST call, no app code) with the app's own vite.config.ts, so the kit is built exactly as the app's is.
 *
 * The sources are copied into a directory of the bench's own (gitignored, like dist-bench/) and built from
 * there: the kit's Vite plugin writes its generated files (components.d.ts, auto-imports.d.ts,
 * node_modules/.b24ui-nuxt) into the Vite root, and they must not land among the scripts, which are
 * type-checked and linted, nor overwrite the app's own.
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

export const BASELINE_SOURCES = 'scripts/bench/baseline'

/** Builds into `<workDir>/app` and answers that directory (the emulator's distDir for the baseline). */
export async function buildBaseline(root: string, workDir: string): Promise<string> {
  const source = join(workDir, 'src')
  const out = join(workDir, 'app')
  await rm(source, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  await cp(join(root, BASELINE_SOURCES), source, { recursive: true })
  const result = spawnSync(join(root, 'node_modules/.bin/vite'), [
    'build', source, '--config', join(root, 'vite.config.ts'), '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'
  ], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`vite build of the baseline failed:\n${result.stdout}${result.stderr}`)
  return out
}
