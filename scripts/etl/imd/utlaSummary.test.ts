import { describe, expect, it } from 'vitest'
import type { SheetGrid } from '../../lib/readWorkbook'
import { emptyReport, ENGLAND_CODE, type Observation } from '../types'
import { buildTestRegistry } from './fixtures/areas'
import { editionFor, fixtureHeaders, utlaGrids, type FixtureRow } from './fixtures/utlaWorkbook'
import { UTLA_COLUMNS } from './utlaColumns'
import { parseUtlaSummary } from './utlaSummary'
import { errorFrom } from '../testing/errorFrom'

const areas = buildTestRegistry()
const BARNSLEY: FixtureRow = { code: 'E08000016', name: 'Barnsley', score: 29.933, rank: 30, proportion: 0.2177 }
const BUCKS_OLD_CODE: FixtureRow = {
  code: 'E10000002',
  name: 'Buckinghamshire',
  score: 10.052,
  rank: 146,
  proportion: 0,
}

let grids: SheetGrid[] = []

function read(year: 2015 | 2019): Observation[] {
  return parseUtlaSummary(grids, editionFor(year), areas, emptyReport('imd-utla'))
}

function valueOf(observations: readonly Observation[], indicatorId: string, areaCode: string) {
  return observations.find((o) => o.indicatorId === indicatorId && o.areaCode === areaCode)?.value
}

