import { formatNumber } from '../../charts/shared/format'
import type { NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import type { MultipleRegression } from '../../stats/multipleRegression'

/** Significant figures for a coefficient: enough to read, never a long tail. */
function readable(v: number): string {
  const a = Math.abs(v)
  return formatNumber(v, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 5)
}

/**
 * The regression in plain English: what each coefficient says with the others held equal, whether its interval
 * includes no difference, how much the predictors explain, and why none of it is a cause or a statement about
 * individual families (the ecological fallacy).
 */
export function describeRegression(
  fit: MultipleRegression,
  outcome: NeighbourhoodVariable,
  predictors: readonly NeighbourhoodVariable[],
): string[] {
  const held = predictors.length > 1 ? ', with the other predictors held equal' : ''
  const sentences = predictors.map((p, j) => {
    const c = fit.coefficients[j + 1]
    if (!c) return ''
    const direction = c.estimate >= 0 ? 'higher' : 'lower'
    const per =
      p.kind === 'binary'
        ? `A ${p.categories?.[1]?.toLowerCase() ?? '1'} neighbourhood, against ${p.categories?.[0]?.toLowerCase() ?? '0'},`
        : `Each 1 more of ${p.shortLabel} (${p.unit})`
    const interval = `95% interval ${readable(c.lower)} to ${readable(c.upper)}`
    const verdict =
      c.lower <= 0 && c.upper >= 0
        ? 'The interval includes zero: these figures are consistent with no association once the rest is allowed for.'
        : 'The interval does not include zero.'
    return `${per} goes with ${outcome.shortLabel} ${readable(Math.abs(c.estimate))} ${direction} on average${held} (${interval}). ${verdict}`
  })
  const explained = formatNumber(fit.rSquared * 100, 0)
  return [
    ...sentences,
    `Together the predictors account for ${explained}% of the variation in ${outcome.shortLabel} between these ${fit.n.toLocaleString('en-GB')} neighbourhoods (R²).`,
    'This describes how the figures go together across places; it does not show that any predictor causes the outcome. Other things that differ between neighbourhoods, measured here or not, may explain both, and the direction may run the other way.',
    'It is about neighbourhoods, not people: a pattern between areas need not hold for the families who live in them (the ecological fallacy). Neighbourhoods next to each other also resemble each other, so the intervals may be narrower than they should be.',
  ]
}
