import { fitOls, predictionInterval, predictOls, type OlsFit } from './ols'

// The adjustment is fitted on the logarithm of the figures. Every measure adjusted here (rates, percentages, £ per
// child) is non-negative and spreads more where it is higher; a straight line through the raw figures gave expected
// values, 95% ranges and even adjusted figures below zero (an adjusted s47 rate of −8.7 per 10,000). On the log scale
// the line is a curve that stays above zero, the ranges are wider above than below, and the adjustment is a ratio: an
// authority 30% above what its deprivation predicts is adjusted to 30% above what average deprivation predicts.

/** An authority's indicator value and deprivation score for one year. */
export interface AdjustmentInput {
  areaCode: string
  value: number | null
  deprivation: number | null
}

export interface AdjustedValue {
  areaCode: string
  value: number
  /** The value expected given the authority's deprivation (the fitted curve). */
  expected: number
  /** value ÷ expected: 1.3 is 30% above what its deprivation predicts. */
  ratio: number
  /** 95% prediction interval for a value at this deprivation (never below zero). */
  lower: number
  upper: number
  /** reference × ratio: the value had the authority been averagely deprived. */
  adjusted: number
  /** The adjusted value's 95% range: reference × value ÷ upper to reference × value ÷ lower. */
  adjustedLower: number
  adjustedUpper: number
}

export interface DeprivationAdjustment {
  /** Least squares of ln(value) on deprivation. */
  fit: OlsFit
  /** The curve at the mean deprivation of the authorities fitted: what an averagely deprived authority would have. */
  reference: number
  /** Authorities whose value is 0: no logarithm, so left out of the fit; they are adjusted all the same (0 stays 0). */
  zeros: string[]
  values: AdjustedValue[]
}

/** The fitted curve at deprivation x: exp(intercept + slope·x). */
export function expectedValue(fit: OlsFit, x: number): number {
  return Math.exp(predictOls(fit, x))
}

/** The 95% prediction interval on the log scale, back-transformed: positive, and wider above than below. */
export function predictionRange(fit: OlsFit, x: number): { lower: number; upper: number } {
  const { lower, upper } = predictionInterval(fit, x)
  return { lower: Math.exp(lower), upper: Math.exp(upper) }
}

/**
 * docs/architecture.md, "Statistics", with rates kept non-negative: per year, least squares of ln(value) on deprivation
 * across authorities; each authority's expected value, ratio to it and 95% prediction interval; adjusted = the curve at
 * average deprivation × the ratio. Areas without both figures are left out; zeros are left out of the fit only.
 */
export function adjustForDeprivation(inputs: readonly AdjustmentInput[]): DeprivationAdjustment | null {
  const usable = inputs.filter(
    (i): i is AdjustmentInput & { value: number; deprivation: number } =>
      i.value !== null && i.deprivation !== null && i.value >= 0,
  )
  const positive = usable.filter((i) => i.value > 0)
  const fit = fitOls(positive.map((i) => ({ x: i.deprivation, y: Math.log(i.value) })))
  if (!fit) return null
  const reference = expectedValue(fit, fit.meanX)
  return {
    fit,
    reference,
    zeros: usable.filter((i) => i.value === 0).map((i) => i.areaCode),
    values: usable.map((i) => {
      const expected = expectedValue(fit, i.deprivation)
      const { lower, upper } = predictionRange(fit, i.deprivation)
      const ratio = i.value / expected
      return {
        areaCode: i.areaCode,
        value: i.value,
        expected,
        ratio,
        lower,
        upper,
        adjusted: reference * ratio,
        adjustedLower: (reference * i.value) / upper,
        adjustedUpper: (reference * i.value) / lower,
      }
    }),
  }
}
