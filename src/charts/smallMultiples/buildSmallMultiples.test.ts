import { describe, expect, it } from 'vitest'
import { buildSmallMultiples, type SmallMultipleInput } from './buildSmallMultiples'

const spec = { unit: 'rate per 10,000', decimals: 1 } as const
const panel = (key: string, values: (number | null)[]): SmallMultipleInput => ({
  key,
  title: key,
  spec,
  lines: [
    { key: 'a', label: 'Area', role: 'area', years: [2023, 2024, 2025], values },
    { key: 'e', label: 'England', role: 'england', years: [2023, 2024, 2025], values: [10, 11, 12] },
  ],
})

describe('buildSmallMultiples', () => {
  it('lines every panel up on the same years and starts each y scale at zero', () => {
    const model = buildSmallMultiples([panel('cin', [40, 50, 60]), panel('cpp', [5, 6, 7])], {
      firstYear: 2022,
      lastYear: 2025,
    })
    expect(model.panels.map((p) => p.trend.years)).toEqual([
      [2022, 2023, 2024, 2025],
      [2022, 2023, 2024, 2025],
    ])
    expect(model.panels.map((p) => p.domain)).toEqual([
      [0, 60],
      [0, 12],
    ])
  })

  it("reports each line's latest figure, skipping a missing last year", () => {
    const model = buildSmallMultiples([panel('cin', [40, 50, null])], { firstYear: 2023, lastYear: 2025 })
    expect(model.panels[0]?.latest).toEqual([
      { key: 'a', label: 'Area', year: 2024, value: 50 },
      { key: 'e', label: 'England', year: 2025, value: 12 },
    ])
  })

  it('drops a panel with no figures at all', () => {
    const empty: SmallMultipleInput = { ...panel('x', [null, null, null]), lines: [] }
    expect(buildSmallMultiples([empty], { firstYear: 2023, lastYear: 2025 }).panels).toEqual([])
  })

  it('puts every panel on one scale when asked (one indicator, several authorities)', () => {
    const model = buildSmallMultiples([panel('a', [40, 50, 60]), panel('b', [5, 6, 7])], {
      firstYear: 2023,
      lastYear: 2025,
      sharedScale: true,
    })
    expect(model.panels.map((p) => p.domain)).toEqual([
      [0, 60],
      [0, 60],
    ])
  })
})
