/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import bitrix24UIPluginVite from '@bitrix24/b24ui-nuxt/vite'
import { BOOT_GROUP, defaultViewChunk, preloadDefaultView } from './scripts/firstScreenChunks.ts'

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

const DEFAULT_VIEW = '/src/views/DepartmentsView.vue'
const defaultView = defaultViewChunk(DEFAULT_VIEW)

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig({
  base: './',
  // the structure cache is keyed by the app's version (src/stores/structureCache.ts)
  define: { 'import.meta.env.APP_VERSION': JSON.stringify(version) },
  // The same alias as tsconfig.app.json's paths, for the build and for vitest alike.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [
    postAsGet(),
    preloadDefaultView(DEFAULT_VIEW),
    defaultView.plugin,
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
  build: {
    chunkSizeWarningLimit: 1200,
    // the first screen in three files and the stylesheet (scripts/firstScreenChunks.ts)
    rolldownOptions: { output: { codeSplitting: { groups: [BOOT_GROUP, defaultView.group] } } }
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts', 'emulator/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    testTimeout: 20000,
    // Inline the SDK so vi.resetModules() also resets initializeB24Frame()'s module-level singleton:
    // src/b24 tests boot a fresh frame per test against a fake parent window (docs/decisions.md D21).
    server: { deps: { inline: ['@bitrix24/b24jssdk'] } }
  }
})
