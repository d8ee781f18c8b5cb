import { describe, expect, it } from 'vitest'
import { AreaRegistry } from './areas/registry'
import { EES_PLACE_COLUMNS, eesAreaCode, eesYear } from './eesPlace'
import { testArea } from './testing/testAreas'
import { ENGLAND_CODE } from './types'

const cols = Object.fromEntries(EES_PLACE_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof EES_PLACE_COLUMNS)[number],
  number
>
const areas = new AreaRegistry([testArea('E08000016', 370, 'Barnsley')])
const at = { file: 'ees.csv', row: 7 }
const place = (level: string, region = '', la = '') => eesAreaCode(['2024', level, region, la], cols, areas, at)

describe('eesYear', () => {
  it('reads a four-digit time_period and stops on anything else, naming the cell', () => {
    expect(eesYear(['2024'], cols, at)).toBe(2024)
    expect(() => eesYear(['202324'], cols, at)).toThrow(/ees\.csv.*7.*time_period.*expected a year, found "202324"/)
    expect(() => eesYear(['c'], cols, at)).toThrow(/expected a year, found "c"/)
  })
})

describe('eesAreaCode', () => {
  it('places national rows in England, regional rows by region code and authority rows by LA number', () => {
    expect(place('National')).toBe(ENGLAND_CODE)
    expect(place('Regional', 'E12000003')).toBe('E12000003')
    expect(place('Local authority', '', '370')).toBe('E08000016')
  })

  it('stops on a bad region code, an unknown or missing LA number, or another level', () => {
    expect(() => place('Regional', 'E06000001')).toThrow(/region_code.*expected a region code, found "E06000001"/)
    expect(() => place('Local authority', '', 'x')).toThrow(/old_la_code.*expected an LA number, found "x"/)
    expect(() => place('Local authority', '', '999')).toThrow(/old_la_code/)
    expect(() => place('Parliamentary constituency')).toThrow(
      /unexpected geographic level "Parliamentary constituency"/,
    )
  })
})
