import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SourceError } from '../../lib/sourceError'
import { parseOnsSeriesCsv } from './parse'
import { buildDeflator } from './run'

const fixture = (name: string) => {
  const path = join(import.meta.dirname, 'fixtures', name)
  return { path, text: readFileSync(path, 'utf8') }
}

describe('parseOnsSeriesCsv', () => {
  it('reads the quarters of an ONS generator CSV and skips annual rows', () => {
    const { path, text } = fixture('generator.csv')
    const series = parseOnsSeriesCsv(text, path, 'YBGB')
    expect(series.title).toBe('Gross domestic product at market prices:Implied deflator:SA')
    expect(series.releaseDate).toBe('30-06-2025')
    expect(series.quarters).toHaveLength(9)
    expect(series.quarters[8]).toEqual({ year: 2025, quarter: 1, value: 114.1 })
  })

  it('finds a series by CDID in a many-column dataset and skips quarters not yet published (empty)', () => {
    const { path, text } = fixture('dataset.csv')
    const series = parseOnsSeriesCsv(text, path, 'HQTI')
    expect(series.title).toBe('Top Level SPPI, Sections H to U excl. Section K')
    expect(series.quarters[0]).toEqual({ year: 1998, quarter: 1, value: 81.5 })
    expect(series.quarters).toHaveLength(8)
  })

  it('stops on a missing series, naming the CDID', () => {
    const { path, text } = fixture('generator.csv')
    expect(() => parseOnsSeriesCsv(text, path, 'L522')).toThrow(/series L522 not found/)
  })

  it('stops on a non-number or a suppression marker in a quarterly value, naming file, row and column', () => {
    const { path, text } = fixture('generator.csv')
    const bad = text.replace('"2024 Q3","112.1"', '"2024 Q3","n/a"')
    expect(() => parseOnsSeriesCsv(bad, path, 'YBGB')).toThrow(SourceError)
    expect(() => parseOnsSeriesCsv(bad, path, 'YBGB')).toThrow(/row 17, column "YBGB"/)
    const marker = text.replace('"2024 Q3","112.1"', '"2024 Q3","x"')
    expect(() => parseOnsSeriesCsv(marker, path, 'YBGB')).toThrow(/cannot be missing/)
  })

  it('stops on a file that is not an ONS time-series CSV', () => {
    expect(() => parseOnsSeriesCsv('"a","b"\n"1","2"\n', 'x.csv', 'YBGB')).toThrow(/no "CDID" row/)
  })
})

describe('buildDeflator', () => {
  it('GDP: base year is the last complete financial year (2025 = FY 2024-25), rebased to 100', () => {
    const { path, text } = fixture('generator.csv')
    const { deflator, lastQuarter } = buildDeflator(
      { id: 'gdp', label: 'GDP', cdid: 'YBGB', source: 'ons-gdp-deflator', file: path },
      text,
      path,
    )
    expect(lastQuarter).toBe('2025 Q1')
    expect(deflator.years).toEqual([2024, 2025])
    expect(deflator.baseYear).toBe(2025)
    // FY 2023-24 = (106.8 + 107.8 + 108.0 + 109.3) / 4 = 107.975; FY 2024-25 = 112.375.
    expect(deflator.index).toEqual([Math.round((107.975 / 112.375) * 100000) / 1000, 100])
  })

  it('SPPI: quarters to 2022 Q4 give FY 2021-22 as the last year; FY 2022-23 lacks 2023 Q1 and is not produced', () => {
    const { path, text } = fixture('dataset.csv')
    const { deflator } = buildDeflator(
      { id: 'sppi', label: 'SPPI', cdid: 'HQTI', source: 'ons-sppi', file: path },
      text,
      path,
    )
    expect(deflator.years).toEqual([2022])
    expect(deflator.baseYear).toBe(2022)
  })
})
