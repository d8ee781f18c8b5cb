import { describe, expect, it } from 'vitest'
import { testArea as area } from '../testing/testAreas'
import { testSeries } from '../testing/testSeries'
import {
  authoritiesOfYear,
  buildAreaIndex,
  existedDuring,
  existedIn,
  lastYearShown,
  reorganisationGroups,
  yearsExisted,
} from './lifetimes'
import { lifetimeLine } from './series'

const cumbria = area('E10000006', { name: 'Cumbria', status: 'former', lastYear: 2023 })
const cumberland = area('E06000063', { name: 'Cumberland', firstYear: 2024 })
const leeds = area('E08000035', { name: 'Leeds' })
/** A 30 September series: BCP's first figure is at 30 September 2019. */
const series2019 = testSeries([2018, 2019], { BCP: [null, 12.5] })

describe('existedIn', () => {
  it('reads the year by its year type: BCP (created 1 April 2019) existed at 30 September 2019, not at 31 March', () => {
    const bcp = { firstYear: 2020 }
    const bournemouth = { lastYear: 2019 }
    expect(existedIn(bcp, 2019, '30 September')).toBe(true)
    expect(existedIn(bcp, 2019, '31 March')).toBe(false)
    expect(existedIn(bournemouth, 2019, '30 September')).toBe(false)
    expect(existedIn(bournemouth, 2019, '31 March')).toBe(true)
    // The school year 2018/19 goes by the children's census at 31 March 2019.
    expect(existedIn(bcp, 2019, 'academic year')).toBe(false)
    expect(existedIn(bournemouth, 2019, 'academic year')).toBe(true)
    expect(lifetimeLine(series2019, { code: 'BCP', ...bcp }, '30 September').values).toEqual([null, 12.5])
    expect(lifetimeLine(series2019, { code: 'BCP', ...bcp }, '31 March').values).toEqual([null, null])
  })

  it('follows areas.json: a former authority stops after its last year, a new one starts in its first', () => {
    expect(existedIn(cumbria, 2023, '31 March')).toBe(true)
    expect(existedIn(cumbria, 2024, '31 March')).toBe(false)
    expect(existedIn(cumberland, 2023, '31 March')).toBe(false)
    expect(existedIn(cumberland, 2024, '31 March')).toBe(true)
    expect(existedIn(leeds, 1990, '31 March')).toBe(true)
  })
})

describe('existedDuring and yearsExisted', () => {
  it('counts a range the authority overlaps at either end', () => {
    expect(existedDuring(cumbria, 2023, 2025)).toBe(true)
    expect(existedDuring(cumbria, 2024, 2025)).toBe(false)
    expect(existedDuring(cumberland, 2010, 2024)).toBe(true)
    expect(existedDuring(cumberland, 2010, 2023)).toBe(false)
  })
  it('keeps only the years the authority existed', () => {
    expect(yearsExisted(cumberland, [2022, 2023, 2024, 2025], '31 March')).toEqual([2024, 2025])
    expect(yearsExisted(cumbria, [2022, 2023, 2024], '31 March')).toEqual([2022, 2023])
  })
})

describe('lastYearShown', () => {
  it('stops a chart at an abolished authority’s last year, else at the latest year', () => {
    expect(lastYearShown(cumbria, 2025)).toBe(2023)
    expect(lastYearShown(leeds, 2025)).toBe(2025)
    expect(lastYearShown(cumbria, 2020)).toBe(2020)
  })
})

describe('buildAreaIndex', () => {
  const index = buildAreaIndex([cumbria, cumberland, leeds])
  it('answers by code, and says no for a code it does not know', () => {
    expect(index.existedIn('E06000063', 2023, '31 March')).toBe(false)
    expect(index.existedIn('E06000063', 2024, '31 March')).toBe(true)
    expect(index.existedIn('E99999999', 2024, '31 March')).toBe(false)
    expect(index.nameOf('E08000035')).toBe('Leeds')
    expect(index.nameOf('E99999999')).toBe('E99999999')
    expect(index.get('E10000006')?.name).toBe('Cumbria')
  })
})

// The 2019 Dorset reorganisation as areas.json records it, and an unchanged authority.
const DORSET = [
  area('E06000028', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019 }),
  area('E06000029', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019 }),
  area('E10000009', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019 }),
  area('E06000058', { predecessors: ['E10000009', 'E06000028', 'E06000029'], firstYear: 2020 }),
  area('E06000059', { predecessors: ['E10000009', 'E06000028', 'E06000029'], firstYear: 2020 }),
  area('E06000030'),
]
const codesOf = (areas: readonly { code: string }[]) => areas.map((a) => a.code)

describe('reorganisationGroups', () => {
  it('groups the three Dorset predecessors with their two successors', () => {
    expect(reorganisationGroups(new Map(DORSET.map((a) => [a.code, a])))).toEqual([
      { formers: ['E06000028', 'E06000029', 'E10000009'], successors: ['E06000058', 'E06000059'] },
    ])
  })
})

describe('authoritiesOfYear', () => {
  it('takes the authorities of the reporting year when they have figures', () => {
    const all = () => true
    expect(codesOf(authoritiesOfYear(DORSET, 2019, '31 March', all))).toEqual([
      'E06000028',
      'E06000029',
      'E10000009',
      'E06000030',
    ])
    expect(codesOf(authoritiesOfYear(DORSET, 2020, '31 March', all))).toEqual(['E06000058', 'E06000059', 'E06000030'])
  })
  it('takes the other generation when only it has figures (IoD2019 was published for the 2019 successors)', () => {
    const published = new Set(['E06000058', 'E06000059', 'E06000030'])
    expect(codesOf(authoritiesOfYear(DORSET, 2019, '31 March', (c) => published.has(c)))).toEqual([
      'E06000058',
      'E06000059',
      'E06000030',
    ])
  })
})
