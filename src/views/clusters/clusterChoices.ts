import { idsWithRole } from '../../model/indicators'
import type { Indicator } from '../../schema/indicators'
import type { DashboardState } from '../../state/dashboardState'
import type { ClusterBasis } from './buildClusters'

/** The indicators the page clusters on: the URL's list, else the headline outcomes the small multiples show. */
export function chosenIndicatorIds(indicators: readonly Indicator[], state: Pick<DashboardState, 'indicators'>) {
  return state.indicators.length ? state.indicators : idsWithRole(indicators, 'smallMultiples')
}

/** The years offered for the chosen indicators, and the basis the page clusters on. */
export interface ClusterYears {
  /** Years at least one chosen indicator has figures for, from the first year every one has figures. */
  offered: number[]
  basis: ClusterBasis
}

/** A span of five years, when the figures allow: long enough for a trend, short enough to be about now. */
const DEFAULT_SPAN = 5

/**
 * Which years can be chosen and which are: each indicator's years with figures (`years`, ascending) give the offer,
 * from the latest first year to the latest last year, so no year is offered before an indicator starts. Levels
 * default to the latest year every indicator has reached; change to the five years up to it. A year asked for in the
 * URL that is not offered falls back to the default. Null when no indicator has figures.
 */
export function resolveClusterYears(
  years: readonly (readonly number[])[],
  wanted: { kind: 'levels' | 'change'; year: number | null; from: number | null; to: number | null },
): ClusterYears | null {
  const withFigures = years.filter((y) => y.length > 0)
  if (withFigures.length === 0) return null
  const start = Math.max(...withFigures.map((y) => y[0] as number))
  const end = Math.max(...withFigures.map((y) => y.at(-1) as number))
  const latestCommon = Math.max(start, Math.min(...withFigures.map((y) => y.at(-1) as number)))
  const offered = [...new Set(withFigures.flat())].filter((y) => y >= start && y <= end).sort((a, b) => a - b)
  const pick = (year: number | null, fallback: number) => (year !== null && offered.includes(year) ? year : fallback)
  const latest = offered.filter((y) => y <= latestCommon).at(-1) ?? (offered[0] as number)
  if (wanted.kind === 'levels') return { offered, basis: { kind: 'levels', year: pick(wanted.year, latest) } }
  const to = pick(wanted.to, latest)
  const earlier = offered.filter((y) => y < to)
  const from = pick(
    wanted.from !== null && wanted.from < to ? wanted.from : null,
    earlier.filter((y) => y <= to - DEFAULT_SPAN).at(-1) ?? earlier[0] ?? to,
  )
  return { offered, basis: { kind: 'change', from, to } }
}
