// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseCliArgs } from './cli.ts'

describe('emulator CLI arguments', () => {
  it('reads every flag', () => {
    expect(parseCliArgs(['--port', '9000', '--seed', '4', '--size', '100', '--app', 'http://127.0.0.1:5173/', '--lang', 'ru', '--token-lifetime', '60', '--rate-limit', '250:5']))
      .toEqual({ port: 9000, seed: 4, size: 100, appUrl: 'http://127.0.0.1:5173/', lang: 'ru', tokenLifetime: 60, rateLimit: { burst: 250, drainPerSecond: 5 }, host: undefined })
    expect(parseCliArgs(['--rate-limit', 'off']).rateLimit).toBeNull()
    // every portal language of Bitrix24, not only the two the emulator writes its texts in
    for (const lang of ['de', 'ar', 'vn', 'kz', 'en']) expect(parseCliArgs(['--lang', lang]).lang).toBe(lang)
    expect(parseCliArgs(['--latency', '50', '--time-scale', '12.5'])).toMatchObject({ latencyMs: 50, timeScale: 12.5 })
    expect(parseCliArgs([]).port).toBe(8080)
    expect(parseCliArgs(['--hostile']).hostile).toBe(true)
    expect(parseCliArgs([]).hostile).toBeUndefined()
    expect(parseCliArgs(['--plan', 'enterprise', '--operating-limit', '60'])).toMatchObject({ plan: 'enterprise', operatingLimitS: 60 })
    expect(parseCliArgs(['--operating-limit', 'off']).operatingLimitS).toBeNull()
    expect(parseCliArgs([])).toMatchObject({ plan: undefined, operatingLimitS: undefined })
  })

  it('refuses bad values with a message', () => {
    expect(() => parseCliArgs(['--port', 'x'])).toThrow(/--port/)
    expect(() => parseCliArgs(['--lang', 'xx'])).toThrow(/--lang must be one of ar, br, de, en, .*, vn/)
    expect(() => parseCliArgs(['--lang', 'RU'])).toThrow(/--lang/)
    expect(() => parseCliArgs(['--app', 'not a url'])).toThrow(/--app/)
    expect(() => parseCliArgs(['--rate-limit', '5'])).toThrow(/--rate-limit/)
    expect(() => parseCliArgs(['--latency', '-1'])).toThrow(/--latency/)
    expect(() => parseCliArgs(['--time-scale', '0'])).toThrow(/--time-scale/)
    expect(() => parseCliArgs(['--plan', 'pro'])).toThrow(/--plan/)
    expect(() => parseCliArgs(['--operating-limit', '-5'])).toThrow(/--operating-limit/)
    expect(() => parseCliArgs(['--bogus'])).toThrow()
    expect(() => parseCliArgs(['--dist', '/tmp/x', '--archive', 'a.zip'])).toThrow(/--dist .* not with --app or --archive/)
    expect(() => parseCliArgs(['--dist', '/tmp/x', '--app', 'http://127.0.0.1:5173/'])).toThrow(/not with --app or --archive/)
    expect(() => parseCliArgs(['--dist', ''])).toThrow(/--dist must name a folder/)
  })

  it('serves the build named by --dist instead of dist/', () => {
    expect(parseCliArgs(['--dist', '/tmp/mine']).distDir).toBe('/tmp/mine')
    expect(parseCliArgs([])).not.toHaveProperty('distDir')
  })
})

describe('npm run emulator', () => {
  it('prints the portal URL, serves REST there and stops on SIGTERM', async () => {
    const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))
    const child = spawn(tsx, [fileURLToPath(new URL('./cli.ts', import.meta.url)), '--port', '0', '--app', 'http://127.0.0.1:9/'], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (out.includes('\n')) resolve(out.split('\n')[0]!)
        })
        child.once('exit', code => reject(new Error(`exited with ${code}`)))
      })
      expect(firstLine).toMatch(/^Portal emulator: http:\/\/127\.0\.0\.1:\d+\/$/)
      const url = firstLine.replace('Portal emulator: ', '')
      const answer = await fetch(`${url}rest/profile`, { method: 'POST' })
      expect(answer.status).toBe(401)
    } finally {
      const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })
})
