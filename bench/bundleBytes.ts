import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ByteCount {
  raw: number
  gzip: number
}

export function countBytes(paths: readonly string[]): ByteCount {
  return paths.reduce(
    (sum, path) => {
      const bytes = readFileSync(path)
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length }
    },
    { raw: 0, gzip: 0 },
  )
}

/**
 * The JS and CSS a first visit downloads: the entry script and stylesheets index.html references, plus the chunks it
 * preloads. Lazily loaded route chunks are not initial.
 */
export function initialAssets(distDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1] ?? '')
  return {
    js: refs.filter((r) => r.endsWith('.js')).map((r) => join(distDir, r)),
    css: refs.filter((r) => r.endsWith('.css')).map((r) => join(distDir, r)),
  }
}

export function allAssets(distDir: string, extension: string): string[] {
  return readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith(extension))
    .map((f) => join(distDir, 'assets', f))
}
