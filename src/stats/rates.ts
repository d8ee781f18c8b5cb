/**
 * Rates per 10,000 children as DfE computes them: count / population × 10,000, rounded to the published number of
 * decimals, half away from zero (DfE's convention, dfeR::round_five_up; JavaScript's Math.round rounds -2.5 to -2 and
 * toFixed suffers binary error, so neither is used). Checked against every authority rate in the CLA 2022 and 2025
 * releases and the CIN b1/d1 2022 release: all reproduce exactly (none of them falls exactly on a half).
 */

const PER = 10_000

/**
 * count / population × 10,000 rounded half away from zero to `decimals` places; null when either input is missing,
 * or the population is not positive (a rate of a population of 0 is undefined, not 0 or Infinity).
 */
export function computeRatePer10k(
  count: number | null | undefined,
  population: number | null | undefined,
  decimals: number,
): number | null {
  if (count === null || count === undefined || population === null || population === undefined) return null
  if (!Number.isFinite(count) || !Number.isFinite(population) || population <= 0) return null
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    throw new RangeError(`decimals must be 0-6, got ${decimals}`)
  const scale = 10 ** decimals
  const sign = count < 0 ? -1 : 1
  const numerator = Math.abs(count) * PER * scale
  // Integer inputs: exact long division, so a true half (e.g. 1 / 20,000 × 10,000 = 0.5) is recognised as a half.
  if (Number.isInteger(count) && Number.isInteger(population) && Number.isSafeInteger(numerator)) {
    const quotient = Math.floor(numerator / population)
    const remainder = numerator - quotient * population
    const rounded = 2 * remainder >= population ? quotient + 1 : quotient
    return (sign * rounded) / scale || 0
  }
  const scaled = numerator / population
  // Nudge by a relative epsilon so 2.675-style binary representations of a decimal half still round up.
  const rounded = Math.floor(scaled + 0.5 + scaled * Number.EPSILON * 4)
  return (sign * rounded) / scale || 0
}
