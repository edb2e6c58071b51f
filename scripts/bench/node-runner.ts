/** Parent side of node-run.ts: spawns it with '@/' resolving to src/ and reads its one JSON line. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import type { NodeRunInput, NodeRunOutput } from './node-run.ts'

export function runInNode(input: NodeRunInput, timeoutMs: number): Promise<NodeRunOutput> {
  return new Promise(resolve => {
    const child = spawn(join(input.root, 'node_modules/.bin/tsx'), [join(input.root, 'scripts/bench/node-run.ts'), JSON.stringify(input)], {
      cwd: input.root,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(input.root, 'tsconfig.app.json') },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString() })
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('close', code => {
      clearTimeout(timer)
      const last = out.trim().split('\n').pop() ?? ''
      try {
        resolve(JSON.parse(last) as NodeRunOutput)
      } catch {
        const why = code === null ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exited with ${code}`
        resolve({ ok: false, error: `node runner ${why}: ${(err.trim().split('\n').slice(-3).join(' ') || last).slice(0, 300)}` })
      }
    })
  })
}
