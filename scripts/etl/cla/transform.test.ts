import { describe, expect, it } from 'vitest'
import { loadChildPopulation } from '../population/childPopulation'
import { POPULATION_FIXTURE_RAW } from '../population/fixtures/fixtureRaw'
import { buildTestAreas } from '../population/fixtures/testAreas'
import { emptyReport, ENGLAND_CODE, type Observation } from '../types'
import { computeMissingRates, pickLatest } from './transform'

const population = loadChildPopulation(POPULATION_FIXTURE_RAW, buildTestAreas())

function obs(
  indicatorId: string,
  areaCode: string,
  year: number,
  value: number | null,
  release: number,
  flag: Observation['flag'] = null,
): Observation {
  return { indicatorId, areaCode, year, value, flag, sourceId: `s${release}`, release, provenance: 'published' }
}

describe('pickLatest', () => {
  it('keeps the observation of the most recent release for each area and year', () => {
    const latest = pickLatest(
      [obs('cla_count', 'E08000016', 2021, 330, 1), obs('cla_count', 'E08000016', 2021, 329, 2)],
      'cla_count',
    )
    expect(latest.get('E08000016|2021')?.value).toBe(329)
  })
})

describe('computeMissingRates', () => {
  const run = (observations: Observation[]) =>
    computeMissingRates(observations, 'cla_count', 'cla_rate', population, emptyReport('t'))

  it('computes count / mid-(N-1) population × 10,000 to whole numbers (Barnsley 2015: 241 / 49,469 → 49)', () => {
    expect(run([obs('cla_count', 'E08000016', 2015, 241, 1)])).toEqual([
      { ...obs('cla_rate', 'E08000016', 2015, 49, 1), provenance: 'computed' },
    ])
  })

  it('uses the most recent count', () => {
    const rates = run([obs('cla_count', 'E08000016', 2015, 241, 1), obs('cla_count', 'E08000016', 2015, 250, 2)])
    expect(rates[0]?.value).toBe(51) // 250 / 49,469
    expect(rates[0]?.sourceId).toBe('s2')
  })

  it('does not compute where DfE published a rate, even a suppressed one', () => {
    expect(
      run([obs('cla_count', 'E08000016', 2021, 329, 1), obs('cla_rate', 'E08000016', 2021, null, 1, 'c')]),
    ).toEqual([])
  })

  it('gives a null rate with the count flag for a suppressed count', () => {
    expect(run([obs('cla_count', 'E08000016', 2015, null, 1, 'x')])[0]).toMatchObject({ value: null, flag: 'x' })
  })

  it('gives no rate without a denominator (a region before 2013, an area with no estimate)', () => {
    expect(run([obs('cla_count', 'E12000003', 2011, 5000, 1), obs('cla_count', 'E06000009', 2015, 454, 1)])).toEqual([])
  })

  it('computes England from the England count', () => {
    expect(run([obs('cla_count', ENGLAND_CODE, 2015, 69_540, 1)])[0]?.value).toBe(60) // 69,540 / 11,591,700
  })
})
