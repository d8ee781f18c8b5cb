import { describe, expect, it } from 'vitest'
import type { Area } from '../schema/areas'
import {
  buildSeriesCodeLookup,
  isBoundaryInYear,
  selectBoundariesForYear,
  type BoundaryProperties,
} from './areasForYear'

const area = (code: string, extra: Partial<Area> = {}): Area => ({
  code,
  laNumber: 800,
  name: code,
  aliases: [],
  region: 'South West',
  regionCode: 'E12000009',
  type: 'unitary',
  status: 'current',
  ...extra,
})

// The 2019 Dorset reorganisation as areas.json records it, plus an unchanged authority and a recode.
const AREAS = [
  area('E06000028', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019 }),
  area('E06000029', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019 }),
  area('E10000009', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019, type: 'county' }),
  area('E06000058', { predecessors: ['E10000009', 'E06000028', 'E06000029'], firstYear: 2020 }),
  area('E06000059', { predecessors: ['E10000009', 'E06000028', 'E06000029'], firstYear: 2020 }),
  area('E06000030'),
  area('E06000060', { formerCodes: ['E10000002'] }),
]
const byCode = new Map(AREAS.map((a) => [a.code, a]))
// Boundary files carry their own years for former and new polygons; unchanged ones carry none.
const BOUNDARIES: BoundaryProperties[] = [
  { code: 'E06000028', name: 'Bournemouth', lastYear: 2019 },
  { code: 'E06000029', name: 'Poole', lastYear: 2019 },
  { code: 'E10000009', name: 'Dorset county', lastYear: 2019 },
  { code: 'E06000058', name: 'BCP', firstYear: 2020 },
  { code: 'E06000059', name: 'Dorset', firstYear: 2020 },
  { code: 'E06000030', name: 'Swindon' },
]
const codes = (b: BoundaryProperties[]) => b.map((x) => x.code).sort()

describe('isBoundaryInYear', () => {
  it('uses the polygon years, then the authority years, and treats absent years as open', () => {
    expect(isBoundaryInYear({ code: 'X', name: 'X', lastYear: 2019 }, 2019, undefined, '31 March')).toBe(true)
    expect(isBoundaryInYear({ code: 'X', name: 'X', lastYear: 2019 }, 2020, undefined, '31 March')).toBe(false)
    expect(isBoundaryInYear({ code: 'E06000058', name: 'BCP' }, 2019, byCode.get('E06000058'), '31 March')).toBe(false)
    expect(isBoundaryInYear({ code: 'E06000030', name: 'Swindon' }, 2011, byCode.get('E06000030'), '31 March')).toBe(
      true,
    )
  })
})

describe('selectBoundariesForYear', () => {
  it('draws the former authorities up to the year ending 31 March 2019', () => {
    expect(codes(selectBoundariesForYear(BOUNDARIES, 2019, byCode))).toEqual([
      'E06000028',
      'E06000029',
      'E06000030',
      'E10000009',
    ])
  })
  it('draws the successors from 2020', () => {
    expect(codes(selectBoundariesForYear(BOUNDARIES, 2020, byCode))).toEqual(['E06000030', 'E06000058', 'E06000059'])
  })
  it('never draws two generations of the same area together', () => {
    for (let year = 2010; year <= 2025; year++) {
      const drawn = new Set(codes(selectBoundariesForYear(BOUNDARIES, year, byCode)))
      expect(drawn.has('E10000009') && drawn.has('E06000059')).toBe(false)
    }
  })
  it('draws the generation that has figures when the series uses the other geography (IMD 2019 for BCP)', () => {
    const withFigures = new Set(['E06000058', 'E06000059', 'E06000030'])
    expect(codes(selectBoundariesForYear(BOUNDARIES, 2019, byCode, (c) => withFigures.has(c)))).toEqual([
      'E06000030',
      'E06000058',
      'E06000059',
    ])
  })
  it('keeps the year generation when it has figures, even if the other has too', () => {
    const withFigures = new Set(['E06000028', 'E06000058'])
    expect(codes(selectBoundariesForYear(BOUNDARIES, 2019, byCode, (c) => withFigures.has(c)))).toContain('E06000028')
  })
})

describe('buildSeriesCodeLookup', () => {
  it('maps a recoded authority to the code its series is kept under, and leaves others alone', () => {
    const lookup = buildSeriesCodeLookup(AREAS)
    expect(lookup('E10000002')).toBe('E06000060')
    expect(lookup('E06000030')).toBe('E06000030')
  })
})
