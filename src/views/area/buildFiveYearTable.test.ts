import { describe, expect, it } from 'vitest'
import { testArea } from '../../testing/testAreas'
import { testIndicator } from '../../testing/testIndicator'
import { testSeries } from '../../testing/testSeries'
import { buildFiveYearTable, fiveYearCsv } from './buildFiveYearTable'

const indicator = { ...testIndicator('cpp_rate'), label: 'Children on a plan per 10,000', decimals: 1 }
const area = testArea('E09000001', { name: 'Camden', region: 'London', regionCode: 'E12000007', firstYear: 2019 })
const series = testSeries(
  [2018, 2019, 2020, 2021, 2022, 2023, 2024],
  {
    E09000001: [5, 40.1, null, 42.3, 43, 44.5, 45],
    N1: [null, 30, 31, 32, 33, 34, 35.2],
    N2: [null, 20, 21.1, null, 23, 24, 25],
  },
  {
    england: [1, 2, 3, 4, 5, 6, 7.1],
    flags: { E09000001: [null, null, 'c', null, null, null, null] },
    regions: { E12000007: [null, 10, 11, 12, 13, 14, 15] },
  },
)

describe('the profile’s five-year table, as LAIT lays it out', () => {
  const table = buildFiveYearTable({ indicator, series, area, neighbourCodes: ['N1', 'N2'] })

  it('shows the latest five years for the authority, its neighbours’ mean, its region and England', () => {
    expect(table?.years).toEqual([2020, 2021, 2022, 2023, 2024])
    expect(table?.yearLabels).toEqual(['2020', '2021', '2022', '2023', '2024'])
    expect(table?.rows.map((r) => [r.label, r.cells.map((c) => c.text)])).toEqual([
      ['Camden', ['–', '42.3', '43.0', '44.5', '45.0']],
      ['Statistical neighbours (mean)', ['26.1', '32.0', '28.0', '29.0', '30.1']],
      ['London', ['11.0', '12.0', '13.0', '14.0', '15.0']],
      ['England', ['3.0', '4.0', '5.0', '6.0', '7.1']],
    ])
  })

  it('says why a figure is missing and how many neighbours the mean is of', () => {
    expect(table?.rows[0]?.cells[0]?.note).toBe('suppressed to protect confidentiality')
    expect(table?.rows[1]?.cells.map((c) => c.note)).toEqual([
      '2 of 2 had data',
      '1 of 2 had data',
      '2 of 2 had data',
      '2 of 2 had data',
      '2 of 2 had data',
    ])
  })

  it('shows nothing for a year before the authority existed', () => {
    const early = buildFiveYearTable({
      indicator,
      series: testSeries([2017, 2018], { E09000001: [5, 6], N1: [1, 2] }),
      area,
      neighbourCodes: [],
    })
    expect(early?.rows[0]?.cells).toEqual([
      { value: null, text: '–', note: 'Camden did not exist' },
      { value: null, text: '–', note: 'Camden did not exist' },
    ])
    expect(early?.rows.map((r) => r.key)).toEqual(['area', 'england'])
  })

  it('writes one CSV row per indicator and year at the published precision, with the reasons', () => {
    if (!table) throw new Error('no table')
    const csv = fiveYearCsv(area, [table])
    expect(csv.header).toEqual([
      'Indicator',
      'Year',
      'Camden',
      'Statistical neighbours (mean)',
      'London',
      'England',
      'Notes',
    ])
    expect(csv.rows[0]).toEqual([
      'Children on a plan per 10,000',
      'year ending 31 March 2020',
      '',
      '26.1',
      '11.0',
      '3.0',
      'Camden: suppressed to protect confidentiality; Statistical neighbours (mean): 2 of 2 had data',
    ])
    expect(csv.rows[4]?.slice(2, 6)).toEqual(['45.0', '30.1', '15.0', '7.1'])
  })
})
