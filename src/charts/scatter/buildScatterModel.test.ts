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
  const fit = fitOls(inputs.flatMap((i) => (i.x !== null && i.y !== null ? [{ x: i.x, y: i.y }] : [])))

  it('draws others first and highlighted points last, listing authorities without both figures', () => {
    const model = buildScatterModel(inputs, fit)
    expect(model.points.map((q) => q.areaCode)).toEqual(['A', 'B', 'N', 'S'])
    expect(model.missing).toEqual(['M'])
    expect(model.xDomain).toEqual([10, 40])
  })

  it('runs the fitted line across the x range and a band that is narrowest near the mean of x', () => {
    const model = buildScatterModel(inputs, fit)
    expect(model.line?.[0].y).toBeCloseTo((fit?.intercept ?? 0) + (fit?.slope ?? 0) * 10, 10)
    const widths = model.band.map((b) => b.upper - b.lower)
    const narrowest = model.band[widths.indexOf(Math.min(...widths))]
    expect(narrowest?.x).toBeCloseTo(25, 0)
    expect(model.band[0]?.lower).toBeLessThan(model.line?.[0].y ?? 0)
    expect(model.yDomain[0]).toBeLessThanOrEqual(0)
    expect(model.yDomain[1]).toBeGreaterThanOrEqual(90)
  })

  it('has no line or band without a fit', () => {
    const model = buildScatterModel([p('A', 1, 1)], null)
    expect(model.line).toBeNull()
    expect(model.band).toEqual([])
    expect(buildScatterModel([], null).xDomain).toEqual([0, 1])
  })
})
