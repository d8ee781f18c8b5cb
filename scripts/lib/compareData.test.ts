import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/schema/manifest'
import type { Series } from '../../src/schema/series'
import { compareData, compareSeries, compareSources, formatDataChanges, hasChanges, MAX_EXAMPLES } from './compareData'

function series(years: number[], values: Series['values'], extra: Partial<Series> = {}): Series {
  return {
    id: 'cla_rate',
    years,
    values,
    england: years.map((y) => y),
    yearSources: years.map(() => 'cla-ees-2025'),
    yearProvenance: years.map(() => 'published'),
    ...extra,
  }
}

const source = (id: string, files: [string, string][]): Manifest['sources'][number] => ({
  id,
  title: `Title ${id}`,
  publisher: 'DfE',
  licence: 'OGL',
  url: 'https://example.org/',
  files: files.map(([path, sha]) => ({ path, sha256: sha.repeat(64) })),
})

const json = (value: unknown) => JSON.stringify(value) + '\n'

describe('compareSeries', () => {
  it('finds a new year and leaves the shared years unrevised', () => {
    const before = series([2024], { E09000001: [10] })
    const after = series([2024, 2025], { E09000001: [10, 12] })
    expect(compareSeries(before, after)).toEqual({
      id: 'cla_rate',
      newYears: [2025],
      lostYears: [],
      newAreas: [],
      lostAreas: [],
      revisedCount: 0,
      revisedExamples: [],
      reflaggedCount: 0,
    })
  })

  it('reports lost years, new and lost areas', () => {
    const before = series([2023, 2024], { E09000001: [1, 2], E09000002: [3, 4] })
    const after = series([2024], { E09000001: [2], E09000003: [5] })
    const change = compareSeries(before, after)
    expect(change.lostYears).toEqual([2023])
    expect(change.newAreas).toEqual(['E09000003'])
    expect(change.lostAreas).toEqual(['E09000002'])
    expect(change.revisedCount).toBe(0)
  })

  it('counts revised values, including null ↔ number and England, with old → new examples', () => {
    const before = series([2024, 2025], { E09000001: [10, null], E09000002: [7, 8] }, { england: [60, 61] })
    const after = series([2024, 2025], { E09000001: [11, 9], E09000002: [7, 8] }, { england: [60, 62] })
    const change = compareSeries(before, after)
    expect(change.revisedCount).toBe(3)
    expect(change.revisedExamples).toEqual([
      { areaCode: 'E09000001', year: 2024, before: 10, after: 11 },
      { areaCode: 'E09000001', year: 2025, before: null, after: 9 },
      { areaCode: 'England', year: 2025, before: 61, after: 62 },
    ])
  })

  it('compares regions and counts a flag that changed while the value stayed null', () => {
    const before = series([2025], { E09000001: [null] }, { flags: { E09000001: ['c'] }, regions: { E12000001: [5] } })
    const after = series([2025], { E09000001: [null] }, { flags: { E09000001: ['x'] }, regions: { E12000001: [6] } })
    const change = compareSeries(before, after)
    expect(change.reflaggedCount).toBe(1)
    expect(change.revisedExamples).toEqual([{ areaCode: 'E12000001', year: 2025, before: 5, after: 6 }])
  })

  it(`keeps at most ${MAX_EXAMPLES} examples but counts every revision`, () => {
    const codes = Array.from({ length: 8 }, (_, i) => `E0900000${i}`)
    const before = series([2025], Object.fromEntries(codes.map((c) => [c, [1]])))
    const after = series([2025], Object.fromEntries(codes.map((c) => [c, [2]])))
    const change = compareSeries(before, after)
    expect(change.revisedCount).toBe(8)
    expect(change.revisedExamples).toHaveLength(MAX_EXAMPLES)
  })
})

