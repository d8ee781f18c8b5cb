import { describe, expect, it } from 'vitest'
import { funnelLimits } from '../../stats/funnel'
import { buildFunnelModel, type FunnelInput } from './buildFunnelModel'

const p = (areaCode: string, rate: number | null, population: number | null, role: FunnelInput['role'] = 'other') => ({
  areaCode,
  label: areaCode,
  rate,
  population,
  role,
})

describe('buildFunnelModel', () => {
  it('classifies each authority against the limits for its own population', () => {
    const big = funnelLimits(70, 300_000)
    const model = buildFunnelModel(
      [p('HIGH', big.upper998 + 1, 300_000), p('IN', 70, 300_000, 'selected'), p('LOW', big.lower95 - 0.01, 300_000)],
      70,
    )
    expect(Object.fromEntries(model.points.map((q) => [q.areaCode, q.position]))).toEqual({
      HIGH: 'above 99.8%',
      LOW: expect.stringMatching(/^below/) as unknown as string,
      IN: 'within',
    })
    expect(model.points.at(-1)?.areaCode).toBe('IN')
    expect(model.counts.within).toBe(1)
  })

  it('narrows the funnel as the population grows, around the target', () => {
    const model = buildFunnelModel([p('A', 60, 10_000), p('B', 80, 200_000)], 70)
    const first = model.limits[0]
    const last = model.limits.at(-1)
    expect((first?.upper95 ?? 0) - (first?.lower95 ?? 0)).toBeGreaterThan((last?.upper95 ?? 0) - (last?.lower95 ?? 0))
    expect(first?.population).toBeCloseTo(8000, 6)
    expect(last?.population).toBeCloseTo(220_000, 6)
    expect(model.rateDomain[0]).toBe(0)
  })

  it('leaves out authorities without a rate or population, naming them', () => {
    const model = buildFunnelModel([p('A', null, 10_000), p('B', 50, null), p('C', 50, 0)], 70)
    expect(model.points).toEqual([])
    expect(model.missing).toEqual(['A', 'B', 'C'])
  })
})
