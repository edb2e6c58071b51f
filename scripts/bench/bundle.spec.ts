// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { analyseManifest, gzipSize, staticClosure } from './bundle.ts'
import type { Manifest } from './bundle.ts'

/** The shape Vite 8 writes: views import the entry back (shared helpers live there). */
const manifest: Manifest = {
  '_shared.js': { file: 'assets/shared.js', imports: ['_kit.js'] },
  '_kit.js': { file: 'assets/kit.js', css: ['assets/kit.css'] },
  '_table.js': { file: 'assets/table.js', imports: ['_kit.js'] },
  'index.html': {
    file: 'assets/index.js', src: 'index.html', isEntry: true, imports: ['_shared.js'],
    dynamicImports: ['src/views/AView.vue', 'src/views/BView.vue'], css: ['assets/index.css']
  },
  'src/views/AView.vue': { file: 'assets/AView.js', name: 'AView', isDynamicEntry: true, imports: ['index.html', '_table.js'] },
  'src/views/BView.vue': { file: 'assets/BView.js', name: 'BView', isDynamicEntry: true, imports: ['index.html', '_shared.js'], css: ['assets/BView.css'] }
}

const sizes: Record<string, number> = {
  'assets/index.js': 1000, 'assets/shared.js': 200, 'assets/kit.js': 300, 'assets/table.js': 50,
  'assets/AView.js': 70, 'assets/BView.js': 80, 'assets/index.css': 400, 'assets/kit.css': 30, 'assets/BView.css': 5
}
const sizeOf = (file: string) => ({ raw: sizes[file] ?? 0, gzip: Math.round((sizes[file] ?? 0) / 10) })

describe('bundle sizes from the manifest', () => {
  it('follows static imports only, once each, through cycles', () => {
    expect(staticClosure(manifest, 'index.html').sort()).toEqual(['_kit.js', '_shared.js', 'index.html'])
    expect(staticClosure(manifest, 'src/views/AView.vue').sort()).toEqual(['_kit.js', '_shared.js', '_table.js', 'index.html', 'src/views/AView.vue'])
  })

  it('counts the entry, its static imports and their CSS as the first screen, and each view beyond it', () => {
    const emitted = [...Object.keys(sizes), 'index.html', 'favicon.svg']
    const report = analyseManifest(manifest, sizeOf, emitted)
    expect(report.firstScreen.js).toEqual({ raw: 1500, gzip: 150 })
    expect(report.firstScreen.css).toEqual({ raw: 430, gzip: 43 })
    expect(report.views.map(v => [v.name, v.js.raw, v.css.raw, v.files])).toEqual([
      ['AView', 120, 0, ['assets/AView.js', 'assets/table.js']],
      ['BView', 80, 5, ['assets/BView.js', 'assets/BView.css']]
    ])
    expect(report.total.js.raw).toBe(1700)
    expect(report.total.css.raw).toBe(435)
  })

  it('needs an index.html entry', () => {
    expect(() => analyseManifest({}, sizeOf, [])).toThrow(/index.html/)
  })

  it('measures gzip at level 9', () => {
    const text = Buffer.from('abc'.repeat(1000))
    expect(gzipSize(text)).toBeLessThan(100)
  })
})
