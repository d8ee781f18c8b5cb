import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../lib/readCsv'
import { TEST_AREAS } from '../cin/fixtures/testAreas'
import { laitRow as row } from '../testing/laitRow'
import { ENGLAND_CODE } from '../types'
import { dictionaryMeasures, parseLaitDictionary } from './dictionary'
import type { LaitRow } from './readLait'
import { catalogueLaitMeasures, requireEntries } from './run'

const table = readCsv(join(import.meta.dirname, 'fixtures/dictionary.csv'))
const dictionary = { file: 'd.csv', entries: parseLaitDictionary(table), listed: dictionaryMeasures(table) }
const PRIMARY = { CIN: 'cin_rate', LACceased: 'cla_ceased_count' }
const lait = (rows: LaitRow[]) => ({ file: 'l.parquet', rows, measuresInFile: new Set(rows.map((r) => r.measure)) })

describe('catalogueLaitMeasures', () => {
  const rows = [
    row('Work_Force_TO_Rate', '2025', 970, '11.800000000000001'),
    row('Work_Force_TO_Rate', '2025', 370, '-'),
    row('LAC_KS4_AVG_Prog8', '2024', 370, '-1.23'),
    row('Social_Work_Starters', '2025', 370, '10.456'),
    row('FirstYJS', '2024', 370, '120'),
    row('CIN', '2025', 370, '330.3'),
    row('NewMeasure', '2025', 370, '7'),
  ]
  const output = catalogueLaitMeasures(dictionary, lait(rows), TEST_AREAS, PRIMARY)

  it('builds an indicator for each measure in the topics that no primary indicator stands for', () => {
    expect(output.indicators.map((i) => i.id)).toEqual([
      'lait_work_force_to_rate',
      'lait_social_work_starters',
      'lait_firstyjs',
      'lait_lac_ks4_avg_prog8',
    ])
  })

  it('keeps values as published, rounded to the shown places, England’s own row and "-" as a flagged gap', () => {
    const obs = output.observations.map((o) => [o.indicatorId, o.areaCode, o.year, o.value, o.flag])
    expect(obs).toEqual([
      ['lait_work_force_to_rate', ENGLAND_CODE, 2025, 11.8, null],
      ['lait_work_force_to_rate', 'E08000016', 2025, null, '-'],
      ['lait_lac_ks4_avg_prog8', 'E08000016', 2024, -1.23, null],
      ['lait_social_work_starters', 'E08000016', 2025, 10.5, null],
      ['lait_firstyjs', 'E08000016', 2024, 120, null],
    ])
    expect(output.indicators.find((i) => i.id === 'lait_firstyjs')?.decimals).toBe(0)
  })

  it('reports a measure the dictionary does not list and skips it', () => {
    expect(output.reports[0]?.notes).toContain('measure "NewMeasure" is not in the data dictionary: skipped')
    expect(output.observations.some((o) => o.indicatorId.includes('newmeasure'))).toBe(false)
  })
})

describe('requireEntries', () => {
  it('stops, naming the measure, when a measure the build reads has no dictionary entry', () => {
    expect(() => requireEntries(dictionary, ['CIN', 'CPP_rate'])).toThrow(
      'd.csv, column "Measure_short": measure "CPP_rate" is read by the build but has no entry',
    )
    expect(() => requireEntries(dictionary, ['CIN'])).not.toThrow()
  })
})
