import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../lib/readCsv'
import { AreaRegistry } from '../areas/registry'
import { emptyReport, ENGLAND_CODE, type Observation } from '../types'
import { buildA1Observations, buildHighlightsObservations } from './cashObservations'
import { AREAS } from './fixtures/areas'
import type { A1Year } from './parseA1'
import { parseHighlights } from './parseHighlights'

const areas = new AreaRegistry(AREAS)
const find = (obs: readonly Observation[], id: string, code: string) =>
  obs.find((o) => o.indicatorId === id && o.areaCode === code)

const A1_2010: A1Year = {
  year: 2010,
  file: 'a1.xls',
  amountColumn: 'Net Current Expenditure',
  categories: ['cla', 'safeguarding'],
  las: [
    { laNumber: 901, row: 5, total: 1000.4, categories: { cla: 600.4, safeguarding: 400 } },
    { laNumber: 902, row: 50, total: 500, categories: { cla: 200, safeguarding: 300 } },
  ],
  rowsRead: 10,
  ignored: {},
}

describe('buildA1Observations', () => {
  const obs = buildA1Observations(A1_2010, 20101213, areas, {
    young_people: new Map([
      [901, 70],
      [902, null],
    ]),
  })

  it('gives each authority its published total and category sums, rounded to whole pounds', () => {
    expect(find(obs, 'spend_cyp_total', 'E06000901')).toMatchObject({
      value: 1000,
      provenance: 'published',
      sourceId: 's251-a1',
      release: 20101213,
      // Where the build's checks point when this figure is impossible: the authority's block and the amount column.
      origin: { file: 'a1.xls', row: 5, column: 'Net Current Expenditure' },
    })
    expect(find(obs, 'spend_cla_total', 'E06000901')).toMatchObject({ value: 600, provenance: 'computed' })
  })

  it('sums the authorities for England (the workbooks have no England line) and marks it computed', () => {
    expect(find(obs, 'spend_cyp_total', ENGLAND_CODE)).toMatchObject({ value: 1500, provenance: 'computed' })
    expect(find(obs, 'spend_cla_total', ENGLAND_CODE)?.value).toBe(800)
  })

  it('leaves a category the year does not have as a gap flagged x (never 0), for authorities and England', () => {
    expect(find(obs, 'spend_early_years_total', 'E06000901')).toMatchObject({ value: null, flag: 'x' })
    expect(find(obs, 'spend_early_years_total', ENGLAND_CODE)).toMatchObject({ value: null, flag: 'x' })
  })

  it('reads an authority whose every line is 0 as a missing return: null with x, and England marked incomplete', () => {
    const withMissing: A1Year = {
      ...A1_2010,
      las: [...A1_2010.las, { laNumber: 903, row: 90, total: 0, categories: { cla: 0, safeguarding: 0 } }],
    }
    const out = buildA1Observations(withMissing, 20101213, areas)
    expect(find(out, 'spend_cyp_total', 'E10000903')).toMatchObject({ value: null, flag: 'x' })
    expect(find(out, 'spend_cla_total', 'E10000903')).toMatchObject({ value: null, flag: 'x' })
    expect(find(out, 'spend_cyp_total', ENGLAND_CODE)).toMatchObject({ value: 1500, flag: 'incomplete' })
    expect(find(out, 'spend_early_years_total', ENGLAND_CODE)).toMatchObject({ value: null, flag: 'x' })
  })

  it('takes a category from another table when given, and leaves England null (flag -) if an authority is missing', () => {
    expect(find(obs, 'spend_young_people_total', 'E06000901')?.value).toBe(70)
    expect(find(obs, 'spend_young_people_total', 'E06000902')).toMatchObject({ value: null, flag: '-' })
    expect(find(obs, 'spend_young_people_total', ENGLAND_CODE)).toMatchObject({ value: null, flag: '-' })
  })

  it('stops on an LA number that matches no authority', () => {
    const bad = { ...A1_2010, las: [{ laNumber: 999, row: 7, total: 1, categories: {} }] }
    expect(() => buildA1Observations(bad, 1, areas)).toThrow(/a1\.xls, row 7/)
  })
})

describe('buildHighlightsObservations', () => {
  const file = join(import.meta.dirname, 'fixtures/highlights-synthetic.csv')
  const rows = parseHighlights(readCsv(file))

  it('drops an authority total that agrees with Table A1 within the rounding, keeping the unrounded A1 figure', () => {
    const report = emptyReport('s251-highlights')
    const obs = buildHighlightsObservations(rows, new Map([['E06000901|2019', 39440058]]), areas, report, file)
    expect(find(obs, 'spend_cyp_total', 'E06000901')).toBeUndefined()
    expect(report.dropped).toEqual({ 'same as Table A1 within rounding (unrounded A1 kept)': 1 })
  })

  it('keeps a figure that differs from Table A1 (a revision, which wins as the later publication) and says so', () => {
    const report = emptyReport('s251-highlights')
    const obs = buildHighlightsObservations(rows, new Map([['E06000902|2018', 61834299]]), areas, report, file)
    expect(find(obs, 'spend_cyp_total', 'E06000902')).toMatchObject({ value: 121834000, sourceId: 's251-highlights' })
    expect(report.notes[0]).toMatch(/1 differ .*E06000902 2018: A1 61834299, highlights 121834000/)
  })

  it('maps England, regions and authorities, and keeps ":" as null with flag x', () => {
    const obs = buildHighlightsObservations(rows, new Map(), areas, emptyReport('h'), file)
    expect(find(obs, 'spend_cyp_total', ENGLAND_CODE)?.value).toBe(10530800000)
    expect(find(obs, 'spend_cyp_total', 'E12000001')?.value).toBe(556189000)
    expect(find(obs, 'spend_cyp_total', 'E10000903')).toMatchObject({ value: null, flag: 'x' })
  })
})
