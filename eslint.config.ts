import type { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

/** Only src/b24/ may talk to the portal SDK (docs/decisions.md D1: one door to the portal). */
const sdkDoor: Linter.RulesRecord = {
  'no-restricted-imports': ['error', {
    patterns: [{
      group: ['@bitrix24/b24jssdk', '@bitrix24/b24jssdk/*'],
      message: 'Only src/b24/ may import the Bitrix24 SDK; use the helpers it exports.'
    }]
  }]
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**',
      'auto-imports.d.ts', 'components.d.ts', 'emulator/portal/**/*.js', 'e2e/.artifacts/**', 'bench-results/**']
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      // Portal text is text: REST data must never be rendered as markup (docs/decisions.md D13).
      'vue/no-v-html': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }]
    }
  },
  {
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/b24/**'],
    rules: sdkDoor
  },
  {
    // The other doors to markup besides v-html (docs/decisions.md D13). scripts/lint-rules.spec.ts proves all
    // are on. Specs may clear the test DOM with innerHTML = ''; they render no portal data for a user.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/**/*.spec.ts'],
    rules: {
      'vue/no-restricted-v-bind': ['error',
        { argument: 'innerHTML', message: 'Portal text is text: bind it with {{ }} or a text prop, never as markup.' },
        { argument: 'outerHTML', message: 'Portal text is text: bind it with {{ }} or a text prop, never as markup.' }],
      'no-restricted-syntax': ['error',
        { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: 'Portal text is text: set textContent, never innerHTML.' },
        { selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]', message: 'Portal text is text: no HTML from strings.' }]
    }
  },
  {
    files: ['emulator/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' }
  }
)
