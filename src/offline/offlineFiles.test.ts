import { describe, expect, it } from 'vitest'
import { authorityDataFiles, authorityOfFile, coreDataFiles, formatBytes, totalBytes } from './offlineFiles'

const manifest = {
  files: [
    { path: 'areas.json', bytes: 100 },
    { path: 'series/cla_rate.json', bytes: 2000 },
    { path: 'lsoa-population/index.json', bytes: 50 },
    { path: 'lsoa-population/E08000016.json', bytes: 7738 },
    { path: 'lsoa/2021/E08000016.json', bytes: 57212 },
    { path: 'lsoa/E08000016.json', bytes: 73033 },
    { path: 'lsoa/E06000001.json', bytes: 9000 },
    { path: 'neighbourhoods/index.json', bytes: 300 },
    { path: 'neighbourhoods/values/imd25_score.json', bytes: 170_000 },
  ],
}

describe('offline files', () => {
  it('tells an authority’s own files from England-wide ones by the file name', () => {
    expect(authorityOfFile('lsoa/2021/E08000016.json')).toBe('E08000016')
    expect(authorityOfFile('lsoa-population/index.json')).toBeNull()
    expect(authorityOfFile('series/cla_rate.json')).toBeNull()
  })

  it('keeps every England-wide file but the neighbourhood variables, and the manifest itself, with the app', () => {
    expect(coreDataFiles(manifest).map((file) => file.path)).toEqual([
      'manifest.json',
      'areas.json',
      'series/cla_rate.json',
      'lsoa-population/index.json',
      'neighbourhoods/index.json',
    ])
  })

  it('downloads an authority’s own three files and says how big they are', () => {
    const files = authorityDataFiles(manifest, 'E08000016')
    expect(files.map((file) => file.path)).toEqual([
      'lsoa-population/E08000016.json',
      'lsoa/2021/E08000016.json',
      'lsoa/E08000016.json',
    ])
    expect(totalBytes(files)).toBe(137_983)
    expect(formatBytes(totalBytes(files))).toBe('138 kB')
  })

  it('formats sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 bytes')
    expect(formatBytes(3_826_883)).toBe('3.8 MB')
  })
})
