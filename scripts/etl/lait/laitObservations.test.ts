import { describe, expect, it } from 'vitest'
import { TEST_AREAS } from '../cin/fixtures/testAreas'
import { laitRow as row } from '../testing/laitRow'
import { emptyReport, ENGLAND_CODE } from '../types'
import { parseLaitObservations, roundTo, type LaitMeasure } from './laitObservations'
import type { LaitRow } from './readLait'

const MEASURES: Record<string, LaitMeasure> = {
  CIN: { indicatorId: 'cin_rate', decimals: 1 },
  LACnum: { indicatorId: 'cla_count', decimals: 0 },
  ChildPov: { indicatorId: 'children_low_income_pct', decimals: 1, range: [0, 100] },
}
const parse = (rows: LaitRow[], report = emptyReport('lait'), measures = MEASURES) =>
  parseLaitObservations({ file: 'l.parquet', rows, measuresInFile: new Set() }, measures, TEST_AREAS, report)

describe('parseLaitObservations', () => {
  it('rounds floating noise to each measure’s decimals', () => {
    const out = parse([row('CIN', '2024', 370, '71.599999999999994'), row('LACnum', '2024', 370, '289.00000000000006')])
    expect(out.map((o) => [o.indicatorId, o.areaCode, o.year, o.value, o.flag])).toEqual([
      ['cin_rate', 'E08000016', 2024, 71.6, null],
      ['cla_count', 'E08000016', 2024, 289, null],
    ])
    expect(out[0]).toMatchObject({ sourceId: 'lait', provenance: 'published' })
  })

  it('maps LAIT’s own numbers for England and the regions, and reads financial years as the year ending March', () => {
    const out = parse([row('CIN', '2025', 970, '330.3'), row('CIN', '2024-25 (OT)', 987, '400')])
    expect(out.map((o) => [o.areaCode, o.year])).toEqual([
      [ENGLAND_CODE, 2025],
      ['E13000001', 2025],
    ])
  })

  it('turns "-" and an empty cell into null with flag "-", whatever the measure, and ignores other measures', () => {
    const out = parse([row('CIN', '2021', 204, '-'), row('LACnum', '2021', 204, null), row('LAC', '2021', 204, '50')])
    expect(out.map((o) => [o.indicatorId, o.value, o.flag])).toEqual([
      ['cin_rate', null, '-'],
      ['cla_count', null, '-'],
    ])
  })

  it('keeps a former authority’s "-" after its abolition: the combine stage applies lifetimes', () => {
    const report = emptyReport('lait')
    expect(parse([row('LACnum', '2021', 837, '-')], report)).toHaveLength(1)
    expect(report).toMatchObject({ rowsRead: 1, rowsKept: 1 })
  })

  it('keys a three-year measure by its last year and an academic year by the year it ends in', () => {
    const measures = { ...MEASURES, YJ: { indicatorId: 'yj', decimals: 0, threeYear: true } }
    const out = parse([row('YJ', '2014-16', 370, '12'), row('CIN', '2015/16', 370, '3')], undefined, measures)
    expect(out.map((o) => [o.indicatorId, o.year])).toEqual([
      ['yj', 2016],
      ['cin_rate', 2016],
    ])
    expect(() => parse([row('YJ', '2016', 370, '12', 4)], undefined, measures)).toThrow(
      'l.parquet, row 4, column "Years": expected a three-year period, found "2016"',
    )
  })

  it('drops and counts a row with no period and no figure, but stops on a figure without a period', () => {
    const report = emptyReport('lait')
    expect(parse([row('CIN', '0', 370, '-'), row('CIN', '0', 370, null)], report)).toEqual([])
    expect(report).toMatchObject({ rowsRead: 2, rowsKept: 0, dropped: { 'no period and no figure': 2 } })
    expect(() => parse([row('CIN', '0', 370, '4', 5)])).toThrow('l.parquet, row 5, column "Years"')
  })

  it('stops on an unknown LA number, a period that is not one year, a non-number or a value out of range', () => {
    expect(() => parse([row('CIN', '2025', 999, '1', 7)])).toThrow(
      'l.parquet, row 7, column "LA Number": unknown LA number 999',
    )
    expect(() => parse([row('LACnum', '2025', 1000, '1', 7)])).toThrow(/row 7, column "LA Number"/)
    expect(() => parse([row('CIN', '2014-16', 370, '1', 8)])).toThrow('l.parquet, row 8, column "Years"')
    expect(() => parse([row('CIN', '2025', 370, 'abc', 9)])).toThrow('l.parquet, row 9, column "Values"')
    expect(() => parse([row('ChildPov', '2025', 370, '140', 10)])).toThrow(
      /row 10, column "Values": expected ChildPov between 0 and 100/,
    )
  })
})

describe('roundTo', () => {
  it('removes binary noise and rounds half away from zero', () => {
    expect(roundTo(38.200000000000003, 1)).toBe(38.2)
    expect(roundTo(0.25, 1)).toBe(0.3)
    expect(roundTo(-0.25, 1)).toBe(-0.3)
    expect(roundTo(2996, 0)).toBe(2996)
  })
})
