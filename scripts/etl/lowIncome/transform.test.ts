import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AreaRegistry } from '../areas/registry'
import { emptyReport } from '../types'
import { AREAS } from './fixtures/areas'
import { parseCilifText } from './parse'
import { buildCountObservations } from './transform'

const areas = new AreaRegistry(AREAS)
const table = parseCilifText(readFileSync(join(import.meta.dirname, 'fixtures/cilif-synthetic.csv'), 'utf8'), 'c.csv')
const firstRow = table.rows[0] ?? { code: '', row: 0, cells: [] }

describe('buildCountObservations', () => {
  it('keeps English authorities under their series codes, one observation per year, as published', () => {
    const report = emptyReport('dwp')
    const obs = buildCountObservations(table, areas, 'c.csv', report)
    expect(obs).toHaveLength(9)
    expect(obs.filter((o) => o.areaCode === 'E09000301').map((o) => [o.year, o.value])).toEqual([
      [2020, 1200],
      [2021, 1310],
      [2022, 1250],
    ])
    // E10000302 is a former code of the same area: the series is kept under E06000303.
    expect(obs.filter((o) => o.areaCode === 'E06000303').map((o) => o.value)).toEqual([500, 510, 520])
    expect(obs.find((o) => o.areaCode === 'E09000302')).toMatchObject({ year: 2020, value: null, flag: 'low' })
    expect(obs.every((o) => o.indicatorId === 'children_low_income_count' && o.provenance === 'published')).toBe(true)
    // Each figure remembers its cell, so the build's domain checks can name it.
    const first = obs.find((o) => o.areaCode === 'E09000301' && o.year === 2020)
    expect(first?.origin).toEqual({ file: 'c.csv', row: expect.any(Number), column: table.years[0]?.label })
  })

  it('drops Wales, Scotland, Northern Ireland, the unknown area and the UK total, with reasons', () => {
    const report = emptyReport('dwp')
    buildCountObservations(table, areas, 'c.csv', report)
    expect(report).toMatchObject({ rowsRead: 8, rowsKept: 3 })
    expect(report.dropped).toEqual({
      'Welsh authority': 1,
      'Scottish council area': 1,
      'Northern Ireland district': 1,
      'area unknown (ZZXXXXXXX)': 1,
      'UK total (not England)': 1,
    })
  })

  it('stops on an English code that is not an authority it knows, naming file and row', () => {
    const unknown = { ...table, rows: [{ ...firstRow, code: 'E09000999' }] }
    expect(() => buildCountObservations(unknown, areas, 'c.csv', emptyReport('dwp'))).toThrow(
      /c\.csv, row 12, column "Year": unknown area code "E09000999"/,
    )
  })

  it('stops on a code of a kind it does not expect (e.g. a region)', () => {
    const region = { ...table, rows: [{ ...firstRow, code: 'E12000007' }] }
    expect(() => buildCountObservations(region, areas, 'c.csv', emptyReport('dwp'))).toThrow(/unexpected area code/)
  })
})
