import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deflatePerChild, type PriceIndex } from './realTerms'

const index: PriceIndex = { years: [2020, 2021, 2022], index: [80, 90, 100], baseYear: 2022 }

describe('deflatePerChild', () => {
  it('divides cash by children and rescales to base-year prices, rounded to whole pounds', () => {
    const points = deflatePerChild({
      years: [2020, 2022],
      cash: [1_000_000, 1_200_000],
      population: [1000, 1000],
      priceIndex: index,
    })
    // 1,000 per child at 2020 prices × 100/80 = 1,250 at 2022 prices; the base year is unchanged.
    expect(points).toEqual([
      { year: 2020, value: 1250, pricing: 'real', gap: null },
      { year: 2022, value: 1200, pricing: 'real', gap: null },
    ])
  })

  it('never extrapolates: years after the base year and before the first year stay in cash, marked so', () => {
    const points = deflatePerChild({
      years: [2019, 2023],
      cash: [900_000, 1_500_000],
      population: [1000, 1000],
      priceIndex: index,
    })
    expect(points.map((p) => [p.value, p.pricing])).toEqual([
      [900, 'cash'],
      [1500, 'cash'],
    ])
  })

  it('leaves a gap, never 0, when spend or population is missing or the population is 0', () => {
    const points = deflatePerChild({
      years: [2020, 2021, 2022],
      cash: [null, 500, 500],
      population: [1000, null, 0],
      priceIndex: index,
    })
    expect(points.map((p) => [p.value, p.pricing, p.gap])).toEqual([
      [null, null, 'no-spend'],
      [null, null, 'no-population'],
      [null, null, 'no-population'],
    ])
  })

  it('returns nothing for no years and treats a zero cash spend as a real zero', () => {
    expect(deflatePerChild({ years: [], cash: [], population: [], priceIndex: index })).toEqual([])
    expect(deflatePerChild({ years: [2021], cash: [0], population: [10], priceIndex: index })[0]?.value).toBe(0)
  })

  it('reproduces the published GDP-deflated spend_cyp_per_child for every authority and England, to the pound', () => {
    const dataDir = path.resolve(import.meta.dirname, '../../public/data')
    const read = (file: string) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as Record<string, never>
    type S = { years: number[]; values: Record<string, (number | null)[]>; england: (number | null)[] }
    const total = read('series/spend_cyp_total.json') as unknown as S
    const population = read('series/child_population.json') as unknown as S
    const published = read('series/spend_cyp_per_child.json') as unknown as S
    const gdp = (read('deflators.json') as unknown as { deflators: (PriceIndex & { id: string })[] }).deflators.find(
      (d) => d.id === 'gdp',
    )
    if (!gdp) throw new Error('no GDP deflator')
    const align = (s: S, values: (number | null)[] | undefined) =>
      published.years.map((y) => values?.[s.years.indexOf(y)] ?? null)
    let compared = 0
    for (const code of [...Object.keys(published.values), 'england']) {
      const pick = (s: S) => (code === 'england' ? s.england : s.values[code])
      const points = deflatePerChild({
        years: published.years,
        cash: align(total, pick(total)),
        population: align(population, pick(population)),
        priceIndex: gdp,
      })
      expect(
        points.map((p) => p.value),
        code,
      ).toEqual(pick(published))
      compared += points.filter((p) => p.value !== null).length
    }
    expect(compared).toBeGreaterThan(2000)
  })
})
