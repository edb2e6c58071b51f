/**
 * How the build cuts the first screen into files (vite.config.ts; issue 11: the first screen with data).
 *
 * Left to itself, the bundler splits by "which entries share a module", which gave the first screen 30
 * files: the entry's seven and the default view's 23. A browser carries six requests at a time to one host
 * over HTTP/1.1, so every file past six waits for another's answer, and the entry cannot run before its
 * last static import has arrived (measured: its files ended 300 ms after navigation, the baseline page's
 * one file at 190 ms). So the first screen is three files and the stylesheet:
 * - BOOT_GROUP: every module the entry imports statically (rolldown's built-in `$initial` tag) goes into the
 *   entry's own file: the same code the first screen loaded before, in one request;
 * - defaultViewChunk: what the default view imports, and what that imports, in one file beside the view's
 *   own chunk, which stays a dynamic entry (the router loads it on demand, the bench's manifest still names
 *   it). Modules other views share with it come with it: they are on the screen every session opens with,
 *   so a view opened later finds them loaded; a page that opens elsewhere first (a deep link, a placement
 *   with its own landing) loads them with that view instead of in smaller pieces.
 * - preloadDefaultView: the view's files are asked for beside the entry, not after it has run.
 */
import type { Plugin } from 'vite'

/** The entry's static imports, merged into the entry's file (higher priority than the default view's group). */
export const BOOT_GROUP = { name: 'boot', tags: ['$initial' as const], priority: 2 }

/** What the rolldown group and the plugin need of a module graph (a build's plugin context). */
export interface ModuleGraph {
  getModuleIds(): IterableIterator<string>
  getModuleInfo(id: string): { importedIds: readonly string[] } | null
}

/**
 * The default view's imports in one chunk: the plugin reads them from the module graph when the build's
 * modules are all parsed (`buildEnd`); the group's test runs after that, when the chunks are made, and its
 * default `includeDependenciesRecursively` brings what those modules import.
 */
export function defaultViewChunk(view: string): {
  plugin: Plugin & { buildEnd(this: ModuleGraph): void }
  group: { name: string, test: (id: string) => boolean, priority: number }
} {
  const imports = new Set<string>()
  return {
    plugin: {
      name: 'comm-hub:default-view-chunk',
      apply: 'build',
      buildEnd(this: ModuleGraph) {
        imports.clear()
        const id = [...this.getModuleIds()].find(moduleId => moduleId.endsWith(view))
        for (const dep of (id ? this.getModuleInfo(id)?.importedIds : undefined) ?? []) imports.add(dep)
      }
    },
    group: { name: 'default-view', test: (id: string) => imports.has(id), priority: 1 }
  }
}

/**
 * The default view (src/router.ts DEFAULT_PATH) is on every first screen, but the router asks for its chunk
 * only once the entry has run; a modulepreload fetches and compiles it alongside the entry instead. The
 * chunk stays a chunk of its own (the other views and placements do not carry it), and a build without
 * that view (the bench's baseline page, scripts/bench/baseline/) gets no link.
 */
export function preloadDefaultView(view: string): Plugin {
  return {
    name: 'comm-hub:preload-default-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return []
        const chunks = Object.values(bundle).filter(out => out.type === 'chunk')
        const entry = chunks.find(chunk => chunk.isEntry)
        const start = chunks.find(chunk => chunk.facadeModuleId?.endsWith(view))
        if (!entry || !start) return []
        const onFirstScreen = new Set([entry.fileName, ...entry.imports])
        const files: string[] = []
        const visit = (fileName: string) => {
          if (onFirstScreen.has(fileName) || files.includes(fileName)) return
          files.push(fileName)
          const chunk = bundle[fileName]
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit)
        }
        visit(start.fileName)
        return files.map(file => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }))
      }
    }
  }
}
