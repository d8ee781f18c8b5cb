import { describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { loadChildPopulation } from '../../scripts/etl/population/read'
import { ENGLAND_CODE } from '../../scripts/etl/types'
import { RAW_DIR } from './rawBundle'

describe('child population denominators over the raw bundle', () => {
  const { registry } = buildAreaRegistry(RAW_DIR)
  const population = loadChildPopulation(RAW_DIR, registry)

  it('has Barnsley mid-2020 as 51,621 in the older series and 49,960 in the rebased one', () => {
    expect(population.estimateFor('E08000016', 2020, 'onsPreCensus2021')).toBe(51_621)
    expect(population.estimateFor('E08000016', 2020, 'onsCensus2021Rebased')).toBe(49_960)
  })

  it('gives the denominators DfE used: Barnsley 2010 48,600, 2015 49,469, 2021 49,960; England 2016 and 2025', () => {
    expect(population.denominatorFor('E08000016', 2010)).toEqual({ value: 48_600, sourceId: 'cin-pre-2013' })
    expect(population.denominatorFor('E08000016', 2015)?.value).toBe(49_469)
    expect(population.denominatorFor('E08000016', 2021)?.value).toBe(49_960)
    expect(population.denominatorFor(ENGLAND_CODE, 2010)?.value).toBe(11_012_300)
    expect(population.denominatorFor(ENGLAND_CODE, 2016)?.value).toBe(11_677_860)
    expect(population.denominatorFor(ENGLAND_CODE, 2025)?.value).toBe(12_183_016)
  })

  it('covers every current authority from 2019 (after its creation) and the former ones up to their last year', () => {
    for (const area of registry.areas) {
      for (let year = 2013; year <= 2025; year++) {
        const exists = year >= (area.firstYear ?? 0) && year <= (area.lastYear ?? 9999)
        if (!exists) continue
        expect(population.denominatorFor(area.code, year), `${area.name} ${year}`).toBeDefined()
      }
    }
  })

  it('fills only Dorset county, Bournemouth and Poole 2019 (rebased "x") from the older series, with its mid-2018', () => {
    expect(population.fallbacks).toEqual([
      { areaCode: 'E06000028', reportingYear: 2019, value: 36_373 },
      { areaCode: 'E06000029', reportingYear: 2019, value: 30_188 },
      { areaCode: 'E10000009', reportingYear: 2019, value: 76_699 },
    ])
    expect(population.denominatorFor('E10000009', 2019)).toEqual({ value: 76_699, sourceId: 'population-0-17' })
    expect(population.estimateFor('E10000009', 2018, 'onsCensus2021Rebased')).toBeUndefined()
    // Their successors start at mid-2019 in both files; the rebased estimate is kept (Dorset 66,931, not 67,868).
    expect(population.denominatorFor('E06000059', 2020)?.value).toBe(66_931)
    expect(population.denominatorFor('E06000058', 2019)).toBeUndefined()
  })

  it('has the nine regions and Inner/Outer London from 2013', () => {
    for (const code of ['E12000001', 'E12000009', 'E13000001', 'E13000002']) {
      expect(population.denominatorFor(code, 2013)).toBeDefined()
      expect(population.denominatorFor(code, 2025)).toBeDefined()
    }
  })
})