describe('parseUtlaSummary', () => {
  it('reads every indicator from the 2019 layout despite trailing spaces and "Proportion  of"', () => {
    grids = utlaGrids(2019, [BARNSLEY])
    const observations = read(2019)
    expect(observations.map((o) => o.indicatorId).sort()).toEqual(UTLA_COLUMNS.map((c) => c.indicatorId).sort())
    expect(valueOf(observations, 'imd_score', 'E08000016')).toBe(29.933)
    expect(valueOf(observations, 'imd_rank', 'E08000016')).toBe(30)
    expect(valueOf(observations, 'imd_health_score', 'E08000016')).toBe(29.933)
    expect(
      observations.every((o) => o.year === 2019 && o.sourceId === 'imd-utla' && o.provenance === 'published'),
    ).toBe(true)
  })

  it('stores a published proportion as a percentage with two fewer decimals (0.2177 → 21.77, not 21.770000000000003)', () => {
    grids = utlaGrids(2019, [BARNSLEY, { ...BUCKS_OLD_CODE, proportion: 0.0139 }])
    const observations = read(2019)
    expect(valueOf(observations, 'imd_most_deprived_10pc', 'E08000016')).toBe(21.77)
    expect(valueOf(observations, 'idaci_most_deprived_10pc', 'E08000016')).toBe(21.77)
    expect(valueOf(observations, 'imd_most_deprived_10pc', 'E06000060')).toBe(1.39)
  })

  it('puts a synthetic future release that uses Barnsley’s April 2025 code (E08000038) on Barnsley’s series', () => {
    grids = utlaGrids(2019, [{ ...BARNSLEY, code: 'E08000038' }])
    const observations = read(2019)
    expect(valueOf(observations, 'imd_score', 'E08000016')).toBe(29.933)
    expect(observations.some((o) => o.areaCode === 'E08000038')).toBe(false)
  })

  it('reads the 2015 layout, whose IDACI headers spell the index out', () => {
    expect(fixtureHeaders(2015, 'IDACI')).toContain(
      'Income Deprivation Affecting Children Index (IDACI) - Average score',
    )
    grids = utlaGrids(2015, [{ ...BARNSLEY, score: 29.568 }])
    const observations = read(2015)
    expect(valueOf(observations, 'idaci_score', 'E08000016')).toBe(29.568)
    expect(observations.every((o) => o.year === 2015 && o.release === 20150930)).toBe(true)
  })

  it('puts Buckinghamshire, published as E10000002, under its series code E06000060', () => {
    grids = utlaGrids(2019, [BUCKS_OLD_CODE])
    const observations = read(2019)
    expect(new Set(observations.map((o) => o.areaCode))).toEqual(new Set(['E06000060']))
    expect(valueOf(observations, 'imd_most_deprived_10pc', 'E06000060')).toBe(0)
  })

  it('keeps a former authority under its own code (Northamptonshire E10000021)', () => {
    grids = utlaGrids(2019, [
      { code: 'E10000021', name: 'Northamptonshire', score: 18.605, rank: 99, proportion: 0.0569 },
    ])
    expect(valueOf(read(2019), 'imd_score', 'E10000021')).toBe(18.605)
  })

  it('keeps negative domain scores (health and crime are standardised around 0)', () => {
    grids = utlaGrids(2019, [{ ...BUCKS_OLD_CODE, score: -1.096 }])
    expect(valueOf(read(2019), 'imd_health_score', 'E06000060')).toBe(-1.096)
  })

  it('stops on an unknown code, naming file, sheet, row and column', () => {
    grids = utlaGrids(2019, [BARNSLEY, { ...BARNSLEY, code: 'E06000099', name: 'Nowhere' }])
    const error = errorFrom(() => read(2019))
    expect(error.location.file).toMatch(/imd-2019\.xlsx, sheet "IMD"$/)
    expect(error.location.row).toBe(3)
    expect(error.location.column).toBe('Upper Tier Local Authority District code (2019)')
    expect(error.message).toContain('unknown area code "E06000099"')
  })

  it('stops on a renamed header, naming the column it expected', () => {
    grids = utlaGrids(2019, [BARNSLEY], {
      renameHeaders: { 'IMD - Average score ': 'IMD - Mean score' },
    })
    const error = errorFrom(() => read(2019))
    expect(error.location).toMatchObject({ row: 1, column: 'IMD - Average score' })
    expect(error.message).toMatch(/imd-2019\.xlsx, sheet "IMD", row 1, column "IMD - Average score"/)
  })

  it('stops on a non-numeric cell, naming file, row and column', () => {
    grids = utlaGrids(2019, [BARNSLEY, { ...BUCKS_OLD_CODE, score: 'n/a' }])
    const error = errorFrom(() => read(2019))
    expect(error.location).toMatchObject({ row: 3, column: 'IMD - Average score' })
    expect(error.message).toMatch(/imd-2019\.xlsx, sheet "IMD", row 3, column "IMD - Average score": .*"n\/a"/)
  })

  it('stops on an empty figure rather than reading it as 0', () => {
    grids = utlaGrids(2019, [{ ...BARNSLEY, rank: '' }])
    const error = errorFrom(() => read(2019))
    expect(error.location).toMatchObject({ row: 2, column: 'IMD - Rank of average score' })
    expect(error.message).toContain('empty cell')
  })

  it('stops on a rank that is not a whole number from 1', () => {
    grids = utlaGrids(2019, [{ ...BARNSLEY, rank: 0 }])
    expect(errorFrom(() => read(2019)).message).toContain('expected a rank')
    grids = utlaGrids(2019, [{ ...BARNSLEY, rank: 30.5 }])
    expect(errorFrom(() => read(2019)).message).toContain('more than the 0 decimal places')
  })

  it('stops when a figure has more decimals than the catalogue says it is published with', () => {
    grids = utlaGrids(2019, [{ ...BARNSLEY, score: 29.9331 }])
    expect(errorFrom(() => read(2019)).message).toContain('more than the 3 decimal places')
  })

  it('stops when two rows are the same authority (E10000002 and E06000060)', () => {
    grids = utlaGrids(2019, [BUCKS_OLD_CODE, { ...BUCKS_OLD_CODE, code: 'E06000060' }])
    const error = errorFrom(() => read(2019))
    expect(error.location.row).toBe(3)
    expect(error.message).toContain('same authority (E06000060) as row 2')
  })

  it('reads an England row as England figures, leaving out its blank ranks', () => {
    grids = utlaGrids(2019, [BARNSLEY], {
      extraRows: [[ENGLAND_CODE, 'England', '', '', 21.7, '', 0.1, '', 0.2, '']],
    })
    const england = read(2019).filter((o) => o.areaCode === ENGLAND_CODE)
    expect(valueOf(england, 'imd_score', ENGLAND_CODE)).toBe(21.7)
    expect(valueOf(england, 'imd_most_deprived_10pc', ENGLAND_CODE)).toBe(10)
    expect(england.some((o) => o.indicatorId === 'imd_rank')).toBe(false)
  })

  it('counts rows read and kept on every sheet', () => {
    grids = utlaGrids(2019, [BARNSLEY, BUCKS_OLD_CODE])
    const report = emptyReport('imd-utla')
    parseUtlaSummary(grids, editionFor(2019), areas, report)
    expect(report).toMatchObject({ rowsRead: 18, rowsKept: 18 })
  })

  it('stops when a wanted sheet is missing, naming the file and the sheet', () => {
    grids = utlaGrids(2019, [BARNSLEY]).filter((g) => g.sheet !== 'Crime')
    const error = errorFrom(() => read(2019))
    expect(error.message).toBe('imd/utla/imd-2019.xlsx: no sheet "Crime"')
  })
})
