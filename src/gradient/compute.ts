import { exactPoissonInterval } from '../stats/exactPoissonCi'
import { fitPoissonRegression, type PoissonRegressionFit } from '../stats/poissonRegression'
import { moveCountsTo2021 } from './apportion'
import { decileStatus, STATUS_TEXT } from './disclosure'
import type { ValidRow } from './validate'
import type { DecileResult, GradientReference, GradientSummary, Measure, MeasureResult } from './types'

const PER = 10_000

/** A neighbourhood ready to be summed: its decile, children, and the count from the file (null = unknown). */
export interface NeighbourhoodCount {
  decile: number
  children: number
  count: number | null
  /** The file's neighbourhoods behind the count (one, or several after a move between LSOA years). */
  sources: readonly string[]
}

/** Totals per decile with the disclosure rule applied, rates per 10,000 children and exact 95% intervals. */
export function decileRates(neighbourhoods: readonly NeighbourhoodCount[]): DecileResult[] {
  return Array.from({ length: 10 }, (_, i) => {
    const decile = i + 1
    const inDecile = neighbourhoods.filter((n) => n.decile === decile)
    const counted = inDecile.filter((n) => n.count !== null)
    const count = counted.reduce((s, n) => s + (n.count ?? 0), 0)
    const children = counted.reduce((s, n) => s + n.children, 0)
    const sources = new Set(counted.flatMap((n) => n.sources))
    const status = decileStatus(sources.size, count)
    const base = { decile, neighbourhoods: inDecile.length, counted: counted.length, children, status }
    if (status !== 'shown' || children <= 0) return { ...base, count: null, rate: null, lower: null, upper: null }
    const ci = exactPoissonInterval(count)
    return {
      ...base,
      count,
      rate: (count / children) * PER,
      lower: (ci.lower / children) * PER,
      upper: (ci.upper / children) * PER,
    }
  })
}

const summarise = (fit: PoissonRegressionFit | null, deciles: number[]): GradientSummary | null =>
  fit ? { multiplier: fit.multiplier, lower: fit.multiplierLower, upper: fit.multiplierUpper, deciles } : null

/**
 * The gradient in one number: Poisson regression of the shown deciles' counts on the step of deprivation (decile 10
 * = step 0 … decile 1 = step 9), with the log of the decile's children as offset. The multiplier is how many times
 * higher the rate is for each decile step towards the most deprived.
 */
export function gradientOf(deciles: readonly DecileResult[]): GradientSummary | null {
  const shown = deciles.filter((d) => d.status === 'shown' && d.count !== null)
  const fit = fitPoissonRegression(shown.map((d) => ({ x: 10 - d.decile, count: d.count ?? 0, exposure: d.children })))
  return summarise(
    fit,
    shown.map((d) => d.decile),
  )
}

/** CWIP's national rates refitted the same way; its deciles hold roughly equal numbers of children, so equal weights. */
export function cwipGradientOf(rates: readonly number[]): GradientSummary | null {
  return summarise(
    fitPoissonRegression(rates.map((rate, i) => ({ x: 9 - i, count: rate, exposure: PER }))),
    rates.map((_, i) => i + 1),
  )
}

/** Rate in the most deprived fifth (deciles 1-2) over the least deprived fifth (9-10), shown deciles only. */
export function fifthRatioOf(deciles: readonly DecileResult[]): MeasureResult['fifthRatio'] {
  const pooled = (wanted: number[]) => {
    const shown = deciles.filter((d) => wanted.includes(d.decile) && d.status === 'shown')
    const count = shown.reduce((s, d) => s + (d.count ?? 0), 0)
    const children = shown.reduce((s, d) => s + d.children, 0)
    return { rate: children > 0 ? count / children : null, used: shown.map((d) => d.decile) }
  }
  const most = pooled([1, 2])
  const least = pooled([9, 10])
  if (most.rate === null || least.rate === null || least.rate === 0) return null
  return { ratio: most.rate / least.rate, mostDeprived: most.used, leastDeprived: least.used }
}

const deciles = (list: number[]) =>
  list.length === 1
    ? `Decile ${list[0]} is`
    : `Deciles ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]} are`

/** Notes on the deciles left out of the ratio and the gradient, by reason. */
export function leftOutNotes(results: readonly DecileResult[]): string[] {
  const notes: string[] = []
  for (const status of ['fewer-than-10', 'one-neighbourhood', 'none'] as const) {
    const list = results.filter((d) => d.status === status && d.neighbourhoods > 0).map((d) => d.decile)
    if (list.length) notes.push(`${deciles(list)} left out of the ratio and the gradient: ${STATUS_TEXT[status]}.`)
  }
  const empty = results.filter((d) => d.neighbourhoods === 0).map((d) => d.decile)
  if (empty.length) notes.push(`${deciles(empty)} not represented: the authority has no neighbourhood there.`)
  return notes
}

export interface NeighbourhoodTable {
  /** The neighbourhoods of the year the figures are computed on, with deciles and children (published data). */
  codes: readonly string[]
  deciles: readonly number[]
  children: readonly number[]
}

/**
 * The neighbourhoods to sum for one measure: the file's counts matched to the authority's LSOAs of the year, moved
 * from 2011 to 2021 codes first when asked. Neighbourhoods missing from the file, or with a suppressed or blank
 * count, are unknown: left out of both the count and the children.
 */
export function neighbourhoodCounts(
  rows: readonly ValidRow[],
  measure: Measure,
  table: NeighbourhoodTable,
  move: { reference: GradientReference } | null,
): NeighbourhoodCount[] {
  const counts = new Map(rows.map((r) => [r.code, r.values[measure] ?? null]))
  if (move) {
    const moved = moveCountsTo2021(counts, move.reference.lsoa11.codes, move.reference.lsoa11to21)
    return table.codes.map((code, i) => {
      const entry = moved.get(code)
      return {
        decile: table.deciles[i] ?? 0,
        children: table.children[i] ?? 0,
        count: entry ? entry.count : null,
        sources: entry?.sources ?? [],
      }
    })
  }
  return table.codes.map((code, i) => ({
    decile: table.deciles[i] ?? 0,
    children: table.children[i] ?? 0,
    count: counts.has(code) ? (counts.get(code) ?? null) : null,
    sources: [code],
  }))
}
