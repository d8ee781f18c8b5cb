import { describe, expect, it } from 'vitest'
import {
  buildLongTable,
  buildWideTable,
  countRenderedRows,
  MAX_RENDERED_CELLS,
  sortLongRows,
  sortWideRows,
  toLongSortKey,
  toWideSortKey,
  type DataTableInput,
} from './buildDataTable'
import type { Series } from '../../schema/series'
import { AREAS, CLA, SOURCES, SPEND, testArea, testIndicator } from './testData'

const cla = testIndicator('cla_rate', { decimals: 1 })
const spend = testIndicator('spend_cyp_total', { unit: '£', decimals: 0, yearType: 'financial year' })
const input: DataTableInput = {
  indicators: [
    { indicator: cla, series: CLA },
    { indicator: spend, series: SPEND },
  ],
  sources: SOURCES,
  areas: AREAS.slice(0, 4),
  from: 2024,
  to: 2025,
  regions: [{ code: 'E12000001', name: 'North East' }],
  // City of London (E09000001) already left out by the caller, as splitForAverages does.
  summary: { label: 'Mean of the group', memberCodes: ['E06000001', 'E06000002', 'E09000002'] },
}

describe('buildWideTable', () => {
  const table = buildWideTable(input)

  it('makes a column per indicator × year in the range, in the order chosen, with period and source', () => {
    expect(table.columns.map((c) => [c.indicator.id, c.year, c.period])).toEqual([
      ['cla_rate', 2024, 'year ending 31 March 2024'],
      ['cla_rate', 2025, 'year ending 31 March 2025'],
      ['spend_cyp_total', 2024, '2023-24'],
      ['spend_cyp_total', 2025, '2024-25'],
    ])
    expect(table.columns[0]?.source).toBe('Department for Education, LAIT')
  })

  it('says how many authorities’ figures a partly computed year holds (IoD2025: the counties)', () => {
    const partly: Series = {
      ...CLA,
      yearProvenance: ['published', 'published', 'computed'],
      computedAreas: { '2025': ['E06000002', 'E10000006'] },
    }
    const { columns } = buildWideTable({ ...input, indicators: [{ indicator: cla, series: partly }] })
    expect(columns[1]?.source).toBe(
      "Department for Education, LAIT (2 authorities' figures computed by CSC Explorer, see methods)",
    )
  })

  it('keeps published values exactly and never turns a missing one into 0: flags and gaps carry a note', () => {
    const byCode = new Map(table.body.map((r) => [r.areaCode, r.cells]))
    expect(byCode.get('E06000001')?.map((c) => c.value)).toEqual([150.5, 151, 1000, 2000])
    expect(byCode.get('E09000002')?.[0]).toEqual({
      value: null,
      flag: 'c',
      note: 'suppressed to protect confidentiality',
    })
    expect(byCode.get('E06000002')?.[2]).toEqual({ value: null, flag: null, note: 'no figure in the source' })
    expect(byCode.get('E09000001')?.[1]).toEqual({ value: null, flag: 'low', note: 'too few to publish' })
  })

  it('adds England and the chosen regions as published, labelled as such, with their flags', () => {
    const [england, region] = table.reference
    expect([england?.kind, england?.areaName]).toEqual(['england', 'England (published)'])
    expect(england?.cells.map((c) => c.value)).toEqual([71, null, 9, 10])
    expect(england?.cells[1]).toEqual({ value: null, flag: 'x', note: 'not available' })
    expect([region?.areaName, region?.cells[0]?.value]).toEqual(['North East (published)', 98])
    expect(region?.cells[2]).toEqual({ value: null, flag: null, note: 'no published regional figure' })
  })

  it('adds the group mean of members with data, rounded to the published decimals, saying how many had data', () => {
    const mean = table.reference[2]
    expect(mean?.kind).toBe('summary')
    // 2024: 150.5 and 90 (Barking and Dagenham suppressed) → 120.25 → 120.3 at one decimal.
    expect(mean?.cells[0]).toEqual({ value: 120.3, flag: null, note: '2 of 3 had data' })
    expect(mean?.cells[1]).toEqual({ value: 107.7, flag: null, note: '3 of 3 had data' })
    expect(mean?.cells[2]).toEqual({ value: 2000, flag: null, note: '2 of 3 had data' })
  })

  it('has no mean row without a group, and no columns for a range the series lacks', () => {
    const bare = buildWideTable({ ...input, summary: null, regions: [], from: 2010, to: 2012 })
    expect(bare.columns).toEqual([])
    expect(bare.reference.map((r) => r.kind)).toEqual(['england'])
  })
})

