import { describe, expect, it } from 'vitest'
import type { Area } from '../../schema/areas'
import type { NeighboursFile } from '../../schema/neighbours'
import type { Series } from '../../schema/series'
import { buildDataCsvRows, buildDataRows, selectAreas, sortDataRows } from './buildDataTable'

const area = (code: string, name: string, regionCode: string, status: Area['status'] = 'current'): Area => ({
  code,
  laNumber: 800,
  name,
  aliases: [],
  region: regionCode === 'E12000001' ? 'North East' : 'London',
  regionCode,
  type: 'unitary',
  status,
})
const areas = [
  area('E06000001', 'Hartlepool', 'E12000001'),
  area('E06000002', 'Middlesbrough', 'E12000001'),
  area('E09000002', 'Barking and Dagenham', 'E13000002'),
  area('E10000006', 'Cumbria', 'E12000002', 'former'),
]
const neighbours: NeighboursFile = {
  dfe2025: { E06000001: [{ code: 'E09000002', band: 'close' }] },
  dfe2021: {},
}
const series: Series = {
  id: 'cla_rate',
  years: [2024, 2025],
  values: { E06000001: [100, 150.5], E06000002: [null, 90], E09000002: [80, null] },
  flags: { E09000002: [null, 'c'] },
  england: [70, 71],
  yearSources: ['lait', 'lait'],
  yearProvenance: ['published', 'published'],
}

describe('selectAreas', () => {
  it('lists every current authority when no area is chosen or the group is all', () => {
    expect(selectAreas(areas, 'neighbours', null, neighbours)).toHaveLength(3)
    expect(selectAreas(areas, 'all', 'E06000001', neighbours)).toHaveLength(3)
  })

  it('lists the region, or the area then its statistical neighbours', () => {
    expect(selectAreas(areas, 'region', 'E06000001', neighbours).map((a) => a.code)).toEqual(['E06000001', 'E06000002'])
    expect(selectAreas(areas, 'neighbours', 'E06000001', neighbours).map((a) => a.code)).toEqual([
      'E06000001',
      'E09000002',
    ])
  })
})

describe('buildDataRows and sortDataRows', () => {
  const rows = buildDataRows(series, areas.slice(0, 3), 2025)

  it('takes the year’s values and keeps suppressed ones null with their flag', () => {
    expect(rows.map((r) => [r.areaCode, r.value, r.flag])).toEqual([
      ['E06000001', 150.5, null],
      ['E06000002', 90, null],
      ['E09000002', null, 'c'],
    ])
  })

  it('gives nulls for a year the series lacks', () => {
    expect(buildDataRows(series, areas.slice(0, 1), 2010)[0]?.value).toBeNull()
  })

  it('sorts by value either way with missing values last', () => {
    expect(sortDataRows(rows, 'value', 'ascending').map((r) => r.value)).toEqual([90, 150.5, null])
    expect(sortDataRows(rows, 'value', 'descending').map((r) => r.value)).toEqual([150.5, 90, null])
    expect(sortDataRows(rows, 'areaName', 'descending').map((r) => r.areaName)[0]).toBe('Middlesbrough')
  })

  it('writes CSV rows with the flag meaning', () => {
    expect(buildDataCsvRows(rows, 'cla_rate').rows[2]).toEqual([
      'E09000002',
      'Barking and Dagenham',
      'London',
      'cla_rate',
      2025,
      null,
      'c',
      'suppressed to protect confidentiality',
    ])
  })
})
