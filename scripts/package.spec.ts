// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { archiveBuild, archivePolicy, checkOrigin, checkRelativePaths, injectCsp, leftOut } from './package.ts'
import { BITRIX24_IMAGE_SOURCES, META_UNSUPPORTED_DIRECTIVES, contentSecurityPolicy } from './serve.ts'

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
}

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>app</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head>
  <body><div id="app"></div></body>
</html>`

describe('the archive\'s policy', () => {
  it('is the server\'s policy for Bitrix24\'s cloud portals, minus what a meta policy cannot carry', () => {
    const meta = directives(archivePolicy())
    const header = directives(contentSecurityPolicy([...BITRIX24_IMAGE_SOURCES], undefined, [], 'header'))
    for (const name of META_UNSUPPORTED_DIRECTIVES) expect(meta[name]).toBeUndefined()
    expect(header['frame-ancestors']).toBeDefined()
    delete header['frame-ancestors']
    expect(meta).toEqual(header)
    expect(meta['script-src']).toEqual(["'self'"])
    expect(meta['connect-src']).toEqual(["'self'", ...BITRIX24_IMAGE_SOURCES])
    // each source once, although the cloud zones are both the portals and the CDN hosts
    expect(meta['img-src']).toEqual(["'self'", 'data:', ...BITRIX24_IMAGE_SOURCES])
    expect(archivePolicy()).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it('adds the portals it is given, and only origins', () => {
    expect(directives(archivePolicy(['https://hub.example.com']))['connect-src']).toContain('https://hub.example.com')
    expect(checkOrigin('http://127.0.0.1:18580')).toBe('http://127.0.0.1:18580')
    for (const bad of ['hub.example.com', 'https://a.example/path', "https://a.example; script-src *", "'unsafe-inline'", 'https://a.example '])
      expect(() => checkOrigin(bad)).toThrow(/--portal/)
  })
})

describe('index.html of the archive', () => {
  it('carries the policy in a meta tag right after the charset, before every script and style', () => {
    const html = injectCsp(INDEX, "default-src 'none'; img-src 'self' a&b")
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'))
    expect(meta).toBeLessThan(html.indexOf('<script'))
    expect(html).toContain('content="default-src \'none\'; img-src \'self\' a&amp;b"')
    expect(() => injectCsp(html, 'x')).toThrow(/already/)
    expect(() => injectCsp('<html><body></body></html>', 'x')).toThrow(/<head>/)
  })

  it('refers to its assets by relative paths only', () => {
    expect(() => checkRelativePaths(INDEX)).not.toThrow()
    expect(() => checkRelativePaths('<script src="/assets/index.js"></script>')).toThrow(/relative/)
    expect(() => checkRelativePaths('<link href="https://cdn.example/x.css">')).not.toThrow()
  })
})

describe('what goes into the archive', () => {
  it('leaves out source maps, dotfiles and server scripts', () => {
    expect(leftOut('assets/index.js')).toBeNull()
    expect(leftOut('favicon.svg')).toBeNull()
    expect(leftOut('assets/index.js.map')).toBe('source map')
    expect(leftOut('.htaccess')).toBe('dotfile')
    expect(leftOut('.well-known/x.txt')).toBe('dotfile')
    expect(leftOut('api/send.php')).toBe('server script')
  })

  it('zips a build with index.html (and the same page as install.html) at the root, the policy inside', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'package-spec-'))
    await mkdir(join(dir, 'assets'))
    await writeFile(join(dir, 'index.html'), INDEX)
    await writeFile(join(dir, 'assets', 'index.js'), 'console.log(1)')
    await writeFile(join(dir, 'assets', 'index.js.map'), '{}')
    await writeFile(join(dir, '.env'), 'SECRET=1')
    const policy = archivePolicy()
    const { zip, files, skipped } = await archiveBuild(dir, policy)
    expect(files).toEqual(['assets/index.js', 'install.html', 'index.html'])
    expect(skipped).toEqual(['.env (dotfile)', 'assets/index.js.map (source map)'])
    const entries = unzipSync(zip)
    expect(Object.keys(entries).sort()).toEqual(['assets/index.js', 'index.html', 'install.html'])
    expect(strFromU8(entries['index.html']!)).toContain(`content="${policy}"`)
    // the install wizard is the same page, policy included
    expect(entries['install.html']).toEqual(entries['index.html'])
    // the same build gives the same bytes
    expect((await archiveBuild(dir, policy)).zip).toEqual(zip)
  })

  it('refuses a build without index.html', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'package-spec-'))
    await writeFile(join(dir, 'other.html'), '<html></html>')
    await expect(archiveBuild(dir, 'x')).rejects.toThrow(/no index.html/)
  })
})
