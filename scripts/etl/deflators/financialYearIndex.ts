/** A quarterly index value: `quarter` 1-4 of calendar `year`. */
export interface QuarterValue {
  year: number
  quarter: 1 | 2 | 3 | 4
  value: number
}

/** An index by financial year (year ending March). */
export interface FinancialYearIndex {
  years: number[]
  values: number[]
}

const QUARTER_LABEL = /^(\d{4}) Q([1-4])$/

/** "2024 Q1" → { year: 2024, quarter: 1 }; any other text (annual "2024", monthly "2025 APR") → undefined. */
export function parseQuarterLabel(label: string): { year: number; quarter: 1 | 2 | 3 | 4 } | undefined {
  const match = QUARTER_LABEL.exec(label.trim())
  if (!match) return undefined
  return { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 }
}

/**
 * Financial-year means of a quarterly index, HM Treasury style: the year ending March N is the mean of quarters
 * N-1 Q2, N-1 Q3, N-1 Q4 and N Q1. A year is produced only when all four quarters are present, so the index is never
 * extrapolated past its last quarter (and a gap inside the series leaves its years out). Years are ascending; only the
 * unbroken run ending at the latest complete year is kept, so that the result is consecutive.
 */
export function buildFinancialYearMeans(quarters: readonly QuarterValue[]): FinancialYearIndex {
  const byKey = new Map<string, number>()
  for (const q of quarters) byKey.set(`${q.year} Q${q.quarter}`, q.value)
  const yearEnds = [...new Set(quarters.map((q) => (q.quarter === 1 ? q.year : q.year + 1)))].sort((a, b) => a - b)
  const complete: { year: number; value: number }[] = []
  for (const yearEnd of yearEnds) {
    const parts = [`${yearEnd - 1} Q2`, `${yearEnd - 1} Q3`, `${yearEnd - 1} Q4`, `${yearEnd} Q1`].map((k) =>
      byKey.get(k),
    )
    if (parts.some((p) => p === undefined)) continue
    const values = parts as number[]
    complete.push({ year: yearEnd, value: values.reduce((a, b) => a + b, 0) / 4 })
  }
  // Keep the consecutive run that ends at the latest complete year (a hole would make "index of year N" ambiguous).
  let start = complete.length - 1
  while (start > 0 && (complete[start - 1]?.year ?? NaN) === (complete[start]?.year ?? NaN) - 1) start -= 1
  const run = complete.slice(Math.max(start, 0))
  return { years: run.map((c) => c.year), values: run.map((c) => c.value) }
}

/**
 * Rebases an index so that `baseYear` = 100 exactly; other years are rounded to 3 decimals (the published indices
 * have one). Throws if the base year is not in the index (a base year must never be extrapolated).
 */
export function rebaseIndex(index: FinancialYearIndex, baseYear: number): number[] {
  const i = index.years.indexOf(baseYear)
  const base = index.values[i]
  if (i < 0 || base === undefined || base <= 0) throw new Error(`base year ${baseYear} is not in the index`)
  return index.values.map((v, j) => (j === i ? 100 : Math.round((v / base) * 100 * 1000) / 1000))
}

/**
 * Converts a cash amount of financial year `year` to prices of the index's base year: cash × 100 / index(year).
 * Returns undefined where the index does not reach the year (never extrapolated).
 */
export function toRealTerms(
  cash: number,
  year: number,
  deflator: { years: readonly number[]; index: readonly number[] },
): number | undefined {
  const i = deflator.years.indexOf(year)
  const index = deflator.index[i]
  if (i < 0 || index === undefined) return undefined
  return (cash * 100) / index
}
