// The two UI kit components the baseline renders. Plain JS: the kit ships them as .vue files, which the
// scripts' type check (tsconfig.node.json, no Vue language support) cannot read; kit.d.ts types them.
export { default as B24App } from '@bitrix24/b24ui-nuxt/components/App.vue'
export { default as B24Avatar } from '@bitrix24/b24ui-nuxt/components/Avatar.vue'
