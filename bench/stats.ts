/** Median and spread of repeated timings, as the benchmark reports them. */
export interface TimingSummary {
  runs: number
  median: number
  min: number
  max: number
  p95?: number
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const a = sorted[lower] ?? NaN
  const b = sorted[upper] ?? NaN
  return a + (b - a) * (position - lower)
}

export function summarise(samples: readonly number[], withP95 = false): TimingSummary {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  const summary: TimingSummary = {
    runs: sorted.length,
    median: round(quantile(sorted, 0.5)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
  }
  if (withP95) summary.p95 = round(quantile(sorted, 0.95))
  return summary
}
