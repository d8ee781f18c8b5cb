import { unitHeading, type FormatSpec } from '../shared/format'
import { buildTrendSeries, type TrendLineInput, type TrendModel } from '../trend/buildTrendSeries'

/** One indicator's panel: a few lines (authority, group summary, England) on its own y scale. */
export interface SmallMultipleInput {
  key: string
  title: string
  spec: FormatSpec
  /** What the values are when the unit alone does not say (e.g. "ratio to England (England = 1)"). */
  valueLabel?: string
  lines: readonly TrendLineInput[]
}

export interface SmallMultiplePanel {
  key: string
  title: string
  spec: FormatSpec
  /** The panel's unit as headings write it: the input's value label, else the unit's heading. */
  unitText: string
  trend: TrendModel
  /** Each line's latest value in the shared span, with its year (the table twin shows these). */
  latest: { key: string; label: string; year: number | null; value: number | null }[]
  /** y domain starting at zero (rates, money and counts are compared from zero), or null with no data. */
  domain: [number, number] | null
}

export interface SmallMultiplesModel {
  firstYear: number
  lastYear: number
  panels: SmallMultiplePanel[]
}

/**
 * Builds small multiples over one shared span of years (so panels line up), each panel on its own scale unless
 * `sharedScale` (for one indicator across several authorities).
 * Panels whose lines have no figure at all are dropped rather than drawn empty.
 */
export function buildSmallMultiples(
  inputs: readonly SmallMultipleInput[],
  options: { firstYear: number; lastYear: number; sharedScale?: boolean },
): SmallMultiplesModel {
  const panels = inputs.flatMap((input): SmallMultiplePanel[] => {
    const trend = buildTrendSeries(input.lines, options)
    if (!trend.extent) return []
    const latest = trend.series.map((s) => {
      const last = [...s.points].reverse().find((p) => p.value !== null)
      return { key: s.key, label: s.label, year: last?.year ?? null, value: last?.value ?? null }
    })
    return [
      {
        key: input.key,
        title: input.title,
        spec: input.spec,
        unitText: input.valueLabel ?? unitHeading(input.spec),
        trend,
        latest,
        domain: [Math.min(0, trend.extent[0]), trend.extent[1] === 0 ? 1 : Math.max(0, trend.extent[1])],
      },
    ]
  })
  if (options.sharedScale && panels.length) {
    // One scale for every panel when they show the same indicator, so heights compare across panels.
    const shared: [number, number] = [
      Math.min(...panels.map((p) => p.domain?.[0] ?? 0)),
      Math.max(...panels.map((p) => p.domain?.[1] ?? 1)),
    ]
    for (const p of panels) p.domain = shared
  }
  return { firstYear: options.firstYear, lastYear: options.lastYear, panels }
}
