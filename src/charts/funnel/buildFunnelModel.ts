import {
  classifyAgainstFunnel,
  estimateOverdispersion,
  funnelLimits,
  type FunnelLimits,
  type FunnelPosition,
  type Overdispersion,
} from '../../stats/funnel'
import type { ScatterRole } from '../scatter/buildScatterModel'

export interface FunnelInput {
  areaCode: string
  label: string
  /** Rate per 10,000 children. */
  rate: number | null
  /** Child population 0-17, the rate's denominator. */
  population: number | null
  role: ScatterRole
}

export interface FunnelPoint extends FunnelInput {
  rate: number
  population: number
  position: FunnelPosition
}

export interface FunnelModel {
  target: number
  points: FunnelPoint[]
  missing: string[]
  /** Limits sampled along the population axis (log-spaced), for drawing the funnel. */
  limits: FunnelLimits[]
  populationDomain: [number, number]
  rateDomain: [number, number]
  /** How many authorities fall in each position. */
  counts: Record<FunnelPosition, number>
  /** The spread between authorities the limits allow for (τ² = 0: none beyond chance, or too few authorities). */
  dispersion: Overdispersion
  /** How many authorities plain Poisson limits (no spread between councils) would put outside the 99.8% limits. */
  poissonOutside998: number
}

const STEPS = 60
const ROLE_ORDER: Record<ScatterRole, number> = { other: 0, neighbour: 1, selected: 2 }

/**
 * A funnel plot: each authority's rate against its child population, with 95% and 99.8% limits around the target
 * (England's) rate that allow for the real spread between authorities (overdispersion estimated from the authorities
 * plotted, src/stats/funnel). Points outside the 99.8% limits differ from England by more than chance and the usual
 * variation between councils would explain.
 */
export function buildFunnelModel(inputs: readonly FunnelInput[], target: number): FunnelModel {
  const plotted = inputs.filter(
    (p): p is FunnelInput & { rate: number; population: number } =>
      p.rate !== null && p.population !== null && p.population > 0,
  )
  const dispersion = estimateOverdispersion(plotted, target) ?? { units: plotted.length, phi: 1, tau2: 0 }
  const points = plotted
    .map((p): FunnelPoint => ({
      ...p,
      position: classifyAgainstFunnel(p.rate, funnelLimits(target, p.population, dispersion.tau2)),
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.label.localeCompare(b.label))
  const missing = inputs.filter((p) => !points.some((q) => q.areaCode === p.areaCode)).map((p) => p.label)
  const pops = points.map((p) => p.population)
  const low = pops.length ? Math.min(...pops) * 0.8 : 1000
  const high = pops.length ? Math.max(...pops) * 1.1 : 100_000
  const limits = Array.from({ length: STEPS + 1 }, (_, i) =>
    funnelLimits(target, low * (high / low) ** (i / STEPS), dispersion.tau2),
  )
  const rates = [...points.map((p) => p.rate), ...limits.flatMap((l) => [l.lower998, l.upper998]), target]
  const counts: Record<FunnelPosition, number> = {
    'above 99.8%': 0,
    'above 95%': 0,
    within: 0,
    'below 95%': 0,
    'below 99.8%': 0,
  }
  for (const p of points) counts[p.position] += 1
  return {
    target,
    points,
    missing,
    limits,
    populationDomain: [low, high],
    rateDomain: [0, Math.max(...rates)],
    counts,
    dispersion,
    poissonOutside998: points.filter((p) =>
      classifyAgainstFunnel(p.rate, funnelLimits(target, p.population, 0)).endsWith('99.8%'),
    ).length,
  }
}
