/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** package.json's version, set by vite.config.ts: part of the structure cache's key */
  readonly APP_VERSION: string
}
