import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../schema/manifest'
import { LICENCE_LINE } from '../shared/sourceLine'
import { buildDataNotes, buildLongCsvRows, buildWideCsv, LONG_CSV_HEADER } from './buildDataCsv'
import { buildLongTable, buildWideTable, type DataTableInput } from './buildDataTable'
import { AREAS, CLA, SOURCES, testIndicator } from './testData'

const cla = testIndicator('cla_rate')
const input: DataTableInput = {
  indicators: [{ indicator: cla, series: CLA }],
  sources: SOURCES,
  areas: AREAS.slice(3, 4),
  from: 2023,
  to: 2024,
  regions: [],
  summary: { label: 'Mean of the group', memberCodes: ['E09000002'] },
}

describe('buildLongCsvRows', () => {
  it('writes one line per row shown, with code, kind, unit, raw year, period, value, flag, note and source', () => {
    const table = buildLongTable(input)
    const rows = buildLongCsvRows([...table.body, ...table.reference])
    expect(rows[0]?.length).toBe(LONG_CSV_HEADER.length)
    expect(rows[0]).toEqual([
      'E09000002',
      'Barking and Dagenham',
      'authority',
      'cla_rate',
      'cla_rate label',
      'per 10,000 children',
      2023,
      'year ending 31 March 2023',
      80,
      null,
      null,
      'Department for Education, CLA 2022 (computed by CSC Explorer, see methods)',
    ])
    expect(rows[1]?.slice(8, 11)).toEqual([null, 'c', 'suppressed to protect confidentiality'])
    expect(rows[2]?.slice(0, 3)).toEqual(['E92000001', 'England (published)', 'England (published)'])
    expect(rows[5]?.slice(0, 3)).toEqual([null, 'Mean of the group', 'group mean (computed)'])
    expect(rows[5]?.slice(8, 11)).toEqual([null, null, '0 of 1 had data'])
  })
})

describe('buildWideCsv', () => {
  it('gives each indicator × year a value column and a note column that says why a value is missing', () => {
    const table = buildWideTable(input)
    const csv = buildWideCsv(table.columns, [...table.body, ...table.reference])
    expect(csv.header).toEqual([
      'area_code',
      'area_name',
      'row_type',
      'cla_rate_2023',
      'cla_rate_2023_note',
      'cla_rate_2024',
      'cla_rate_2024_note',
    ])
    expect(csv.rows[0]).toEqual([
      'E09000002',
      'Barking and Dagenham',
      'authority',
      80,
      null,
      null,
      'c: suppressed to protect confidentiality',
    ])
    expect(csv.rows[2]).toEqual([
      null,
      'Mean of the group',
      'group mean (computed)',
      80,
      '1 of 1 had data',
      null,
      '0 of 1 had data',
    ])
  })
})

describe('buildDataNotes', () => {
  it('states the title, each indicator’s unit and sources for the years shown, the row notes and the licence last', () => {
    const manifest: Manifest = {
      schemaVersion: 1,
      release: '0123456789abcdef',
      sources: SOURCES,
      coverage: {},
      files: [],
    }
    const notes = buildDataNotes({
      title: 'A table',
      indicators: input.indicators,
      manifest,
      from: 2024,
      to: 2025,
      rowNotes: ['Means leave out City of London.'],
    })
    expect(notes[0]).toBe('A table')
    expect(notes[1]).toBe(
      'cla_rate label (cla_rate; per 10,000 children). Source: Department for Education, LAIT (year ending 31 March 2024 to 2025).',
    )
    expect(notes).toContain('Means leave out City of London.')
    expect(notes[notes.length - 1]).toBe(LICENCE_LINE)
  })
})
