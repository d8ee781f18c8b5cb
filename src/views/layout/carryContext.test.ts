import { describe, expect, it } from 'vitest'
import { carryContext } from './carryContext'

describe('carryContext', () => {
  it('carries the authority named in a profile path to pages that read the area key', () => {
    expect(carryContext('/compare', ['area', 'indicator', 'year'], '/area/E08000035', '')).toBe(
      '/compare?area=E08000035',
    )
    expect(carryContext('/deprivation', ['area'], '/spending/E06000009', '?deflator=sppi')).toBe(
      '/deprivation?area=E06000009',
    )
  })

  it('carries the area, indicator and year of the query, and only the keys the target reads', () => {
    const search = '?area=E08000016&indicator=cpp_rate&year=2024&group=region'
    expect(carryContext('/data', ['area', 'indicator', 'year'], '/compare', search)).toBe(
      '/data?area=E08000016&indicator=cpp_rate&year=2024',
    )
    expect(carryContext('/map', ['indicator', 'year'], '/compare', search)).toBe('/map?indicator=cpp_rate&year=2024')
  })

  it('adds nothing when there is nothing to carry or the target takes nothing', () => {
    expect(carryContext('/compare', ['area', 'indicator', 'year'], '/', '')).toBe('/compare')
    expect(carryContext('/methods', [], '/area/E08000035', '?indicator=cla_rate')).toBe('/methods')
  })
})
