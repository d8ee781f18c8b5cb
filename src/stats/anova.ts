import { fUpperTail } from './fDistribution'
import { studentizedRangeCdf, studentizedRangeQuantile } from './studentizedRange'
import { studentTQuantile } from './studentT'

/** One group's values summarised: its mean with a 95% interval from its own spread (t on n − 1 df). */
export interface GroupMean {
  n: number
  mean: number
  sd: number
  /** Null with a single value (no spread to estimate). */
  ci: { lower: number; upper: number } | null
}

/** A one-way analysis of variance. */
export interface OneWayAnova {
  groups: number
  n: number
  dfBetween: number
  dfWithin: number
  ssBetween: number
  ssWithin: number
  msWithin: number
  f: number
  p: number
}

/** One pair of groups in Tukey's HSD (Tukey-Kramer for unequal sizes), as R's TukeyHSD reports it. */
export interface TukeyComparison {
  /** Indexes of the two groups; the difference is mean(b) − mean(a). */
  a: number
  b: number
  difference: number
  /** Simultaneous 95% interval of the difference. */
  lower: number
  upper: number
  /** The studentized range statistic |difference| / √(MSW/2 · (1/na + 1/nb)). */
  q: number
  /** Adjusted p-value: P(Q ≥ q) for the range of k means on the within-group degrees of freedom. */
  pAdjusted: number
}

function meanOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

/** Mean, SD and 95% interval of one group's values (throws on an empty group). */
export function groupMean(values: readonly number[]): GroupMean {
  const n = values.length
  if (n === 0) throw new RangeError('a group mean needs at least one value')
  const mean = meanOf(values)
  if (n === 1) return { n, mean, sd: 0, ci: null }
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1))
  const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n)
  return { n, mean, sd, ci: { lower: mean - half, upper: mean + half } }
}

/**
 * One-way ANOVA of k groups: F = (SS between / (k − 1)) / (SS within / (N − k)) and its upper-tail p. Throws, saying
 * why, with fewer than two groups, an empty group, or no degrees of freedom within groups (every group a single value).
 */
export function oneWayAnova(groups: readonly (readonly number[])[]): OneWayAnova {
  if (groups.length < 2) throw new RangeError('an analysis of variance needs at least two groups')
  if (groups.some((g) => g.length === 0)) throw new RangeError('every group needs at least one value')
  const n = groups.reduce((s, g) => s + g.length, 0)
  const dfBetween = groups.length - 1
  const dfWithin = n - groups.length
  if (dfWithin < 1) throw new RangeError('the groups need more values than there are groups')
  const grand = groups.reduce((s, g) => s + g.reduce((a, b) => a + b, 0), 0) / n
  let ssBetween = 0
  let ssWithin = 0
  for (const g of groups) {
    const m = meanOf(g)
    ssBetween += g.length * (m - grand) ** 2
    ssWithin += g.reduce((s, v) => s + (v - m) ** 2, 0)
  }
  const msWithin = ssWithin / dfWithin
  const f = msWithin === 0 ? (ssBetween === 0 ? NaN : Infinity) : ssBetween / dfBetween / msWithin
  return {
    groups: groups.length,
    n,
    dfBetween,
    dfWithin,
    ssBetween,
    ssWithin,
    msWithin,
    f,
    p: fUpperTail(f, dfBetween, dfWithin),
  }
}

/**
 * Tukey's honestly significant difference for every pair of groups (Tukey-Kramer: each pair's standard error from
 * its own sizes), with simultaneous 95% intervals that hold for all pairs at once. Uses the ANOVA's pooled
 * within-group variance; needs at least 2 degrees of freedom within groups.
 */
export function tukeyHsd(groups: readonly (readonly number[])[], anova = oneWayAnova(groups)): TukeyComparison[] {
  const k = groups.length
  if (anova.dfWithin < 2) throw new RangeError('Tukey comparisons need at least 2 degrees of freedom within groups')
  const critical = studentizedRangeQuantile(0.95, k, anova.dfWithin)
  const means = groups.map(meanOf)
  const out: TukeyComparison[] = []
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const difference = (means[b] ?? 0) - (means[a] ?? 0)
      const se = Math.sqrt((anova.msWithin / 2) * (1 / (groups[a]?.length ?? 1) + 1 / (groups[b]?.length ?? 1)))
      const q = se === 0 ? (difference === 0 ? 0 : Infinity) : Math.abs(difference) / se
      out.push({
        a,
        b,
        difference,
        lower: difference - critical * se,
        upper: difference + critical * se,
        q,
        pAdjusted: 1 - studentizedRangeCdf(q, k, anova.dfWithin),
      })
    }
  return out
}
