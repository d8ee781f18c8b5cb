import { describe, expect, it } from 'vitest'
import type { MapArea } from '../../../map/buildAreaMap'
import { sortMapAreas } from './sortMapAreas'

const row = (name: string, value: number | null, rank: number | null, band: MapArea['band'] = null): MapArea => ({
  boundaryCode: name,
  areaCode: name,
  name,
  datum: { areaCode: name, value, flag: null },
  status: value === null ? 'no-data' : 'value',
  fill: '#000000',
  rank: rank === null ? undefined : { rank, of: 3 },
  valueText: '',
  rankText: '',
  band,
  bandText: '',
  excludedFromRanking: false,
})
const ROWS = [row('Brent', 30, 2), row('Barnet', null, null), row('Camden', 50, 1), row('Bexley', 30, 2)]
const names = (rows: MapArea[]) => rows.map((r) => r.name)

describe('sortMapAreas', () => {
  it('sorts by name both ways', () => {
    expect(names(sortMapAreas(ROWS, 'name', 'ascending'))).toEqual(['Barnet', 'Bexley', 'Brent', 'Camden'])
    expect(names(sortMapAreas(ROWS, 'name', 'descending'))).toEqual(['Camden', 'Brent', 'Bexley', 'Barnet'])
  })
  it('sorts by value with ties in name order and missing figures last either way', () => {
    expect(names(sortMapAreas(ROWS, 'value', 'descending'))).toEqual(['Camden', 'Bexley', 'Brent', 'Barnet'])
    expect(names(sortMapAreas(ROWS, 'value', 'ascending'))).toEqual(['Bexley', 'Brent', 'Camden', 'Barnet'])
  })
  it('sorts by rank with unranked authorities last', () => {
    expect(names(sortMapAreas(ROWS, 'rank', 'ascending'))).toEqual(['Camden', 'Bexley', 'Brent', 'Barnet'])
  })
})

describe('sortMapAreas by quartile band', () => {
  it('sorts judged bands A to D and bandless authorities last', () => {
    const rows = [
      row('Brent', 30, 2, { judged: true, letter: 'C', quarter: 2 }),
      row('Barnet', null, null),
      row('Camden', 50, 1, { judged: true, letter: 'A', quarter: 4 }),
    ]
    expect(names(sortMapAreas(rows, 'band', 'ascending'))).toEqual(['Camden', 'Brent', 'Barnet'])
    expect(names(sortMapAreas(rows, 'band', 'descending'))).toEqual(['Brent', 'Camden', 'Barnet'])
  })
  it('sorts bands without judgement from the lowest quarter to the highest', () => {
    const rows = [
      row('Brent', 30, 2, { judged: false, quarter: 3 }),
      row('Camden', 10, 1, { judged: false, quarter: 1 }),
    ]
    expect(names(sortMapAreas(rows, 'band', 'ascending'))).toEqual(['Camden', 'Brent'])
  })
})
