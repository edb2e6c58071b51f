/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import bitrix24UIPluginVite from '@bitrix24/b24ui-nuxt/vite'

/**
 * A Bitrix24 portal opens an app's page with a POST (AUTH_ID, PLACEMENT, … in the body).
 * Vite's dev and preview servers only serve GET, so both get this rewrite (docs/decisions.md D27).
 */
function postAsGet(): Plugin {
  const rewrite = (req: { method?: string }, _res: unknown, next: () => void) => {
    if (req.method === 'POST') req.method = 'GET'
    next()
  }
  return {
    name: 'comm-hub:post-as-get',
    configureServer(server) {
      server.middlewares.use(rewrite)
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite)
    }
  }
}

/**
 * The default view (src/router.ts DEFAULT_PATH) is on every first screen, but the router asks for its chunk
 * only once the entry has run; a modulepreload fetches and compiles it alongside the entry instead. The
 * chunk stays a chunk of its own (the other views and placements do not carry it), and a build without
 * that view (the bench's baseline page, scripts/bench/baseline/) gets no link.
 */
function preloadDefaultView(view: string): Plugin {
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

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig({
  base: './',
  // the structure cache is keyed by the app's version (src/stores/structureCache.ts)
  define: { 'import.meta.env.APP_VERSION': JSON.stringify(version) },
  // The same alias as tsconfig.app.json's paths, for the build and for vitest alike.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [
    postAsGet(),
    preloadDefaultView('/src/views/DepartmentsView.vue'),
    vue(),
    bitrix24UIPluginVite({
      // The app keeps the colour mode itself (src/stores/colorMode.ts): the kit's stores one choice for
      // everybody on the browser and also installs a second, system-following useDark() that fights it.
      colorMode: false,
      // The kit registers every markdown "prose" component globally by default, which drags motion-v
      // and ~150 kB of components into the first screen; the app renders no markdown.
      prose: false,
      mdc: false,
      // Generate CSS only for the components the app uses (about 14 kB gzipped less).
      experimental: { componentDetection: true },
      // The kit sets a modal title's line height to its font size, so a title that wraps (a long
      // department name, or German) runs its lines into each other and into the description below.
      b24ui: { modal: { slots: { title: 'leading-[1.25]' } } }
    })
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts', 'emulator/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    testTimeout: 20000,
    // Inline the SDK so vi.resetModules() also resets initializeB24Frame()'s module-level singleton:
    // src/b24 tests boot a fresh frame per test against a fake parent window (docs/decisions.md D21).
    server: { deps: { inline: ['@bitrix24/b24jssdk'] } }
  }
})
