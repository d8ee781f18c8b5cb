import { describe, expect, it } from 'vitest'
import { classifyAgainstFunnel, funnelLimits } from '../../stats/funnel'
import { buildFunnelModel, type FunnelInput } from './buildFunnelModel'

const p = (areaCode: string, rate: number | null, population: number | null, role: FunnelInput['role'] = 'other') => ({
  areaCode,
  label: areaCode,
  rate,
  population,
  role,
})

/** 20 authorities of 50,000 children whose rates spread from 49 to 91 per 10,000 around 70: ordinary variation. */
const ordinary = Array.from({ length: 20 }, (_, i) => p(`A${i}`, 49 + (42 * i) / 19, 50_000))

describe('buildFunnelModel', () => {
  it('allows for the spread between authorities, so ordinary variation is not flagged as Poisson limits would', () => {
    const model = buildFunnelModel(ordinary, 70)
    const poissonFlags = ordinary.filter(
      (q) => classifyAgainstFunnel(q.rate ?? 0, funnelLimits(70, 50_000, 0)) !== 'within',
    ).length
    expect(poissonFlags).toBeGreaterThan(10)
    expect(model.dispersion.phi).toBeGreaterThan(1)
    expect(model.dispersion.tau2).toBeGreaterThan(0)
    expect(model.counts['above 99.8%'] + model.counts['below 99.8%']).toBe(0)
    expect(model.poissonOutside998).toBe(
      ordinary.filter((q) => classifyAgainstFunnel(q.rate ?? 0, funnelLimits(70, 50_000, 0)).endsWith('99.8%')).length,
    )
    expect(model.poissonOutside998).toBeGreaterThan(0)
    expect(model.points.filter((q) => q.position !== 'within').length).toBeLessThan(poissonFlags)
  })

  it('still flags an authority far outside the usual spread, against the limits for its own population', () => {
    const model = buildFunnelModel([...ordinary, p('HIGH', 200, 50_000, 'selected')], 70)
    const high = model.points.find((q) => q.areaCode === 'HIGH')
    expect(high?.position).toBe('above 99.8%')
    expect(model.points.at(-1)?.areaCode).toBe('HIGH')
    const limits = funnelLimits(70, 50_000, model.dispersion.tau2)
    for (const q of model.points) expect(q.position).toBe(classifyAgainstFunnel(q.rate, limits))
  })

  it('narrows the funnel as the population grows, around the target, and never below zero', () => {
    const model = buildFunnelModel([p('A', 60, 10_000), p('B', 80, 200_000), p('C', 10, 400)], 70)
    const first = model.limits[0]
    const last = model.limits.at(-1)
    expect((first?.upper95 ?? 0) - (first?.lower95 ?? 0)).toBeGreaterThan((last?.upper95 ?? 0) - (last?.lower95 ?? 0))
    expect(first?.population).toBeCloseTo(320, 6)
    expect(last?.population).toBeCloseTo(220_000, 6)
    expect(model.rateDomain[0]).toBe(0)
    for (const l of model.limits) expect(l.lower998).toBeGreaterThanOrEqual(0)
  })

  it('leaves out authorities without a rate or population, naming them', () => {
    const model = buildFunnelModel([p('A', null, 10_000), p('B', 50, null), p('C', 50, 0)], 70)
    expect(model.points).toEqual([])
    expect(model.missing).toEqual(['A', 'B', 'C'])
    expect(model.dispersion.tau2).toBe(0)
  })
})