describe('compareSources', () => {
  it('reports changed checksums, new and dropped files, and new and lost sources', () => {
    const before = [
      source('cla', [
        ['cla/a.csv', 'a'],
        ['cla/old.csv', 'b'],
      ]),
      source('gone', []),
    ]
    const after = [
      source('cla', [
        ['cla/a.csv', 'c'],
        ['cla/new.csv', 'd'],
      ]),
      source('dwp', [['dwp.csv', 'e']]),
    ]
    expect(compareSources(before, after)).toEqual([
      {
        id: 'cla',
        kind: 'changed',
        files: ['cla/a.csv: sha256 aaaaaaaaaaaa… → cccccccccccc…', 'cla/new.csv: new', 'cla/old.csv: no longer read'],
      },
      { id: 'dwp', kind: 'new', files: ['dwp.csv: new'] },
      { id: 'gone', kind: 'lost', files: [] },
    ])
  })

  it('reports nothing for identical sources', () => {
    expect(compareSources([source('cla', [['a.csv', 'a']])], [source('cla', [['a.csv', 'a']])])).toEqual([])
  })
})

describe('compareData', () => {
  const manifest = (sources: Manifest['sources']): Manifest => ({
    schemaVersion: 1,
    release: '0123456789abcdef',
    sources,
    coverage: {},
    files: [],
  })

  it('says "no changes" for identical snapshots, including empty ones', () => {
    const snapshot = new Map([['series/cla_rate.json', json(series([2025], { E09000001: [1] }))]])
    expect(hasChanges(compareData(snapshot, new Map(snapshot)))).toBe(false)
    expect(formatDataChanges(compareData(snapshot, new Map(snapshot)))).toBe('no changes')
    expect(formatDataChanges(compareData(new Map(), new Map()))).toBe('no changes')
  })

  it('lists new, lost and changed files and describes the changed series and sources', () => {
    const before = new Map([
      ['manifest.json', json(manifest([source('cla', [['cla.csv', 'a']])]))],
      ['series/cla_rate.json', json(series([2024], { E09000001: [50] }))],
      ['series/old.json', json(series([2024], {}))],
    ])
    const after = new Map([
      ['manifest.json', json(manifest([source('cla', [['cla.csv', 'b']])]))],
      ['series/cla_rate.json', json(series([2024, 2025], { E09000001: [51, 52] }))],
      ['neighbours.json', '{}\n'],
    ])
    const changes = compareData(before, after)
    expect(changes.newFiles).toEqual(['neighbours.json'])
    expect(changes.lostFiles).toEqual(['series/old.json'])
    expect(changes.changedFiles).toEqual(['manifest.json', 'series/cla_rate.json'])
    expect(formatDataChanges(changes).split('\n')).toEqual([
      'New files (1): neighbours.json',
      'Lost files (1): series/old.json',
      'Changed files (2): manifest.json, series/cla_rate.json',
      'series cla_rate: new years 2025; 1 revised value',
      '    E09000001 2024: 50 → 51',
      'source cla: changed',
      '    cla.csv: sha256 aaaaaaaaaaaa… → bbbbbbbbbbbb…',
    ])
  })

  it('lists catalogue entries added, removed or edited', () => {
    const entry = (id: string, label: string) => ({
      id,
      label,
      shortLabel: label,
      topic: 'looked-after',
      unit: 'count',
      decimals: 0,
      polarity: 'neutral',
      yearType: '31 March',
      source: ['x'],
      definition: 'd',
    })
    const before = new Map([['indicators.json', json([entry('a', 'A'), entry('b', 'B')])]])
    const after = new Map([['indicators.json', json([entry('a', 'A2'), entry('c', 'C')])]])
    expect(compareData(before, after).indicators).toEqual({ newIds: ['c'], lostIds: ['b'], changedIds: ['a'] })
  })

  it('compares a series that no longer matches the schema as bytes only, without failing', () => {
    const before = new Map([['series/cla_rate.json', '{"id":"cla_rate"}\n']])
    const after = new Map([['series/cla_rate.json', json(series([2025], {}))]])
    const changes = compareData(before, after)
    expect(changes.unreadable).toEqual(['series/cla_rate.json'])
    expect(formatDataChanges(changes)).toContain('Not comparable figure by figure (file does not match its schema) (1)')
  })
})
