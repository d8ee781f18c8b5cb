import { describe, expect, it } from 'vitest'
import {
  buildChoropleth,
  CLASS_COUNT,
  describeMissing,
  fillFor,
  formatClassRange,
  quantileSorted,
  statusOf,
  type AreaDatum,
} from './choropleth'
import { CHOROPLETH_PALETTE, NO_DATA_FILL, SUPPRESSED_FILL } from './palette'

const datum = (areaCode: string, value: number | null, flag: AreaDatum['flag'] = null): AreaDatum => ({
  areaCode,
  value,
  flag,
})
const none = new Set<string>()

describe('quantileSorted', () => {
  it('interpolates between neighbours like d3.quantileSorted (R-7)', () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.2)).toBeCloseTo(1.8)
    expect(quantileSorted([10], 0.5)).toBe(10)
    expect(quantileSorted([1, 3], 1)).toBe(3)
  })
  it('refuses an empty list', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError)
  })
})

describe('buildChoropleth', () => {
  it('puts ten distinct values into five classes of two, light to dark', () => {
    const data = Array.from({ length: 10 }, (_, i) => datum(`A${i}`, i + 1))
    const c = buildChoropleth(data, none)
    expect(c.classes).toHaveLength(CLASS_COUNT)
    expect(c.classes.map((k) => [k.min, k.max, k.count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ])
    expect(c.classes.map((k) => k.colour)).toEqual([...CHOROPLETH_PALETTE])
    expect(c.classOf.get('A0')).toBe(0)
    expect(c.classOf.get('A9')).toBe(4)
    expect(c.breakCount).toBe(10)
  })

  it('leaves nulls and flagged nulls out of the breaks and the classes', () => {
    const data = [datum('A', 1), datum('B', null), datum('C', null, 'c'), datum('D', 2)]
    const c = buildChoropleth(data, none)
    expect(c.breakCount).toBe(2)
    expect(c.classOf.has('B')).toBe(false)
    expect(c.classOf.has('C')).toBe(false)
    expect(c.classes.reduce((n, k) => n + k.count, 0)).toBe(2)
  })

  it('drops coinciding breaks when values tie, so no class is empty and the classes still span the palette', () => {
    const data = [...Array.from({ length: 8 }, (_, i) => datum(`T${i}`, 5)), datum('X', 9), datum('Y', 12)]
    const c = buildChoropleth(data, none)
    expect(c.classes.every((k) => k.count > 0)).toBe(true)
    expect(c.classes.length).toBeLessThan(CLASS_COUNT)
    expect(c.classes[0]).toMatchObject({ min: 5, max: 5, count: 8, colour: CHOROPLETH_PALETTE[0] })
    expect(c.classes.at(-1)?.colour).toBe(CHOROPLETH_PALETTE[CLASS_COUNT - 1])
    // tied values always share a class
    expect(new Set(data.slice(0, 8).map((d) => c.classOf.get(d.areaCode))).size).toBe(1)
  })

  it('gives a single class when every value ties', () => {
    const c = buildChoropleth([datum('A', 3), datum('B', 3)], none)
    expect(c.classes).toEqual([{ index: 0, colour: CHOROPLETH_PALETTE[0], min: 3, max: 3, count: 2 }])
  })

  it('has no classes when nothing has a value', () => {
    const c = buildChoropleth([datum('A', null, 'x')], none)
    expect(c.classes).toEqual([])
    expect(c.breakCount).toBe(0)
  })

  it('computes breaks without the excluded authorities but still colours them, widening the end class', () => {
    const data = [...Array.from({ length: 10 }, (_, i) => datum(`A${i}`, i + 1)), datum('E09000001', 500)]
    const c = buildChoropleth(data, new Set(['E09000001']))
    expect(c.breakCount).toBe(10)
    expect(c.excludedFromBreaks).toEqual(['E09000001'])
    expect(c.classOf.get('E09000001')).toBe(4)
    expect(c.classes[4]).toMatchObject({ min: 9, max: 500, count: 3 })
    // the same values with the outlier counted in the breaks would shift them
    expect(buildChoropleth(data, none).thresholds).not.toEqual(c.thresholds)
  })
})

describe('fillFor and statusOf', () => {
  const c = buildChoropleth([datum('A', 1), datum('B', 2)], none)
  it('fills a value with its class colour', () => {
    expect(fillFor(c, datum('B', 2))).toBe(c.classes[1]?.colour)
  })
  it('hatches a suppressed figure (c or low) and greys a missing one', () => {
    expect(fillFor(c, datum('S', null, 'c'))).toBe(SUPPRESSED_FILL)
    expect(fillFor(c, datum('L', null, 'low'))).toBe(SUPPRESSED_FILL)
    expect(fillFor(c, datum('X', null, 'x'))).toBe(NO_DATA_FILL)
    expect(fillFor(c, undefined)).toBe(NO_DATA_FILL)
    expect(statusOf(datum('U', 4, 'u'))).toBe('value')
  })
  it('spells out why a figure is missing', () => {
    expect(describeMissing(datum('S', null, 'c'))).toBe('suppressed to protect confidentiality')
    expect(describeMissing(datum('X', null, 'x'))).toBe('not available')
    expect(describeMissing(undefined)).toBe('no figure published')
  })
})

describe('formatClassRange', () => {
  it('states both ends, or one value when they round the same', () => {
    const f = (v: number) => v.toFixed(1)
    expect(formatClassRange({ min: 1, max: 2.25 }, f)).toBe('1.0 to 2.3')
    expect(formatClassRange({ min: 3.01, max: 3.04 }, f)).toBe('3.0')
  })
})
