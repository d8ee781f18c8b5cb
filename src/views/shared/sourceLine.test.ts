import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../schema/manifest'
import { testIndicator } from '../../testing/testIndicator'
import { testSeries } from '../../testing/testSeries'
import { buildSourceLine } from './sourceLine'

const manifest: Manifest = {
  schemaVersion: 1,
  release: '0123456789abcdef',
  sources: [
    { id: 's', title: 'Statistics', publisher: 'Publisher', licence: 'OGL', url: 'https://example.org/', files: [] },
  ],
  coverage: {},
  files: [],
}
const indicator = testIndicator('x')
const values = { A: [1, 2, 3], B: [4, 5, 6] }

describe('buildSourceLine', () => {
  it('names the source and its years, with no note when every figure is as published', () => {
    expect(buildSourceLine(testSeries([2019, 2024, 2025], values), indicator, manifest)).toBe(
      'Source: Publisher, Statistics (year ending 31 March 2019 to 2025).',
    )
  })

  it('says some years were computed when a whole year is', () => {
    const series = testSeries([2019, 2024, 2025], values, { yearProvenance: ['computed', 'published', 'published'] })
    expect(buildSourceLine(series, indicator, manifest)).toMatch(
      /\. Some years computed by CSC Explorer \(see methods\)\.$/,
    )
    expect(buildSourceLine(series, indicator, manifest, [2024, 2025])).not.toMatch(/computed/)
  })

  it('says some authorities’ figures were computed when a year mixes published and computed ones (IoD2025)', () => {
    const series = testSeries([2019, 2024, 2025], values, {
      yearProvenance: ['published', 'published', 'computed'],
      computedAreas: { '2025': ['B'] },
    })
    expect(buildSourceLine(series, indicator, manifest)).toMatch(
      /\. Some authorities’ figures computed by CSC Explorer \(see methods\)\.$/,
    )
  })
})
