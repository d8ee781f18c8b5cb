import { describe, expect, it } from 'vitest'
import { dataUrl, normaliseBasePath, routerBasename } from './basePath'

describe('the base path', () => {
  it('gives the router a basename without the trailing slash, and / at the site root', () => {
    expect(routerBasename('/')).toBe('/')
    expect(routerBasename('/csc-explorer/')).toBe('/csc-explorer')
  })

  it('puts data files under the base', () => {
    expect(dataUrl('manifest.json', '/')).toBe('/data/manifest.json')
    expect(dataUrl('series/cla_rate.json', '/csc-explorer/')).toBe('/csc-explorer/data/series/cla_rate.json')
  })
})

describe('normaliseBasePath (CSC_BASE_PATH at build time)', () => {
  it('gives / for nothing, and one leading and trailing slash otherwise', () => {
    expect(normaliseBasePath(undefined)).toBe('/')
    expect(normaliseBasePath('')).toBe('/')
    expect(normaliseBasePath('/')).toBe('/')
    expect(normaliseBasePath('csc-explorer')).toBe('/csc-explorer/')
    expect(normaliseBasePath('/tools/csc-explorer/')).toBe('/tools/csc-explorer/')
  })

  it('refuses what is not a plain path', () => {
    expect(() => normaliseBasePath('https://example.org/app/')).toThrow(/not a plain URL path/)
    expect(() => normaliseBasePath('/a/../b/')).toThrow(/not a plain URL path/)
    expect(() => normaliseBasePath('/a b/')).toThrow(/not a plain URL path/)
  })
})
