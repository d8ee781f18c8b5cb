import { describe, expect, it } from 'vitest'
import { loadChildPopulation } from '../population/read'
import { POPULATION_FIXTURE_RAW } from '../population/fixtures/fixtureRaw'
import { buildTestAreas } from '../population/fixtures/testAreas'
import { ENGLAND_CODE, type Observation } from '../types'
import { computeMissingRates, type RatePair } from './computeRates'

const population = loadChildPopulation(POPULATION_FIXTURE_RAW, buildTestAreas())
const CLA: RatePair = { rateId: 'cla_rate', countId: 'cla_count', decimals: 0 }
const CPP: RatePair = { rateId: 'cpp_rate', countId: 'cpp_count', decimals: 1 }

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
const run = (observations: Observation[], pair = CLA) => computeMissingRates(observations, [pair], population)
const rates = (observations: Observation[], pair = CLA) => run(observations, pair).observations

describe('computeMissingRates', () => {
  it('computes count / mid-(N-1) population × 10,000 to the pair’s decimals (Barnsley 2015: 241 / 49,469)', () => {
    expect(rates([obs('cla_count', 'E08000016', 2015, 241, 1)])).toEqual([
      { ...obs('cla_rate', 'E08000016', 2015, 49, 1), provenance: 'computed' },
    ])
    expect(rates([obs('cpp_count', 'E08000016', 2015, 241, 1)], CPP)[0]?.value).toBe(48.7)
  })

  it('uses the most recent count, with its source and release', () => {
    const [rate] = rates([obs('cla_count', 'E08000016', 2015, 241, 1), obs('cla_count', 'E08000016', 2015, 250, 2)])
    expect(rate).toMatchObject({ value: 51, sourceId: 's2', release: 2 }) // 250 / 49,469
  })

  it('does not compute where a publication gave a rate for its own count, even a suppressed one', () => {
    expect(
      rates([obs('cla_count', 'E08000016', 2021, 329, 1), obs('cla_rate', 'E08000016', 2021, null, 1, 'c')]),
    ).toEqual([])
    // A newer publication repeats the same count: the older publication's rate still belongs to it.
    expect(
      rates([
        obs('cla_count', 'E08000016', 2015, 241, 1),
        obs('cla_rate', 'E08000016', 2015, 50, 1),
        obs('cla_count', 'E08000016', 2015, 241, 2),
      ]),
    ).toEqual([])
  })

  it('computes where the only rate is a blank "-", which says nothing', () => {
    const input = [obs('cla_count', 'E08000016', 2015, 241, 1), obs('cla_rate', 'E08000016', 2015, null, 2, '-')]
    expect(rates(input).map((o) => o.value)).toEqual([49])
  })

  it('recomputes a rate whose count a newer publication revised, so a rate always goes with its count', () => {
    // West Sussex 2013 in miniature: the older release gives count and rate, the newer one a different count only.
    const input = [
      obs('cpp_count', 'E08000016', 2015, 260, 1),
      obs('cpp_rate', 'E08000016', 2015, 52.6, 1),
      obs('cpp_count', 'E08000016', 2015, 241, 2),
    ]
    expect(rates(input, CPP)).toEqual([{ ...obs('cpp_rate', 'E08000016', 2015, 48.7, 2), provenance: 'computed' }])
  })

  it('gives a null rate with the count’s flag for a suppressed count, computing nothing', () => {
    expect(rates([obs('cla_count', 'E08000016', 2015, null, 1, 'x')])[0]).toMatchObject({
      value: null,
      flag: 'x',
      provenance: 'published',
    })
  })

  it('gives no rate without a denominator (a region before 2013, an area with no estimate), and reports it', () => {
    const result = run([obs('cla_count', 'E12000003', 2011, 5000, 1), obs('cla_count', 'E06000009', 2015, 454, 1)])
    expect(result.observations).toEqual([])
    expect(result.missingDenominators).toEqual(['cla_rate E06000009 2015', 'cla_rate E12000003 2011'])
  })

  it('computes England from the England count', () => {
    expect(rates([obs('cla_count', ENGLAND_CODE, 2015, 69_540, 1)])[0]?.value).toBe(60) // 69,540 / 11,591,700
  })
})
