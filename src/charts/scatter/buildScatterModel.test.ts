import { describe, expect, it } from 'vitest'
import { fitOls } from '../../stats/ols'
import { buildScatterModel, type ScatterInput } from './buildScatterModel'

const p = (areaCode: string, x: number | null, y: number | null, role: ScatterInput['role'] = 'other') => ({
  areaCode,
  label: areaCode,
  x,
  y,
  role,
})

describe('buildScatterModel', () => {
  const inputs = [
    p('S', 20, 50, 'selected'),
    p('A', 10, 30),
    p('N', 30, 62, 'neighbour'),
    p('B', 40, 90),
    p('M', null, 5),
  ]
  const fit = fitOls(inputs.flatMap((i) => (i.x !== null && i.y !== null ? [{ x: i.x, y: Math.log(i.y) }] : [])))

  it('draws others first and highlighted points last, listing authorities without both figures', () => {
    const model = buildScatterModel(inputs, fit)
    expect(model.points.map((q) => q.areaCode)).toEqual(['A', 'B', 'N', 'S'])
    expect(model.missing).toEqual(['M'])
    expect(model.xDomain).toEqual([10, 40])
  })

  it('runs the fitted curve across the x range inside a band that never goes below zero', () => {
    const model = buildScatterModel(inputs, fit)
    expect(model.curve[0]?.y).toBeCloseTo(Math.exp((fit?.intercept ?? 0) + (fit?.slope ?? 0) * 10), 10)
    expect(model.curve.at(-1)?.x).toBe(40)
    // On the log scale the band is narrowest (as a ratio) near the mean of x, 25.
    const ratios = model.band.map((b) => b.upper / b.lower)
    expect(model.band[ratios.indexOf(Math.min(...ratios))]?.x).toBeCloseTo(25, 0)
    model.band.forEach((b, i) => {
      expect(b.lower).toBeGreaterThan(0)
      expect(b.lower).toBeLessThan(model.curve[i]?.y ?? 0)
      expect(b.upper).toBeGreaterThan(model.curve[i]?.y ?? 0)
    })
    expect(model.yDomain[0]).toBe(0)
    expect(model.yDomain[1]).toBeGreaterThanOrEqual(90)
  })

  it('has no line or band without a fit', () => {
    const model = buildScatterModel([p('A', 1, 1)], null)
    expect(model.curve).toEqual([])
    expect(model.band).toEqual([])
    expect(buildScatterModel([], null).xDomain).toEqual([0, 1])
  })
})
