import { fitOls, predictionInterval, predictOls, type OlsFit } from './ols'

/** An authority's indicator value and deprivation score for one year. */
export interface AdjustmentInput {
  areaCode: string
  value: number | null
  deprivation: number | null
}

export interface AdjustedValue {
  areaCode: string
  value: number
  /** The value expected given the authority's deprivation (the regression line). */
  expected: number
  /** value − expected. */
  residual: number
  /** 95% prediction interval for a value at this deprivation. */
  lower: number
  upper: number
  /** England mean (of authorities in the regression) + residual: the value had the authority been averagely deprived. */
  adjusted: number
}

export interface DeprivationAdjustment {
  fit: OlsFit
  /** Mean of the values regressed (the "mean of LAs", not England's published figure). */
  meanOfAreas: number
  values: AdjustedValue[]
}

/**
 * docs/architecture.md, "Statistics": per year, OLS of the indicator on deprivation across authorities; expected value, residual and 95%
 * prediction interval for each; adjusted = mean of authorities + residual. Areas without both figures are left out.
 */
export function adjustForDeprivation(inputs: readonly AdjustmentInput[]): DeprivationAdjustment | null {
  const usable = inputs.filter(
    (i): i is AdjustmentInput & { value: number; deprivation: number } => i.value !== null && i.deprivation !== null,
  )
  const fit = fitOls(usable.map((i) => ({ x: i.deprivation, y: i.value })))
  if (!fit) return null
  const meanOfAreas = usable.reduce((s, i) => s + i.value, 0) / usable.length
  return {
    fit,
    meanOfAreas,
    values: usable.map((i) => {
      const expected = predictOls(fit, i.deprivation)
      const { lower, upper } = predictionInterval(fit, i.deprivation)
      return {
        areaCode: i.areaCode,
        value: i.value,
        expected,
        residual: i.value - expected,
        lower,
        upper,
        adjusted: meanOfAreas + i.value - expected,
      }
    }),
  }
}
