import { describe, expect, it } from 'vitest'
import type { ExportPicture } from '../../../charts/shared/exportLayout'
import { buildAreaMap } from '../../../map/buildAreaMap'
import type { LegendItem } from '../../../map/MapLegend'
import { CHOROPLETH_PALETTE, NO_DATA_FILL, SUPPRESSED_FILL } from '../../../map/palette'
import { testIndicator } from '../../../testing/testIndicator'
import { testSeries } from '../../../testing/testSeries'
import { testArea } from '../../../testing/testAreas'
import { mapYearPictures, scaleLegend, scaleOfYear, shortYearLabel } from './mapYearPictures'

// Six authorities in 2024, one of them (E06000063) new that year; 2023 has a suppressed and a missing figure.
const AREAS = [
  ...['E09000002', 'E09000003', 'E09000004', 'E09000005', 'E09000006'].map((code) => testArea(code)),
  testArea('E06000063', { name: 'Cumberland', firstYear: 2024 }),
]
const BOUNDARIES = AREAS.map((a) => ({ code: a.code, name: a.name, firstYear: a.firstYear }))
const SERIES = testSeries(
  [2023, 2024],
  {
    E09000002: [5, 10],
    E09000003: [20, 20],
    E09000004: [null, 30],
    E09000005: [null, 40],
    E09000006: [100, 50],
    E06000063: [null, 60],
  },
  {
    id: 'cla_rate',
    flags: { E09000004: ['c', null] },
    england: [40, 45],
  },
)
const INDICATOR = testIndicator('cla_rate')
const reference = buildAreaMap(BOUNDARIES, AREAS, SERIES, INDICATOR, 2024)

function drawYears() {
  const calls: { codes: readonly string[]; fills: Map<string, string | undefined>; legend: readonly LegendItem[] }[] =
    []
  const frames = mapYearPictures({
    boundaries: BOUNDARIES,
    areas: AREAS,
    series: SERIES,
    indicator: INDICATOR,
    years: [2023, 2024],
    reference,
    picture: (codes, fillOf, legend, description): ExportPicture => {
      calls.push({ codes, fills: new Map(codes.map((c) => [c, fillOf(c)])), legend })
      return { markup: '', viewBox: { x: 0, y: 0, width: 1, height: 1 }, legend: [], description }
    },
    format: String,
    title: (year) => `CLA rate, ${year}`,
    describe: (year) => `Map of the CLA rate, ${year}`,
  })
  return { frames, calls }
}

describe('scaleOfYear and scaleLegend', () => {
  it("keeps the shown year's quintile thresholds, each class labelled by its fixed bounds", () => {
    // Quintiles of 10, 20, …, 60: 20, 30, 40, 50.
    const scale = scaleOfYear(reference)
    expect(scale).toEqual({ year: 2024, thresholds: [20, 30, 40, 50], colours: [...CHOROPLETH_PALETTE] })
    expect(scaleLegend(scale, [5, 20, 100], String)).toEqual([
      { fill: CHOROPLETH_PALETTE[0], label: 'under 20', count: 1 },
      { fill: CHOROPLETH_PALETTE[1], label: '20 to under 30', count: 1 },
      { fill: CHOROPLETH_PALETTE[2], label: '30 to under 40', count: 0 },
      { fill: CHOROPLETH_PALETTE[3], label: '40 to under 50', count: 0 },
      { fill: CHOROPLETH_PALETTE[4], label: '50 or more', count: 1 },
    ])
  })
})

describe('mapYearPictures', () => {
  it('colours every year on the shown year’s scale, so a change of colour is a change of figure', () => {
    const { frames, calls } = drawYears()
    expect(frames.map((f) => f.label)).toEqual(['2023', '2024'])
    // Each year is titled as the view titles the map at that year, so a slide's title names the year it shows.
    expect(frames.map((f) => f.title)).toEqual(['CLA rate, 2023', 'CLA rate, 2024'])
    const [before, shown] = calls
    // The shown year is the map as the view colours it.
    for (const a of reference.areas) expect(shown?.fills.get(a.boundaryCode)).toBe(a.fill)
    // 20 stays in its class; 100 (above every 2024 figure) is in the top one; 5 in the lowest.
    expect(before?.fills.get('E09000003')).toBe(shown?.fills.get('E09000003'))
    expect(before?.fills.get('E09000006')).toBe(CHOROPLETH_PALETTE[4])
    expect(before?.fills.get('E09000002')).toBe(CHOROPLETH_PALETTE[0])
  })

  it('keeps withheld and missing figures as such, and does not draw an authority in a year before it existed', () => {
    const { calls } = drawYears()
    const before = calls[0]
    expect(before?.fills.get('E09000004')).toBe(SUPPRESSED_FILL)
    expect(before?.fills.get('E09000005')).toBe(NO_DATA_FILL)
    expect(before?.codes).not.toContain('E06000063')
    expect(before?.legend.map((l) => `${l.label} (${l.count})`)).toEqual([
      'under 20 (1)',
      '20 to under 30 (1)',
      '30 to under 40 (0)',
      '40 to under 50 (0)',
      '50 or more (1)',
      'Suppressed (withheld by the publisher) (1)',
      'No figure (not available or not published) (1)',
    ])
  })

  it('says which scale it uses, under the legend and in the alt text', () => {
    const { frames } = drawYears()
    const note =
      "Same colours in every year: the classes of year ending 31 March 2024 (quintiles of that year's figures), so a change of colour is a change of figure."
    expect(frames[0]?.picture.legendNote).toBe(note)
    expect(frames[0]?.picture.description).toBe(`Map of the CLA rate, 2023. ${note}`)
  })
})

describe('shortYearLabel', () => {
  it('writes the year alone where that is unambiguous, the span where the year is a period', () => {
    expect(shortYearLabel(2014, '31 March')).toBe('2014')
    expect(shortYearLabel(2014, 'edition')).toBe('2014')
    expect(shortYearLabel(2025, 'financial year')).toBe('2024-25')
    expect(shortYearLabel(2025, 'academic year')).toBe('2024/25')
    expect(shortYearLabel(2016, 'three-year period')).toBe('2014-16')
  })
})
