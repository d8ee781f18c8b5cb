import { expectedValue, predictionRange } from '../../stats/deprivationAdjustment'
import type { OlsFit } from '../../stats/ols'

/** How a point is drawn: the authority the page is about, its neighbours, or every other authority. */
export type ScatterRole = 'selected' | 'neighbour' | 'other'

export interface ScatterInput {
  areaCode: string
  label: string
  x: number | null
  y: number | null
  role: ScatterRole
}

export interface ScatterPoint extends ScatterInput {
  x: number
  y: number
}

export interface ScatterModel {
  /** Points with both values, drawn in this order (others first, so highlighted points sit on top). */
  points: ScatterPoint[]
  /** Labels of authorities left out for lack of a figure. */
  missing: string[]
  /** The least-squares fit of ln(y) on x (src/stats/deprivationAdjustment). */
  fit: OlsFit | null
  /** The fitted curve, exp(intercept + slope·x), sampled across the x domain. */
  curve: { x: number; y: number }[]
  /** The 95% prediction band sampled across x: above zero, wider above the curve than below. */
  band: { x: number; lower: number; upper: number }[]
  xDomain: [number, number]
  yDomain: [number, number]
}

const ROLE_ORDER: Record<ScatterRole, number> = { other: 0, neighbour: 1, selected: 2 }
const BAND_STEPS = 40

/**
 * Places a scatter of an indicator against a deprivation score with the fitted curve (least squares on the log scale)
 * and its 95% prediction band (the range a single authority's value would fall in 19 times out of 20 given its
 * deprivation, if the curve holds).
 */
export function buildScatterModel(inputs: readonly ScatterInput[], fit: OlsFit | null): ScatterModel {
  const points = inputs
    .filter((p): p is ScatterPoint => p.x !== null && p.y !== null)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.label.localeCompare(b.label))
  const missing = inputs.filter((p) => p.x === null || p.y === null).map((p) => p.label)
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const xDomain: [number, number] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1]
  const steps =
    fit && xs.length
      ? Array.from({ length: BAND_STEPS + 1 }, (_, i) => xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / BAND_STEPS)
      : []
  const band = fit ? steps.map((x) => ({ x, ...predictionRange(fit, x) })) : []
  const curve = fit ? steps.map((x) => ({ x, y: expectedValue(fit, x) })) : []
  const yAll = [...ys, ...band.flatMap((b) => [b.lower, b.upper])]
  const yDomain: [number, number] = yAll.length ? [Math.min(0, ...yAll), Math.max(...yAll)] : [0, 1]
  return { points, missing, fit, curve, band, xDomain, yDomain }
}