describe('buildLongTable', () => {
  const table = buildLongTable(input)

  it('has one row per area × indicator × year, by indicator, then area as listed, then year', () => {
    expect(table.body).toHaveLength(4 * 4)
    expect(table.body.slice(0, 3).map((r) => [r.column.indicator.id, r.areaCode, r.column.year, r.value])).toEqual([
      ['cla_rate', 'E06000001', 2024, 150.5],
      ['cla_rate', 'E06000001', 2025, 151],
      ['cla_rate', 'E06000002', 2024, 90],
    ])
    expect(table.body[8]?.column.indicator.id).toBe('spend_cyp_total')
  })

  it('lists the comparators per indicator: England, regions, then the group mean', () => {
    expect(table.reference.slice(0, 6).map((r) => [r.kind, r.column.year])).toEqual([
      ['england', 2024],
      ['england', 2025],
      ['region', 2024],
      ['region', 2025],
      ['summary', 2024],
      ['summary', 2025],
    ])
  })
})

describe('sorting', () => {
  const long = buildLongTable(input).body
  it('sorts long rows by value with missing values last either way, keeping the table order for ties', () => {
    const cla2024 = long.filter((r) => r.column.indicator.id === 'cla_rate' && r.column.year === 2024)
    expect(sortLongRows(cla2024, 'value', 'ascending').map((r) => r.value)).toEqual([90, 150.5, 600, null])
    expect(sortLongRows(cla2024, 'value', 'descending').map((r) => r.value)).toEqual([600, 150.5, 90, null])
  })

  it('sorts long rows by area, code, indicator or year', () => {
    expect(sortLongRows(long, 'area', 'ascending')[0]?.areaName).toBe('Barking and Dagenham')
    expect(sortLongRows(long, 'code', 'descending')[0]?.areaCode).toBe('E09000002')
    expect(sortLongRows(long, 'indicator', 'descending')[0]?.column.indicator.id).toBe('spend_cyp_total')
    expect(sortLongRows(long, 'year', 'descending')[0]?.column.year).toBe(2025)
  })

  it('sorts wide rows by name or by one column’s values', () => {
    const wide = buildWideTable(input).body
    expect(sortWideRows(wide, 'area', 'descending').map((r) => r.areaName)[0]).toBe('Middlesbrough')
    expect(sortWideRows(wide, 3, 'descending').map((r) => r.areaCode)).toEqual([
      'E09000002',
      'E06000001',
      'E06000002',
      'E09000001',
    ])
  })
})

describe('countRenderedRows', () => {
  it('renders every row of a small table and caps a huge one by cells', () => {
    expect(countRenderedRows(50, 7)).toBe(50)
    expect(countRenderedRows(158 * 12 * 16, 7)).toBe(Math.floor(MAX_RENDERED_CELLS / 7))
    expect(countRenderedRows(158, 12 * 16 * 2 + 3)).toBe(Math.floor(MAX_RENDERED_CELLS / (12 * 16 * 2 + 3)))
    expect(countRenderedRows(5, 100_000)).toBe(1)
  })

  it('builds the largest selection (158 areas × 12 indicators × 16 years) quickly', () => {
    const years = Array.from({ length: 16 }, (_, i) => 2010 + i)
    const areas = Array.from({ length: 158 }, (_, i) =>
      testArea(`E06${String(i).padStart(6, '0')}`, `Area ${i}`, 'E12000001'),
    )
    const indicators = Array.from({ length: 12 }, (_, k) => ({
      indicator: testIndicator(`i${k}`),
      series: {
        ...CLA,
        id: `i${k}`,
        years,
        values: Object.fromEntries(areas.map((a, i) => [a.code, years.map((y) => (y * i) % 997)])),
        flags: undefined,
        england: years.map(() => 1),
        englandFlags: undefined,
        regions: undefined,
        yearSources: years.map(() => 'lait'),
        yearProvenance: years.map(() => 'published' as const),
      },
    }))
    const started = performance.now()
    const table = buildLongTable({ ...input, indicators, areas, from: 2010, to: 2025, summary: null, regions: [] })
    const sorted = sortLongRows(table.body, 'value', 'descending')
    expect(sorted).toHaveLength(158 * 12 * 16)
    expect(performance.now() - started).toBeLessThan(1500)
  })
})

describe('sort in the URL', () => {
  it('maps a key to the layout’s columns, or null when the table has no such column', () => {
    const { columns } = buildWideTable(input)
    expect([toLongSortKey('year'), toLongSortKey('cla_rate_2025')]).toEqual(['year', null])
    expect([toWideSortKey('area', columns), toWideSortKey('spend_cyp_total_2024', columns)]).toEqual(['area', 2])
    expect(toWideSortKey('value', columns)).toBeNull()
  })
})
