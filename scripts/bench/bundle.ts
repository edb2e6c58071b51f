/**
 * Bundle sizes from Vite's manifest (`vite build --manifest`): the first screen is index.html's entry
 * chunk, every chunk it imports statically (they are modulepreloaded with it) and their CSS; each view
 * loaded on demand is its dynamic-entry chunk plus what it imports that the first screen does not have.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Bytes, BundleReport, ChunkGroup } from './types.ts'

export interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

/** The chunk keys reachable from `key` through static imports, `key` included. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>()
  const visit = (k: string) => {
    if (seen.has(k) || !manifest[k]) return
    seen.add(k)
    for (const next of manifest[k].imports ?? []) visit(next)
  }
  visit(key)
  return [...seen]
}

function filesOf(manifest: Manifest, keys: string[]): { js: string[], css: string[] } {
  const js = new Set<string>()
  const css = new Set<string>()
  for (const k of keys) {
    const chunk = manifest[k]!
    if (chunk.file.endsWith('.js')) js.add(chunk.file)
    for (const c of chunk.css ?? []) css.add(c)
  }
  return { js: [...js], css: [...css] }
}

function sum(files: string[], sizeOf: (file: string) => Bytes): Bytes {
  return files.reduce((acc, f) => {
    const s = sizeOf(f)
    return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }
  }, { raw: 0, gzip: 0 })
}

export function analyseManifest(manifest: Manifest, sizeOf: (file: string) => Bytes, emitted: string[]): BundleReport {
  const entryKey = Object.keys(manifest).find(k => manifest[k]!.isEntry && (manifest[k]!.src ?? k) === 'index.html')
  if (!entryKey) throw new Error('the manifest has no index.html entry')
  const first = filesOf(manifest, staticClosure(manifest, entryKey))
  const firstFiles = new Set([...first.js, ...first.css])
  const firstScreen: ChunkGroup = {
    name: 'first screen',
    js: sum(first.js, sizeOf),
    css: sum(first.css, sizeOf),
    files: [...first.js, ...first.css]
  }
  const views = Object.keys(manifest)
    .filter(k => manifest[k]!.isDynamicEntry)
    .sort()
    .map((k): ChunkGroup => {
      const own = filesOf(manifest, staticClosure(manifest, k))
      const js = own.js.filter(f => !firstFiles.has(f))
      const css = own.css.filter(f => !firstFiles.has(f))
      return { name: manifest[k]!.name ?? k, js: sum(js, sizeOf), css: sum(css, sizeOf), files: [...js, ...css] }
    })
  return {
    firstScreen,
    views,
    total: { js: sum(emitted.filter(f => f.endsWith('.js')), sizeOf), css: sum(emitted.filter(f => f.endsWith('.css')), sizeOf) }
  }
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      // Vite's own metadata, not served to the browser
      if (entry.name !== '.vite') out.push(...await listFiles(path, root))
    } else {
      out.push(relative(root, path))
    }
  }
  return out
}

/** gzip -9, the smallest; servers often use 6, which is ~1% larger. */
export function gzipSize(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length
}

export async function measureBundle(distDir: string): Promise<BundleReport> {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
  const emitted = await listFiles(distDir)
  const sizes = new Map<string, Bytes>()
  for (const file of emitted.filter(f => f.endsWith('.js') || f.endsWith('.css'))) {
    const content = await readFile(join(distDir, file))
    sizes.set(file, { raw: content.length, gzip: gzipSize(content) })
  }
  return analyseManifest(manifest, f => sizes.get(f) ?? { raw: 0, gzip: 0 }, emitted)
}
