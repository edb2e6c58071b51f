/**
 * `npm run package`: the app as a portal takes it — a ZIP of static files to upload as a local (or
 * Marketplace) application, `communications-hub-<version>.zip` at the project root.
 *
 * - Builds the app with Vite into a temporary directory (no source maps; base './' keeps every asset path
 *   relative, which a portal serving the files under a path of its own needs).
 * - index.html at the archive's root, and install.html as the same page: the portal opens it as the install
 *   wizard, where the app's install screen binds what the app offers and calls installFinish() (README,
 *   "Installing from the archive").
 * - Nothing a portal would refuse or should not serve: no source maps, no dotfiles, no server scripts.
 * - The portal serves these files, so the production server's headers (scripts/serve.ts) do not travel:
 *   index.html carries the same Content-Security-Policy in a `<meta http-equiv>`, built by the same
 *   function (contentSecurityPolicy, delivery 'meta'), minus what a meta policy cannot carry
 *   (frame-ancestors, report-uri, sandbox).
 *
 * Usage: npm run package -- [--out <dir>] [--portal <origin>]…
 *   --out     where the archive goes (default: the project root)
 *   --portal  a portal origin the app may call besides Bitrix24's cloud (a custom domain, an on-premise
 *             portal on a host of its own, the emulator); repeatable
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { BITRIX24_IMAGE_SOURCES, contentSecurityPolicy } from './serve.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * Which portals the archived app may call. A page in a `<meta>` policy cannot read the launch query the
 * server's header is built from, so it cannot name the one portal that opened it: it names every
 * Bitrix24 cloud portal (each lives on a subdomain of a cloud zone, the same list as the CDN hosts) and
 * `'self'` (an on-premise portal serving the app from a folder of its own). `extra` adds more origins.
 */
export function archivePolicy(extra: readonly string[] = []): string {
  return contentSecurityPolicy([...BITRIX24_IMAGE_SOURCES, ...extra], undefined, [], 'meta')
}

/** http(s)://host[:port] or https://*.host: what `--portal` may add to the policy. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/

export function checkOrigin(origin: string): string {
  if (!ORIGIN.test(origin)) throw new Error(`--portal must be an origin such as https://portal.example.com, not ${JSON.stringify(origin)}`)
  return origin
}

/** Puts the policy into index.html's head, before any script or style it guards. */
export function injectCsp(html: string, policy: string): string {
  if (/<meta[^>]+http-equiv=["']?content-security-policy/i.test(html)) throw new Error('index.html already carries a Content-Security-Policy meta')
  const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  const tag = `<meta http-equiv="Content-Security-Policy" content="${content}" />`
  // after <meta charset>, which must stay in the first 1024 bytes; otherwise first in <head>
  const anchor = /<meta\s+charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html)
  if (!anchor) throw new Error('index.html has no <head>')
  const at = anchor.index + anchor[0].length
  const out = `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`
  const first = /<(script|style|link)\b/i.exec(out)
  if (first && first.index < at) throw new Error('index.html loads a script or style before the policy could be placed')
  return out
}

/** Asset paths must be relative (vite base './'): the portal serves the files under a path of its own. */
export function checkRelativePaths(html: string): void {
  const absolute = /\b(?:src|href)=["']?\/(?!\/)[^"' >]*/i.exec(html)
  if (absolute) throw new Error(`index.html refers to ${absolute[0]}: asset paths must be relative (vite base './')`)
}

/** Server-side code a static host would refuse or must not serve. */
const SERVER_SCRIPTS = new Set(['.php', '.phtml', '.py', '.rb', '.pl', '.cgi', '.sh', '.asp', '.aspx', '.jsp'])

/** Why a built file stays out of the archive, or null when it goes in. */
export function leftOut(path: string): string | null {
  const parts = path.split('/')
  if (parts.some(part => part.startsWith('.'))) return 'dotfile'
  const ext = extname(path).toLowerCase()
  if (ext === '.map') return 'source map'
  if (SERVER_SCRIPTS.has(ext)) return 'server script'
  return null
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
  }
  return out.sort()
}

/** A fixed timestamp for every entry, so the same build gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1))

/** The archive of a built app in `dir`: its files (minus what leftOut names), index.html with the policy. */
export async function archiveBuild(dir: string, policy: string): Promise<{ zip: Uint8Array, files: string[], skipped: string[] }> {
  const entries: Zippable = {}
  const files: string[] = []
  const skipped: string[] = []
  for (const path of await listFiles(dir)) {
    const reason = leftOut(path)
    if (reason) {
      skipped.push(`${path} (${reason})`)
      continue
    }
    let bytes: Uint8Array = await readFile(join(dir, path))
    if (path === 'index.html') {
      const html = new TextDecoder().decode(bytes)
      checkRelativePaths(html)
      bytes = new TextEncoder().encode(injectCsp(html, policy))
      // The same page is the install wizard: the portal opens install.html in install mode, where the app's
      // install screen binds the chat sidebar and the connector and ends with installFinish() (README).
      entries['install.html'] = bytes
      files.push('install.html')
    }
    entries[path] = bytes
    files.push(path)
  }
  if (!files.includes('index.html')) throw new Error(`the build in ${dir} has no index.html`)
  return { zip: zipSync(entries, { level: 9, mtime: ENTRY_TIME }), files, skipped }
}

export interface PackageOptions {
  /** where the archive goes (default: the project root) */
  outDir?: string
  /** portal origins the app may call besides Bitrix24's cloud */
  portals?: readonly string[]
}

/** Builds the app into a temporary directory and writes the archive; returns its path and size. */
export async function packageApp(options: PackageOptions = {}): Promise<{ path: string, size: number, files: string[], skipped: string[] }> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  const buildDir = await mkdtemp(join(tmpdir(), 'comm-hub-package-'))
  try {
    const { build } = await import('vite')
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: buildDir, emptyOutDir: true, sourcemap: false }
    })
    const { zip, files, skipped } = await archiveBuild(buildDir, archivePolicy((options.portals ?? []).map(checkOrigin)))
    const path = join(resolve(options.outDir ?? ROOT), `communications-hub-${version}.zip`)
    await writeFile(path, zip)
    return { path, size: (await stat(path)).size, files, skipped }
  } finally {
    await rm(buildDir, { recursive: true, force: true })
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string' }, portal: { type: 'string', multiple: true } },
    strict: true
  })
  packageApp({ outDir: values.out, portals: values.portal }).then(({ path, size, files, skipped }) => {
    for (const file of skipped) console.log(`left out: ${file}`)
    const where = dirname(path) === resolve(process.cwd()) ? '' : ` in ${dirname(path)}`
    console.log(`${basename(path)}  ${formatSize(size)} (${size} bytes, ${files.length} files)${where}`)
  }, (error: unknown) => {
    console.error(`package: ${(error as Error).message}`)
    process.exit(1)
  })
}
