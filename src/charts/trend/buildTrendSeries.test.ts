import { describe, expect, it } from 'vitest'
import { AREA_COLOURS, ENGLAND_COLOUR } from '../shared/palette'
import { buildTrendSeries, type TrendLineInput } from './buildTrendSeries'

const line = (over: Partial<TrendLineInput>): TrendLineInput => ({
  key: 'a',
  label: 'A',
  role: 'area',
  years: [2020, 2021, 2022, 2023],
  values: [1, 2, 3, 4],
  ...over,
})

describe('buildTrendSeries', () => {
  it('breaks every line before breakAt without marking a gap (the figures change basis there)', () => {
    const model = buildTrendSeries([line({}), line({ key: 'e', role: 'england', values: [5, 6, 7, 8] })], {
      firstYear: 2020,
      lastYear: 2023,
      breakAt: 2022,
    })
    for (const s of model.series) {
      expect(s.segments.map((seg) => seg.map((p) => p.year))).toEqual([
        [2020, 2021],
        [2022, 2023],
      ])
      expect(s.gaps).toEqual([])
    }
  })

  it('breaks every line at an indicator method break inside the chosen years and lists it; breaks outside are left out', () => {
    const note = 'DWP revised its method'
    const model = buildTrendSeries([line({}), line({ key: 'e', role: 'england', values: [5, 6, 7, 8] })], {
      firstYear: 2020,
      lastYear: 2023,
      methodBreaks: [
        { year: 2022, note },
        { year: 2020, note: 'before the first year drawn' },
        { year: 2030, note: 'after the last' },
      ],
    })
    expect(model.methodBreaks).toEqual([{ year: 2022, note }])
    for (const s of model.series) {
      expect(s.segments.map((seg) => seg.map((p) => p.year))).toEqual([
        [2020, 2021],
        [2022, 2023],
      ])
      expect(s.gaps).toEqual([])
    }
    expect(buildTrendSeries([line({})], { firstYear: 2020, lastYear: 2023 }).methodBreaks).toEqual([])
  })

  it('restricts lines to the chosen years and fills years the input lacks with nulls', () => {
    const model = buildTrendSeries([line({})], { firstYear: 2019, lastYear: 2021 })
    expect(model.years).toEqual([2019, 2020, 2021])
    expect(model.series[0]?.points.map((p) => p.value)).toEqual([null, 1, 2])
    expect(model.extent).toEqual([1, 2])
  })

  it('splits a line at a suppressed year and keeps the flag and its meaning as a gap', () => {
    const model = buildTrendSeries([line({ values: [1, null, 3, 4], flags: [null, 'c', null, null] })], {
      firstYear: 2020,
      lastYear: 2023,
    })
    const s = model.series[0]
    expect(s?.segments.map((seg) => seg.map((p) => p.year))).toEqual([[2020], [2022, 2023]])
    expect(s?.gaps).toEqual([
      {
        year: 2021,
        value: null,
        flag: 'c',
        missingReason: 'suppressed to protect confidentiality',
        note: null,
      },
    ])
  })

  it('marks an unflagged hole inside the span as a gap but not the years before the series starts', () => {
    const model = buildTrendSeries([line({ values: [null, 2, null, 4] })], { firstYear: 2020, lastYear: 2023 })
    expect(model.series[0]?.gaps.map((g) => [g.year, g.missingReason])).toEqual([[2022, 'no figure']])
  })

  it('breaks a line before a reorganisation even when both sides have values', () => {
    const model = buildTrendSeries([line({ breakBefore: { year: 2022, note: 'Reorganised' } })], {
      firstYear: 2020,
      lastYear: 2023,
    })
    expect(model.series[0]?.segments.map((seg) => seg.length)).toEqual([2, 2])
    expect(model.series[0]?.breakBefore).toEqual({ year: 2022, note: 'Reorganised' })
  })

  it('says an authority did not exist yet for years before its first year, with no gap marker even if flagged', () => {
    const model = buildTrendSeries(
      [line({ values: [null, null, 3, 4], flags: ['z', 'z', null, null], breakBefore: { year: 2022, note: 'x' } })],
      {
        firstYear: 2020,
        lastYear: 2023,
      },
    )
    expect(model.series[0]?.points[0]?.missingReason).toBe('not applicable')
    expect(model.series[0]?.gaps).toEqual([])
  })

  it('colours areas in palette order and England in the reference colour with a dash', () => {
    const model = buildTrendSeries([line({ key: 'x' }), line({ key: 'e', role: 'england' }), line({ key: 'y' })], {
      firstYear: 2020,
      lastYear: 2023,
    })
    expect(model.series.map((s) => s.colour)).toEqual([AREA_COLOURS[0], ENGLAND_COLOUR, AREA_COLOURS[1]])
    expect(model.series[1]?.dash).not.toBeNull()
  })

  it('has no extent when no line has a value', () => {
    expect(
      buildTrendSeries([line({ values: [null, null, null, null] })], { firstYear: 2020, lastYear: 2023 }).extent,
    ).toBeNull()
    expect(buildTrendSeries([], { firstYear: 2020, lastYear: 2020 }).series).toEqual([])
  })
})
